import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Refusal } from '../../../shared/contract/refusal';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import { readStatuteFolder } from './read-statute-folder';
import type { StatuteSource } from './read-statute-folder';
import { StatuteWriter } from './statute-writer';
import type { ImportProblem } from './types';

export interface ImportProgress {
  /** Files read and written so far, of `total`. */
  done: number;
  total: number;
  file: string;
}

export interface ImportStatutesResult {
  laws: number;
  versions: number;
  articles: number;
  problems: ImportProblem[];
  ms: number;
}

/**
 * Replaces every statute in `db` with the LawRefBook folder's, in ONE transaction: if anything
 * throws (a full disk, or `onProgress` to cancel), the store is exactly as it was. Bad lines and
 * unmatched catalogue rows do not stop the import; they come back as `problems`.
 */
export function importStatutes(db: Db, folder: string, onProgress?: (progress: ImportProgress) => void): ImportStatutesResult {
  if (!existsSync(join(folder, 'db_law.jsonl'))) throw new Refusal('NOT_FOUND', `法规数据目录无效（缺少 db_law.jsonl）：${folder}`);
  return importStatuteSource(db, readStatuteFolder(folder), onProgress);
}

/** The same, fed from parsed records (a folder read by readStatuteFolder, or a knowledge pack). */
export function importStatuteSource(db: Db, source: StatuteSource, onProgress?: (progress: ImportProgress) => void): ImportStatutesResult {
  const started = performance.now();
  const problems = [...source.problems];
  const counts = inTransaction(db, () => {
    const writer = new StatuteWriter(db, problems);
    let done = 0;
    for (const law of source.laws) {
      writer.add(law, (file) => {
        done += 1;
        onProgress?.({ done, total: source.files, file });
      });
    }
    return writer.finish();
  });
  return { ...counts, problems, ms: Math.round(performance.now() - started) };
}
