import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { runCli } from '../../main/host/cli';
import { tempDir } from './temp-app';

/** A fresh temp folder per test (removed after it) with `dataDir` = <dir>/data for the CLI. */
export function useTempDataDir(): { dir: string; dataDir: string } {
  const current = { dir: '', dataDir: '' };
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
    current.dir = tmp.dir;
    current.dataDir = join(tmp.dir, 'data');
  });
  afterEach(() => tmp.cleanup());
  return current;
}

export interface CliAuditEntry {
  seq: number;
  actor: string;
  role: string;
  kind: string;
  feature: string;
  summary: string;
  payload: Record<string, unknown>;
}

/** The audit log of dataDir as `judgedesk audit list` prints it. */
export async function cliAuditEntries(dataDir: string): Promise<CliAuditEntry[]> {
  const lines: string[] = [];
  await runCli(['audit', 'list', '--data-dir', dataDir], (t) => lines.push(t));
  return (JSON.parse(lines.join('')) as { value: { entries: CliAuditEntry[] } }).value.entries;
}
