import type { CriminalInput } from './criminal-judgment';

/** Messages to the inference worker (main/inference/onnx-worker.ts). */
export type WorkerRequest =
  | { id: number; type: 'loaded' }
  | { id: number; type: 'unload'; dir: string }
  | {
      id: number;
      type: 'predict';
      model: { dir: string; sha256: Record<string, string> };
      inputs: CriminalInput[];
      explain: boolean;
    };

export type WorkerResponse = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };
