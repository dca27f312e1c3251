import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import type { ProgressEvent } from '../shared/contract/progress';
import type { Result } from '../shared/contract/result';
import type { CallerContext } from './api/caller';
import { createApi } from './api/dispatch';
import { routes } from './api/routes';
import type { Services } from './api/services';
import { appVersion } from './app-version';
import { InferenceHost } from './inference/inference-host';
import type { OcrLink } from './inference/ocr-client';
import { OcrProcess } from './inference/ocr-client';
import type { WorkerLink } from './inference/worker-protocol';
import { AuditLog } from './services/audit/audit-log';
import { DossierService } from './services/dossier';
import { PackService } from './services/packs';
import { AiSwitchService } from './services/settings/ai-switches';
import { TranscriptService } from './services/transcripts';
import type { Stores } from './store/stores';
import { knowledgeFileName, openStores } from './store/stores';

export interface AppOptions {
  /** Folder holding workspace.db and knowledge.db. */
  dataDir: string;
  host: CallerContext['host'];
  /** Folder with models/<id>/card.json (the repository's models/, or the unpacked one in Electron). */
  modelsDir: string;
  /** Starts the inference worker: Electron passes a utilityProcess; a worker thread otherwise. */
  startInferenceWorker?: () => WorkerLink;
  /** Starts the OCR process: Electron passes a utilityProcess; a forked Node process otherwise. */
  startOcrProcess?: () => OcrLink;
}

export interface JudgeDeskApp {
  dataDir: string;
  invoke(channel: string, payload: unknown, caller: CallerContext): Promise<Result<unknown>>;
  onProgress(listener: (event: ProgressEvent) => void): () => void;
  close(): void;
}

export interface ServiceOptions extends Omit<AppOptions, 'host'> {
  stores: Stores;
  emitProgress?: (event: ProgressEvent) => void;
}

/** Every service, once: the app's and every test composition's. */
export function buildServices(options: ServiceOptions): Services {
  const { stores, dataDir, modelsDir } = options;
  const emitProgress = options.emitProgress ?? (() => undefined);
  const audit = new AuditLog(stores.workspace);
  const aiSwitches = new AiSwitchService(stores.workspace, audit);
  // Sessions start lazily on the first model call of an enabled feature, never on this loop.
  const inference = new InferenceHost({
    modelsDir,
    isEnabled: (feature) => aiSwitches.isEnabled(feature),
    onSwitchChange: (listener) => aiSwitches.onChange(listener),
    ...(options.startInferenceWorker ? { startWorker: options.startInferenceWorker } : {}),
  });
  const ocr = new OcrProcess({ modelsDir, ...(options.startOcrProcess ? { startProcess: options.startOcrProcess } : {}) });
  return {
    stores,
    audit,
    aiSwitches,
    appVersion,
    modelsDir,
    dataDir,
    emitProgress,
    inference,
    ocr,
    packs: new PackService({ dataDir, knowledge: stores.knowledge, knowledgeFile: join(dataDir, knowledgeFileName), audit, emitProgress }),
    transcripts: new TranscriptService(stores.workspace, audit),
    dossier: new DossierService(stores.workspace, audit, { ocr, emitProgress, archivesDir: join(dataDir, 'archives') }),
  };
}

/** The composition root shared by the Electron, web and CLI hosts. */
export function openApp(options: AppOptions): JudgeDeskApp {
  const stores = openStores(options.dataDir);
  const progress = new EventEmitter();
  const services = buildServices({ ...options, stores, emitProgress: (event) => progress.emit('progress', event) });
  const api = createApi(services, routes);
  return {
    dataDir: options.dataDir,
    invoke: (channel, payload, caller) => api.invoke(channel, payload, caller),
    onProgress(listener) {
      progress.on('progress', listener);
      return () => progress.off('progress', listener);
    },
    close: () => {
      void services.inference.close();
      services.ocr.close();
      stores.close();
    },
  };
}
