/** Module id from model-modules.ts, its folder and the card's sha256 of each file. */
export interface ModelFiles {
  id: string;
  dir: string;
  sha256: Record<string, string>;
}

/** Messages to the inference worker (main/inference/onnx-worker.ts), whatever process hosts it. */
export type WorkerRequest =
  | { id: number; type: 'loaded' }
  | { id: number; type: 'unload'; dir: string }
  /** Create the session now (warm-up), without running anything. */
  | { id: number; type: 'load'; model: ModelFiles }
  | {
      id: number;
      type: 'run';
      model: ModelFiles;
      inputs: unknown[];
      explain: boolean;
    };

export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; code?: string };

/** Either end of the link to the worker: a worker thread, or an Electron utilityProcess. */
export interface WorkerLink {
  postMessage(message: WorkerRequest): void;
  onMessage(listener: (message: WorkerResponse) => void): void;
  /** The worker died or failed to start: every pending call is rejected with this error. */
  onFailure(listener: (error: Error) => void): void;
  /** Keep the host process alive while calls are pending (worker threads); may be a no-op. */
  ref(): void;
  unref(): void;
  terminate(): Promise<void>;
}
