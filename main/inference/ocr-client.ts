import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { OcrLine, OcrRequest, OcrResponse } from './ocr-protocol';

export interface OcrText {
  text: string;
  /** Mean line confidence, 0 when nothing was read. */
  confidence: number;
  lines: number;
}

export interface OcrEngine {
  read(image: Uint8Array, raw?: OcrRequest['raw']): Promise<OcrText>;
  close(): void;
}

/** Lines in reading order: top to bottom, left to right within a band of about half a line. */
export function readingOrder(lines: OcrLine[]): OcrText {
  const sorted = [...lines].sort((a, b) => (Math.abs(a.y - b.y) < 12 ? a.x - b.x : a.y - b.y));
  const confidence = sorted.length ? sorted.reduce((s, l) => s + l.confidence, 0) / sorted.length : 0;
  return { text: sorted.map((l) => l.text).join('\n'), confidence, lines: sorted.length };
}

/**
 * The OCR process, started on first use and kept for the next pages (loading the models takes a
 * few hundred ms). Requests are answered in order; if the process dies, the pending pages fail
 * with a message and the next request starts a fresh process.
 */
export class OcrProcess implements OcrEngine {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: OcrResponse) => void; reject: (e: Error) => void }>();

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const boot = fileURLToPath(new URL('./ocr-process-boot.mjs', import.meta.url));
    // execArgv is cleared: the parent's loader flags (vitest, tsx) are not meant for the child.
    const child = fork(boot, [], { serialization: 'advanced', execArgv: [], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child = child;
    this.ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => {
        if (this.pending.size === 0) child.channel?.unref();
        resolve();
      });
      child.once('error', reject);
      child.once('exit', (code) => reject(new Error(`识别进程启动失败（退出码 ${code}）`)));
    });
    child.on('message', (message: OcrResponse) => {
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) child.channel?.unref();
      waiter.resolve(message);
    });
    child.on('exit', (code, signal) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`文字识别进程意外退出（${signal ?? code}）`));
      this.pending.clear();
      this.child = undefined;
      this.ready = undefined;
    });
    // Idle, the process must not keep the host alive (a CLI command ends when its work does);
    // while it loads or reads a page, its channel keeps the host waiting for the answer.
    child.unref();
    return this.ready;
  }

  async read(image: Uint8Array, raw?: OcrRequest['raw']): Promise<OcrText> {
    const id = this.nextId++;
    const answered = new Promise<OcrResponse>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    try {
      await this.start();
    } catch (error) {
      this.pending.delete(id);
      throw error;
    }
    this.child?.channel?.ref();
    this.child?.send({ id, image, ...(raw ? { raw } : {}) } satisfies OcrRequest);
    const response = await answered;
    if (!response.ok) throw new Error(response.message);
    return readingOrder(response.lines);
  }

  close(): void {
    this.child?.kill();
    this.child = undefined;
    this.ready = undefined;
  }
}
