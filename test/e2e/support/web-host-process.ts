import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WebHostProcess {
  url: string;
  dataDir: string;
  netGuardLog: string;
  output(): string;
  stop(): Promise<void>;
}

export interface WebHostOptions {
  /** Fills the fresh data directory before the host opens it (e.g. imports the statutes). */
  prepare?: (dataDir: string) => void | Promise<void>;
}

/**
 * Starts the real web host (`main/host/web-main.ts`) in its own Node process with a fresh data
 * directory and the net guard loaded, exactly as `npm run start:web` does but on a free port.
 */
export async function startWebHostProcess(options: WebHostOptions = {}): Promise<WebHostProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'judgedesk-e2e-'));
  await options.prepare?.(dataDir);
  const netGuardLog = join(dataDir, 'net-guard.log');
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', resolve('test/net-guard/register.mjs'), 'main/host/web-main.ts', '--port', '0', '--data-dir', dataDir],
    { env: { ...process.env, JUDGEDESK_NET_GUARD_LOG: netGuardLog, JUDGEDESK_SKIP_FIRST_RUN: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 60_000);
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    dataDir,
    netGuardLog,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
