// The real documents the seeded-error evaluation starts from, read from the team data folder
// (never copied): full criminal judgments (cases/judge_test fd), LeCaRDv2 judgments (head and facts
// only: the source cut them before 本院认为), and CJRC first-instance passages (civil and criminal).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalDocument {
  id: string;
  source: 'judge_test' | 'lecard_v2' | 'cjrc';
  text: string;
  /** False where the source cut the document (LeCaRDv2, CJRC): no structure family there. */
  complete: boolean;
}

export function dataFolder(): string {
  return process.env.JUDGEDESK_SHARED_DATA ?? join(process.cwd(), '..', 'shared', 'data');
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

export function loadCorpus(limits: { judge: number; lecard: number; cjrc: number }): EvalDocument[] {
  const root = dataFolder();
  const out: EvalDocument[] = [];
  const judge = join(root, 'cases', 'judge_test', 'test.json');
  if (existsSync(judge)) {
    for (const line of lines(judge).slice(0, limits.judge)) {
      const d = JSON.parse(line) as { text_id: string; fd: string };
      out.push({ id: `judge_test/${d.text_id}`, source: 'judge_test', text: d.fd, complete: true });
    }
  }
  const lecard = join(root, 'lecard', 'v2', 'query', 'test_query.json');
  if (existsSync(lecard)) {
    for (const line of lines(lecard).slice(0, limits.lecard)) {
      const d = JSON.parse(line) as { id: number; query: string };
      out.push({ id: `lecard_v2/${d.id}`, source: 'lecard_v2', text: d.query, complete: false });
    }
  }
  const cjrc = join(root, 'cases', 'cjrc_cail2019', 'test_ground_truth.json');
  if (existsSync(cjrc)) {
    const data = (JSON.parse(readFileSync(cjrc, 'utf8')) as { data: { caseid: string; paragraphs: { context: string }[] }[] }).data;
    for (const c of data.slice(0, limits.cjrc)) {
      out.push({ id: `cjrc/${c.caseid}`, source: 'cjrc', text: c.paragraphs[0]!.context, complete: false });
    }
  }
  return out;
}

/** ECSpell legal test split: [source, corrected] sentence pairs. */
export function loadEcspellTest(): [string, string][] {
  const file = join(dataFolder(), 'proofread', 'ecspell_law', 'law.test');
  if (!existsSync(file)) return [];
  return lines(file).map((l) => {
    const [, src = '', tgt = ''] = l.split('\t');
    return [src, tgt];
  });
}
