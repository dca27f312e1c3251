// Shared by the model evals (`npm run eval …`): the held-out cases of the criminal judgment and
// legal encoder models read back from the data folder, identity counterfactuals, and the
// measured-vs-card table.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Term } from '../../../models/training/criminal-judgment-metrics';

export const root = process.cwd();
export const modelsDir = join(root, 'models');
export const dataDir = process.env.JUDGEDESK_DATA_DIR ?? join(root, '..', 'shared', 'data');

// As models/training/criminal_judgment/data.py: MUD charge names mapped onto CAIL2018 names.
const mudMap: Record<string, string> = {
  容留卖淫: '引诱、容留、介绍卖淫',
  介绍卖淫: '引诱、容留、介绍卖淫',
  非法持有枪支: '非法持有、私藏枪支、弹药',
  非法买卖枪支: '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
  非法制造枪支: '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
  '掩饰、隐瞒犯罪所得': '掩饰、隐瞒犯罪所得、犯罪所得收益',
};

/** One held-out criminal case; MUD cases have no articles or term. */
export interface HeldoutCase {
  source: string;
  fact: string;
  names: string[];
  charges: string[];
  articles: string[] | null;
  term: Term | null;
}

const fileLines = new Map<string, string[]>();

/* eslint-disable @typescript-eslint/no-explicit-any -- raw data-folder JSON, checked by the key hash */
/** Line `line` of the data-folder file `source`, checked against the held-out key (hash of the fact). */
export function readHeldoutCase(source: string, line: number, key: string): HeldoutCase {
  if (!fileLines.has(source)) fileLines.set(source, readFileSync(join(dataDir, source), 'utf8').split('\n'));
  const obj = JSON.parse(fileLines.get(source)?.[line - 1] ?? 'null') as any;
  let row: HeldoutCase;
  if (source.startsWith('cases/cail2018/')) {
    const t = obj.meta.term_of_imprisonment;
    const kind = t.death_penalty ? 'death' : t.life_imprisonment ? 'life' : 'fixed';
    row = {
      source,
      fact: obj.fact,
      names: obj.meta.criminals,
      charges: obj.meta.accusation,
      articles: obj.meta.relevant_articles.map(String),
      term: { kind, months: kind === 'fixed' ? t.imprisonment : 0 },
    };
  } else if (source.startsWith('cases/epm_ljpe/')) {
    row = {
      source,
      fact: obj.fact_cut,
      names: [],
      charges: [obj.accu],
      articles: [String(obj.law)],
      term: { kind: 'fixed', months: obj.time },
    };
  } else {
    const charges = obj.labels.map((l: any) => {
      const name = String(l.charge).replace(/罪$/, '');
      return mudMap[name] ?? name;
    });
    row = { source, fact: obj.facts, names: obj.labels.map((l: any) => l.subject), charges, articles: null, term: null };
  }
  const actual = createHash('sha256').update(row.fact.replace(/\s+/g, '')).digest('hex').slice(0, 16);
  if (actual !== key) throw new Error(`${source} 第 ${line} 行与留出集记录不符（数据文件已变更？）`);
  return row;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The held-out test cases listed in <modelDir>/heldout.json. */
export function readHeldoutCases(modelDir: string): HeldoutCase[] {
  const heldout = JSON.parse(readFileSync(join(modelDir, 'heldout.json'), 'utf8')) as {
    test: Array<{ source: string; line: number; key: string }>;
  };
  return heldout.test.map((t) => readHeldoutCase(t.source, t.line, t.key));
}

export interface Side {
  name: string;
  gender: string;
  ethnicity: string;
  birthplace: string;
  occupation: string;
  givenName: boolean;
}

/** The pairs of defendant identities of the training script's counterfactual check. */
export function counterfactualPairs(): Side[][] {
  return (
    JSON.parse(readFileSync(join(root, 'models/training/criminal_judgment/counterfactual-pairs.json'), 'utf8')) as { pairs: Side[][] }
  ).pairs;
}

const otherPersonSuffix = '(?![甲乙丙丁戊己庚辛壬癸某]|[0-9](?![0-9]))';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The case's fact with the defendant replaced by `side` (names, and a header with their identity). */
export function counterfactual(row: HeldoutCase, side: Side): { fact: string; names: string[] } {
  let body = row.fact;
  // The whole name only: 高某 inside 高某甲 or 高某1 (other persons) stays; 高某7800元 is 高某, as the case would name them.
  for (const name of row.names) body = body.replace(new RegExp(`${escapeRegExp(name)}${otherPersonSuffix}`, 'gu'), () => side.name);
  const header = `被告人${side.name}，${side.gender}，${side.ethnicity}，出生于${side.birthplace}，${side.occupation}。`;
  return { fact: header + body, names: side.givenName ? [side.name] : [] };
}

export interface CardFigures {
  metrics: Array<{ name: string; value: number }>;
  baselines: Record<string, Record<string, number>>;
}

/** <modelDir>/card.json: its version, figures and the baselines of the same training run. */
export function readCard(modelDir: string): CardFigures & { version: string } {
  return JSON.parse(readFileSync(join(modelDir, 'card.json'), 'utf8')) as CardFigures & { version: string };
}

/** The header of the measured-vs-card table. */
export function printTableHeader(extra: string[] = []): void {
  console.log(['metric', 'measured', 'card', 'tfidf+linear', 'majority', ...extra].map((h) => h.padEnd(18)).join(''));
}

/** Prints one figure beside card.json's and its baselines; false when it is off the card by more than the tolerance. */
export function printFigure(card: CardFigures, name: string, value: number, tolerance: number, extra: string[] = []): boolean {
  const committed = card.metrics.find((m) => m.name === name)?.value;
  const ok = committed !== undefined && Math.abs(committed - value) <= tolerance;
  const cells = [
    name,
    value.toFixed(4),
    committed?.toFixed(4) ?? '—',
    card.baselines.tfidf_linear?.[name]?.toFixed(4) ?? '—',
    card.baselines.majority?.[name]?.toFixed(4) ?? '—',
    ...extra,
  ];
  console.log(cells.map((c) => c.padEnd(18)).join('') + (ok ? '' : `  ✗ 超出容差 ${tolerance}`));
  return ok;
}

/** The last line of a card eval; returns its exit code. */
export function printVerdict(failed: boolean, tolerance: number): number {
  console.log(failed ? '评估结果与模型说明不符' : `评估结果与模型说明一致（容差 ${tolerance}）`);
  return failed ? 1 : 0;
}
