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
import { AuditLog } from './services/audit';
import { BackfillService } from './services/backfill';
import { CalculatorsService } from './services/calculators';
import { CasePostingsService } from './services/case-postings';
import { CaseService } from './services/cases';
import { ChecklistService } from './services/checklists';
import { CivilOutcomeService } from './services/civil-outcome';
import { CrimeAmountService } from './services/crime-amount';
import { DossierService } from './services/dossier';
import { DraftService } from './services/drafting';
import {
  chargeDistinctions,
  CriminalGrounding,
  groundedChargeNames,
  JudgmentService,
  loadChargeCatalogue,
  modelChargeLabels,
} from './services/judgment';
import { LawService, sharedDataFolder } from './services/laws';
import { LawsImportService } from './services/laws-import';
import { ModelOutputService } from './services/model-outputs';
import { PackService } from './services/packs';
import { ReviewService } from './services/review';
import { ServiceAddressService } from './services/service-address';
import { AiSwitchService } from './services/settings';
import { SimilarCaseService } from './services/similar-cases';
import { SpeechService } from './services/speech';
import { SystemService } from './services/system';
import { TranscriptService, TranscriptSettings } from './services/transcripts';
import { TriageService } from './services/triage';
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
  const dossier = new DossierService(stores.workspace, audit, { ocr, emitProgress, dataDir, archivesDir: join(dataDir, 'archives') });
  const cases = new CaseService(stores.workspace, audit);
  const laws = new LawService(stores.knowledge);
  // Shared by 裁判辅助 and `judgedesk predict`: one catalogue read and one 罪状 index per process.
  const crimeAmount = new CrimeAmountService();
  const criminalGrounding = new CriminalGrounding({
    laws,
    catalogue: () => loadChargeCatalogue({ dataFolder: sharedDataFolder(), modelsDir }),
    modelLabels: () => modelChargeLabels(modelsDir),
    distinctions: chargeDistinctions,
  });
  const transcriptSettings = new TranscriptSettings(stores.workspace, audit);
  const similarCases = new SimilarCaseService({
    knowledge: stores.knowledge,
    inference,
    // 推定罪名 after the element checks, so a 国家工作人员's bribery finds 受贿罪 cases.
    predictCharges: groundedChargeNames(inference, criminalGrounding),
    modelsDir,
    audit,
    isEnabled: (feature) => aiSwitches.isEnabled(feature),
    emitProgress,
  });
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
    ocr,
    packs: new PackService({ dataDir, knowledge: stores.knowledge, knowledgeFile: join(dataDir, knowledgeFileName), audit, emitProgress }),
    laws,
    review: new ReviewService({ knowledge: stores.knowledge, audit, isEnabled: (feature) => aiSwitches.isEnabled(feature) }),
    similarCases,
    civilOutcome: new CivilOutcomeService({
      inference,
      similarCases,
      cases,
      modelsDir,
      isEnabled: (feature) => aiSwitches.isEnabled(feature),
    }),
    judgment: new JudgmentService({ inference, grounding: criminalGrounding, amounts: crimeAmount, modelsDir }),
    crimeAmount,
    transcripts,
    transcriptSettings,
    speech: new SpeechService(transcriptSettings, transcripts),
    drafting: new DraftService(stores.workspace, audit, cases, stores.knowledge),
    dossier,
    cases,
    checklists: new ChecklistService(stores.workspace, audit, stores.knowledge, dossier),
    triage: new TriageService(stores.workspace, audit, cases, dossier),
    serviceAddress: new ServiceAddressService(cases, dossier),
    backfill: new BackfillService(dossier),
    system: new SystemService(appVersion, stores.knowledge),
    modelOutputs: new ModelOutputService(inference, criminalGrounding, crimeAmount),
    lawsImport: new LawsImportService({ knowledge: stores.knowledge, audit, emitProgress }),
    casePostings: new CasePostingsService({ knowledge: stores.knowledge, emitProgress }),
    calculators: new CalculatorsService(laws),
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
