import type { ProgressEvent } from '../../shared/contract/progress';
import type { InferenceHost } from '../inference/inference-host';
import type { OcrEngine } from '../inference/ocr-client';
import type { AuditLog } from '../services/audit/audit-log';
import type { DossierService } from '../services/dossier';
import type { PackService } from '../services/packs';
import type { AiSwitchService } from '../services/settings/ai-switches';
import type { TranscriptService } from '../services/transcripts';
import type { Stores } from '../store/stores';

/**
 * What handlers may use: every service, built once by `buildServices` in main/app.ts (tests build
 * theirs through the same function). Handlers never construct a service.
 */
export interface Services {
  stores: Stores;
  audit: AuditLog;
  aiSwitches: AiSwitchService;
  appVersion: string;
  modelsDir: string;
  /** The data folder (uploads staged by the web host live under it). */
  dataDir: string;
  /** Knowledge packs. */
  packs: PackService;
  /** 庭审笔录. */
  transcripts: TranscriptService;
  /** The one owner of onnxruntime sessions; sessions start on the first model call. */
  inference: InferenceHost;
  /** The OCR model's process (models/ocr), started on the first scanned page; the dossier reads through it. */
  ocr: OcrEngine;
  /** 电子卷宗. */
  dossier: DossierService;
  /** Pushes progress of long work to the window (app.onProgress listeners). */
  emitProgress: (event: ProgressEvent) => void;
}
