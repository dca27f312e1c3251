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
import type { WorkerLink } from './inference/worker-protocol';
import { AuditLog } from './services/audit/audit-log';
import { CaseService } from './services/cases';
import { DossierService } from './services/dossier';
import { DraftService } from './services/drafting';
import { PackService } from './services/packs';
import { AiSwitchService } from './services/settings/ai-switches';
import { SpeechService } from './services/speech';
import { TranscriptService, TranscriptSettings } from './services/transcripts';
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
  const cases = new CaseService(stores.workspace, audit);
  const transcriptSettings = new TranscriptSettings(stores.workspace, audit);
  const transcripts = new TranscriptService(stores.workspace, audit, transcriptSettings);
  return {
    stores,
    audit,
    aiSwitches,
    appVersion,
    modelsDir,
    dataDir,
    emitProgress,
    inference,
    packs: new PackService({ dataDir, knowledge: stores.knowledge, knowledgeFile: join(dataDir, knowledgeFileName), audit, emitProgress }),
    transcripts,
    transcriptSettings,
    speech: new SpeechService(transcriptSettings, transcripts),
    drafting: new DraftService(stores.workspace, audit, cases, stores.knowledge),
    dossier: new DossierService(stores.workspace, audit, { emitProgress, dataDir, archivesDir: join(dataDir, 'archives') }),
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
      stores.close();
    },
  };
}
