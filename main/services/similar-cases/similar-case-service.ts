// 类案推送 as the api asks it: search (lexical, with the legal encoder's vectors when they are
// built), one case in full, the corpus status, the vector index, the judge's feedback and the
// 类案检索报告. Every human decision on a search is written to the audit log against its output.
import type { AiFeature } from '../../../shared/contract/ai-features';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type {
  CaseImportReportView,
  ChargeInference,
  CorpusCase,
  SearchReportDraft,
  SimilarCase,
  SimilarFilters,
  SimilarSearchResult,
} from '../../../shared/contract/channels/similar-cases';
import { inferredChargesLabel } from '../../../shared/contract/channels/similar-cases';
import type { ProgressEvent } from '../../../shared/contract/progress';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import type { AuditLog } from '../audit';
import { loadCases } from './corpus-rows';
import { corpusStatus } from './corpus-status';
import type { EmbedHost } from './dense-index';
import { buildCaseVectors, denseIndexState, installedEncoder, openDenseRetriever, warmDenseIndex } from './dense-index';
import { modelWithEncoder } from './model-ref';
import type { ChargePrediction, ChargePredictor, CriminalChargeHost, InferredCharge } from './inferred-charges';
import { criminalModelCharges, inferenceSkip, isPredictionRefusal, usableCharges } from './inferred-charges';
import { draftSearchReport, renderSearchReport } from './search-report';
import { searchSimilar } from './search-similar';

export interface SimilarCaseServiceOptions {
  knowledge: Db;
  /**
   * The inference host: the legal encoder behind dense retrieval and the vector index, and the
   * criminal-judgment model whose charges rank a query that states none (推定罪名).
   */
  inference: EmbedHost & CriminalChargeHost;
  /** Predicts the 推定罪名 of a fact text; default: the criminal-judgment model through `inference`. */
  predictCharges?: ChargePredictor;
  /** Folder with models/<id>/: whether a legal encoder is installed, and which. */
  modelsDir: string;
  audit: AuditLog;
  /** The AI switch of a feature (AiSwitchService.isEnabled). */
  isEnabled: (feature: AiFeature) => boolean;
  emitProgress: (event: ProgressEvent) => void;
}

export interface SimilarSearchRequest {
  query: string;
  mode: 'facts' | 'focus' | 'articles';
  method: 'hybrid' | 'lexical' | 'dense';
  k: number;
  filters?: SimilarFilters;
  caseId?: string;
  /** Party names from the case record: replaced wherever they occur. */
  names?: readonly string[];
  /** False: rank by the text alone even when the query states no charge (default true). */
  inferCharges?: boolean;
}

export interface SimilarSearchAnswer extends SimilarSearchResult {
  caseId: string | null;
  ai: AiOutputDraft;
}

export interface CorpusStatusView {
  total: number;
  bySource: Record<string, number>;
  causes: Array<{ cause: string; count: number }>;
  regions: string[];
  importReport: CaseImportReportView | null;
  denseIndex: { available: boolean; vectors: number; note: string };
}

export interface ReportDraftRequest {
  outputSeq: number;
  query: string;
  mode: 'facts' | 'focus' | 'articles';
  method: 'hybrid' | 'lexical' | 'dense';
  corpusSize: number;
  cases: readonly SimilarCase[];
  court: string;
  caseNumber: string;
}

/** The case corpus in knowledge.db and its hybrid retrieval. */
export class SimilarCaseService {
  private readonly predictCharges: ChargePredictor;

  constructor(private readonly options: SimilarCaseServiceOptions) {
    this.predictCharges = options.predictCharges ?? criminalModelCharges(options.inference);
  }

  async search(request: SimilarSearchRequest): Promise<SimilarSearchAnswer> {
    const { knowledge: db, inference, modelsDir } = this.options;
    // The prediction runs in the inference worker while the dense index opens here.
    const [dense, { inferred, chargeInference }] = await Promise.all([
      request.method === 'lexical' ? null : openDenseRetriever(db, inference, modelsDir),
      this.inferCharges(request),
    ]);
    const { confidence, ...result } = await searchSimilar(db, { ...request, partyNames: request.names, inferredCharges: inferred }, dense);
    const top = result.results.slice(0, 3).map((r) => r.case.caseNumber ?? `${r.case.source}#${r.case.id}`);
    const inferredText = inferred.length ? `；推定罪名 ${inferred.map((c) => `${c.name}（${c.confidence}）`).join('、')}` : '';
    if (chargeInference.state === 'unavailable') result.notes.push('刑事裁判模型不可用，本次未推定罪名，仅按文本排序');
    return {
      ...result,
      inferredCharges: inferred,
      chargeInference,
      caseId: request.caseId ?? null,
      ai: {
        ...modelWithEncoder(result.method === 'lexical' ? null : (dense?.model ?? null)),
        confidence,
        summary: result.results.length
          ? `类案推送（${result.method}）：${result.results.length} 件，前列 ${top.join('、')}${inferredText}`
          : `类案推送：未找到可说明理由的类案${inferredText}`,
      },
    };
  }

