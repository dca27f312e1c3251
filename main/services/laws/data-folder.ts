import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: main/services/laws/ is three levels below it. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The team data folder: JUDGEDESK_SHARED_DATA, else `<repo>/../shared/data`. Never copied into the repo. */
export function sharedDataFolder(env: NodeJS.ProcessEnv = process.env): string {
  return env.JUDGEDESK_SHARED_DATA ?? resolve(repoRoot, '..', 'shared', 'data');
}

/** LawRefBook statutes inside the team data folder. */
export function statuteFolder(env: NodeJS.ProcessEnv = process.env): string {
  return join(sharedDataFolder(env), 'laws', 'lawrefbook');
}
