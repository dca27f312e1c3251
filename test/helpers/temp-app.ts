import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JudgeDeskApp } from '../../main/app';
import { openApp } from '../../main/app';

/** A fresh temp folder, removed by the returned function. */
export function tempDir(prefix = 'judgedesk-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TempApp {
  app: JudgeDeskApp;
  /** The temp root: data/ holds the stores, models/ the (empty) models folder. */
  dir: string;
  dataDir: string;
  modelsDir: string;
  cleanup(): void;
}

/** A real JudgeDesk app on real SQLite files in a temp folder. */
export function openTempApp(host: 'web' | 'electron' | 'cli' = 'web'): TempApp {
  const { dir, cleanup } = tempDir();
  const dataDir = join(dir, 'data');
  const modelsDir = join(dir, 'models');
  mkdirSync(modelsDir);
  const app = openApp({ dataDir, host, modelsDir });
  let closed = false;
  return {
    app,
    dir,
    dataDir,
    modelsDir,
    cleanup() {
      if (!closed) {
        try {
          app.close();
        } catch {
          // already closed by the test
        }
      }
      closed = true;
      cleanup();
    },
  };
}
