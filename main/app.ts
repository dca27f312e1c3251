// Composition root — filled in by the lead; signature is fixed for the hosts.
import type { Result } from '../shared/contract/result';
import type { ProgressEvent } from '../shared/contract/progress';
import type { CallerContext } from './api/caller';

export interface AppOptions {
  /** Folder holding workspace.db and knowledge.db. */
  dataDir: string;
  host: CallerContext['host'];
  /** Folder with models/<id>/card.json; defaults to the repository's models/. */
  modelsDir?: string;
}

export interface JudgeDeskApp {
  dataDir: string;
  invoke(channel: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  close(): void;
}

export declare function openApp(options: AppOptions): JudgeDeskApp;
