import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The case files of the team data folder that make up the development corpus, in import order.
 * Paths are relative to the data folder; missing ones are skipped (a partial checkout still works).
 */
export const corpusFiles: readonly string[] = [
  'cases/cail2018/data_train.json',
  'cases/cail2018/data_test.json',
  'cases/epm_ljpe/data_event.txt',
  'cases/judge_test/test.json',
  'cases/mud/train.json',
  'cases/mud/dev.json',
  'cases/mud/test.json',
  'cases/cjrc_cail2019/dev_ground_truth.json',
  'cases/cjrc_cail2019/test_ground_truth.json',
  'cases/lawcrimemining/corpus_crime.jsonl',
  'cases/lawcrimemining/corpus_lawsuit-00.jsonl',
  'cases/lawcrimemining/corpus_lawsuit-01.jsonl',
  'lecard/v2/query/test_query.json',
  'lecard/v2/query/controversial_query.json',
  'lecard/v2/query/procedural_query.json',
  'scm/input.txt',
];

export function existingCorpusFiles(dataFolder: string): string[] {
  return corpusFiles.map((f) => join(dataFolder, f)).filter((f) => existsSync(f));
}

/**
 * The first `perFile` lines of each corpus file, written to `workDir`: the first-run import uses
 * this sample so a developer's first start stays short (the whole corpus: `judgedesk pack build
 * --cases`, or the evaluation, which imports everything).
 */
export function sampleCorpusFiles(dataFolder: string, workDir: string, perFile: number): string[] {
  return existingCorpusFiles(dataFolder).map((file, i) => {
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .slice(0, perFile);
    const out = join(workDir, `cases-${String(i).padStart(2, '0')}-${basename(file)}`);
    writeFileSync(out, `${lines.join('\n')}\n`);
    return out;
  });
}
