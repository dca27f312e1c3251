import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { invokeRequest } from '../../../../helpers/http';

/** The real web host (`main/host/web-main.ts`) in its own process, to be SIGKILLed. */
export interface HostProcess {
  port: number;
  startupMs: number;
  kill(): Promise<void>;
}

export async function startHost(dataDir: string): Promise<HostProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', resolve('test/net-guard/register.mjs'), 'main/host/web-main.ts', '--port', '0', '--data-dir', dataDir],
    { env: { ...process.env, JUDGEDESK_SKIP_FIRST_RUN: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`web host did not start:\n${output}`)), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web host exited with ${code}:\n${output}`));
    });
  });
  const startupMs = performance.now() - started;
  return {
    port,
    startupMs,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

/** POST /api/invoke; rejects when the connection dies (the host was killed mid-request). */
export async function invoke(port: number, channel: string, payload: unknown): Promise<Reply> {
  const response = await invokeRequest(port, channel, payload);
  return JSON.parse(response.body) as Reply;
}

/** mulberry32: small, seeded, reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
