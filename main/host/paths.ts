import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository (or installed package) root: main/host/ is two levels below it. */
export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const rendererDir = join(packageRoot, 'dist', 'renderer');
export const modelsDir = join(packageRoot, 'models');

/** Embedded default: ~/.judgedesk, unless JUDGEDESK_DATA_DIR or --data-dir says otherwise. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.JUDGEDESK_DATA_DIR ?? join(homedir(), '.judgedesk');
}