  /** 推定罪名 for a query that states none (see inferred-charges.ts); why none otherwise. */
  private async inferCharges(request: SimilarSearchRequest): Promise<{ inferred: InferredCharge[]; chargeInference: ChargeInference }> {
    const skip = inferenceSkip(request);
    if (skip) return { inferred: [], chargeInference: { state: skip, label: inferredChargesLabel, model: null } };
    let prediction: ChargePrediction;
    try {
      prediction = await this.predictCharges(request.query, request.names ?? []);
    } catch (error) {
      if (!isPredictionRefusal(error)) throw error;
      return { inferred: [], chargeInference: { state: 'unavailable', label: inferredChargesLabel, model: null } };
    }
    return {
      inferred: usableCharges(prediction.charges),
      chargeInference: { state: 'inferred', label: inferredChargesLabel, model: prediction.model },
    };
  }

  get(id: number): CorpusCase {
    const found = loadCases(this.options.knowledge, [id]).get(id);
    if (!found) throw new Refusal('NOT_FOUND', `类案库中没有编号为 ${id} 的案例`);
    return found;
  }

  /** The corpus at a glance; with 类案推送 on, also readies the dense index for the search to come. */
  status(): CorpusStatusView {
    const { knowledge: db, inference, modelsDir } = this.options;
    if (this.options.isEnabled('similarCases')) {
      // After this answer, while the judge types the query. A failure here only means the first
      // search loads what it needs itself (and reports any error then).
      setImmediate(() => void warmDenseIndex(db, inference, modelsDir).catch(() => undefined));
    }
    return { ...corpusStatus(db), denseIndex: denseIndexState(db, modelsDir) };
  }

  /** (Re)builds the case vectors with the installed encoder; progress goes out under `jobId`. */
  async buildIndex(jobId: string): Promise<{ vectors: number; dimension: number; model: string; ms: number }> {
    const { knowledge, inference, modelsDir, emitProgress } = this.options;
    if (!installedEncoder(modelsDir)) throw new Refusal('NOT_FOUND', `未安装法律文本编码器（${modelsDir}/legal-encoder）`);
    if (!this.options.isEnabled('similarCases')) throw new Refusal('AI_DISABLED', '「类案推送」AI辅助已关闭，未建立向量索引');
    const started = Date.now();
    const label = '建立类案向量索引';
    const progress = (done: number, total: number, finished?: boolean) =>
      emitProgress({ jobId, label, done, total, ...(finished ? { finished } : {}) });
    const meta = await buildCaseVectors(
      knowledge,
      async (texts) =>
        inference.embed(
          texts.map((text) => ({ text })),
          { feature: 'similarCases' },
        ),
      (done, total) => progress(done, total),
    );
    progress(meta.count, meta.count, true);
    return { vectors: meta.count, dimension: meta.dimension, model: `${meta.id} ${meta.version}`.trim(), ms: Date.now() - started };
  }

  /** 相关 / 不相关 on one pushed case, recorded against the search's output. */
  feedback(request: { outputSeq: number; corpusCaseId: number; relevant: boolean; note?: string }, actor: Actor): { seq: number } {
    const output = this.searchOutput(request.outputSeq);
    const entry = this.options.audit.append({
      actor,
      kind: 'decision',
      feature: 'similarCases',
      caseId: output.caseId,
      summary: `${request.relevant ? '相关' : '不相关'}：类案 #${request.corpusCaseId}（${output.summary}）`,
      payload: { outputSeq: output.seq, corpusCaseId: request.corpusCaseId, relevant: request.relevant, note: request.note ?? '' },
    });
    return { seq: entry.seq };
  }

  /** A draft 类案检索报告 from one audited search and the cases the judge kept; the actor is the searcher. */
  reportDraft(request: ReportDraftRequest, actor: Actor): SearchReportDraft {
    const output = this.searchOutput(request.outputSeq);
    const payload = output.payload as { modelId?: string; modelVersion?: string };
    return draftSearchReport({
      searcher: actor.displayName,
      court: request.court || '〔法院名称〕',
      caseNumber: request.caseNumber,
      searchedAt: output.at,
      query: request.query,
      mode: request.mode,
      method: request.method,
      corpusSize: request.corpusSize,
      modelText: `排序模型 ${payload.modelId ?? ''} ${payload.modelVersion ?? ''}`.trim(),
      auditSeq: output.seq,
      cases: request.cases,
    });
  }

  /** The judge's edited report as DOCX; the export is a decision entry. */
  async reportExport(
    request: { draft: SearchReportDraft; outputSeq: number },
    actor: Actor,
  ): Promise<{ fileName: string; base64: string }> {
    const { draft, outputSeq } = request;
    const bytes = await renderSearchReport(draft);
    this.options.audit.append({
      actor,
      kind: 'decision',
      feature: 'similarCases',
      caseId: this.options.audit.get(outputSeq)?.caseId ?? null,
      summary: `导出类案检索报告（${draft.points.length} 件类案）`,
      payload: { outputSeq, action: 'report-export', cases: draft.points.map((p) => p.caseId) },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `类案检索报告-${draft.caseNumber || stamp}.docx`, base64: bytes.toString('base64') };
  }

  /** The audited 类案推送 output a decision refers to. */
  private searchOutput(seq: number) {
    const output = this.options.audit.get(seq);
    if (!output || output.kind !== 'ai_output' || output.feature !== 'similarCases') {
      throw new Refusal('NOT_FOUND', `审计日志中没有第 ${seq} 条类案推送结果`);
    }
    return output;
  }
}
