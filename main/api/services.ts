import type { ProgressEvent } from '../../shared/contract/progress';
import type { InferenceHost } from '../inference/inference-host';
import type { OcrEngine } from '../inference/ocr-client';
import type { AuditLog } from '../services/audit';
import type { BackfillService } from '../services/backfill';
import type { CalculatorsService } from '../services/calculators';
import type { CasePostingsService } from '../services/case-postings';
import type { CaseService } from '../services/cases';
import type { ChecklistService } from '../services/checklists';
import type { CrimeAmountService } from '../services/crime-amount';
import type { DossierService } from '../services/dossier';
import type { DraftService } from '../services/drafting';
import type { JudgmentService } from '../services/judgment';
import type { LawService } from '../services/laws';
import type { LawsImportService } from '../services/laws-import';
import type { ModelOutputService } from '../services/model-outputs';
import type { PackService } from '../services/packs';
import type { ReviewService } from '../services/review';
import type { ServiceAddressService } from '../services/service-address';
import type { AiSwitchService } from '../services/settings';
import type { SimilarCaseService } from '../services/similar-cases';
import type { SpeechService } from '../services/speech';
import type { SystemService } from '../services/system';
import type { TranscriptService, TranscriptSettings } from '../services/transcripts';
import type { TriageService } from '../services/triage';
import type { CivilOutcomeService } from '../services/civil-outcome';
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
  /** 法条: search, articles, citation check, 法条推送. */
  laws: LawService;
  /** 文书审查. */
  review: ReviewService;
  /** 类案推送. */
  similarCases: SimilarCaseService;
  /** 裁判辅助 · 偏离预警. */
  judgment: JudgmentService;
  /** 涉案金额计算. */
  crimeAmount: CrimeAmountService;
  /** 庭审笔录. */
  transcripts: TranscriptService;
  /** 笔录常用语 per person and the court's notice wording. */
  transcriptSettings: TranscriptSettings;
  /** 语音输入: the model directory and a transcript's hot words. */
  speech: SpeechService;
  /** 文书起草. */
  drafting: DraftService;
  /** The one owner of onnxruntime sessions; sessions start on the first model call. */
  inference: InferenceHost;
  /** The OCR model's process (models/ocr), started on the first scanned page; the dossier reads through it. */
  ocr: OcrEngine;
  /** 电子卷宗. */
  dossier: DossierService;
  /** 案件. */
  cases: CaseService;
  /** 证据指引. */
  checklists: ChecklistService;
  /** 繁简分流. */
  triage: TriageService;
  civilOutcome: CivilOutcomeService;
  /** 送达地址推荐. */
  serviceAddress: ServiceAddressService;
  /** 案件信息回填. */
  backfill: BackfillService;
  /** 系统信息. */
  system: SystemService;
  /** The models' own outputs (实体识别, 文本向量, 刑事裁判预测), one per call. */
  modelOutputs: ModelOutputService;
  /** 导入法规目录 (development route; courts use knowledge packs). */
  lawsImport: LawsImportService;
  /** 类案检索索引 (lexical postings of the case corpus). */
  casePostings: CasePostingsService;
  /** 计算器: 民间借贷利息, 迟延履行期间的债务利息, 诉讼费. */
  calculators: CalculatorsService;
  /** Pushes progress of long work to the window (app.onProgress listeners). */
  emitProgress: (event: ProgressEvent) => void;
}
