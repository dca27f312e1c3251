import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { ProgressEvent } from '../shared/contract/progress';
import type { Result } from '../shared/contract/result';
import type { CallerContext } from './api/caller';
import { createApi } from './api/dispatch';
import { InferenceHost } from './inference/inference-host';
import type { WorkerLink } from './inference/worker-protocol';
import { routes } from './api/routes';
import { AuditLog } from './services/audit/audit-log';
import { DossierService } from './services/dossier';
import { PackService } from './services/packs';
import { AiSwitchService } from './services/settings/ai-switches';
import { TranscriptService } from './services/transcripts';
import { knowledgeFileName, openStores } from './store/stores';
import { appVersion } from './app-version';

export interface AppOptions {
  /** Folder holding workspace.db and knowledge.db. */
  dataDir: string;
  host: CallerContext['host'];
  /** Folder with models/<id>/card.json (the repository's models/, or the unpacked one in Electron). */
  modelsDir: string;
  /** Starts the inference worker: Electron passes a utilityProcess; a worker thread otherwise. */
  startInferenceWorker?: () => WorkerLink;
}

export interface JudgeDeskApp {
  dataDir: string;
  invoke(channel: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  close(): void;
}

/** The composition root shared by the Electron, web and CLI hosts. */
export function openApp(options: AppOptions): JudgeDeskApp {
  const stores = openStores(options.dataDir);
  const audit = new AuditLog(stores.workspace);
  const aiSwitches = new AiSwitchService(stores.workspace, audit);
  const progress = new EventEmitter();
  const emitProgress = (event: ProgressEvent) => progress.emit('progress', event);
  const packs = new PackService({
    dataDir: options.dataDir,
    knowledge: stores.knowledge,
    knowledgeFile: join(options.dataDir, knowledgeFileName),
    audit,
    emitProgress,
  });
  const transcripts = new TranscriptService(stores.workspace, audit);
  // Sessions start lazily on the first model call of an enabled feature, never on this loop.
  const inference = new InferenceHost({
    modelsDir: options.modelsDir,
    isEnabled: (feature) => aiSwitches.isEnabled(feature),
    onSwitchChange: (listener) => aiSwitches.onChange(listener),
    ...(options.startInferenceWorker ? { startWorker: options.startInferenceWorker } : {}),
  });
  const dossier = new DossierService(stores.workspace, audit, { emitProgress, archivesDir: join(options.dataDir, 'archives') });
  const api = createApi(
    { stores, audit, aiSwitches, appVersion, modelsDir: options.modelsDir, packs, emitProgress, transcripts, inference, dossier, dataDir: options.dataDir },
    routes,
  );
  return {
    dataDir: options.dataDir,
    invoke: (channel, payload, caller) => api.invoke(channel, payload, caller),
    onProgress(listener) {
      progress.on('progress', listener);
      return () => progress.off('progress', listener);
    },
    close: () => {
      void inference.close();
      stores.close();
    },
  };
}
