import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataFolder } from '../../../../../main/services/laws/data-folder';
import { corpusFiles } from '../../../../../main/services/similar-cases/corpus-files';

/** The team data folder (never copied into the repo). */
export const dataFolder = sharedDataFolder();
export const hasCaseData = existsSync(join(dataFolder, 'cases', 'cail2018', 'data_train.json'));
if (!hasCaseData) console.warn(`跳过案例数据测试：找不到 ${dataFolder}/cases（可用 JUDGEDESK_SHARED_DATA 指定团队数据目录）`);

/** The first `n` lines of a data file, as the raw JSONL a pack carries. */
export function headLines(relative: string, n: number): string[] {
  return readFileSync(join(dataFolder, relative), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, n);
}

/**
 * A small real sample of every corpus file (n lines each; the CJRC files are one line holding
 * 1,000 cases, so they are left out unless asked for), written to `dir/cases-sample.jsonl`.
 */
export function sampleCaseFile(dir: string, n: number, options: { cjrc?: boolean } = {}): string {
  const lines = corpusFiles.filter((f) => options.cjrc || !f.includes('cjrc')).flatMap((f) => headLines(f, n));
  const file = join(dir, 'cases-sample.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
