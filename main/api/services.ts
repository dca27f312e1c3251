import type { ProgressEvent } from '../../shared/contract/progress';
import type { InferenceHost } from '../inference/inference-host';
import type { AuditLog } from '../services/audit/audit-log';
import type { DossierService } from '../services/dossier';
import type { PackService } from '../services/packs';
import type { AiSwitchService } from '../services/settings/ai-switches';
import type { TranscriptService } from '../services/transcripts';
import type { Stores } from '../store/stores';

/** What handlers may use. Built once by main/app.ts. */
export interface Services {
  stores: Stores;
  audit: AuditLog;
  aiSwitches: AiSwitchService;
  appVersion: string;
  modelsDir: string;
  /** Knowledge packs (optional so test compositions without a data folder need not build one). */
  packs?: PackService;
  /** 庭审笔录 (optional like packs, for test compositions that do not need it). */
  transcripts?: TranscriptService;
  /** The one owner of onnxruntime sessions (optional for test compositions that run no model). */
  inference?: InferenceHost;
  /** 电子卷宗 (optional like packs). */
  dossier?: DossierService;
  /** The data folder (uploads staged by the web host live under it). */
  dataDir?: string;
  /** Pushes progress of long work to the window (app.onProgress listeners). */
  emitProgress?: (event: ProgressEvent) => void;
}
