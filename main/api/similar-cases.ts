import {
  similarCasesFeedback,
  similarCasesGet,
  similarCasesReportDraft,
  similarCasesReportExport,
  similarCasesSearch,
  similarCasesBuildIndex,
  similarCasesStatus,
} from '../../shared/contract/channels/similar-cases';
import { corpusStatus, loadCases, modelWithEncoder, searchSimilar } from '../services/similar-cases';
import { draftSearchReport, renderSearchReport } from '../services/similar-cases/search-report';
import { buildCaseVectors, denseIndexState, installedEncoder, openDenseRetriever, warmDenseIndex } from '../services/similar-cases/dense-index';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';

export const similarCaseRoutes = [
  route(similarCasesSearch, async (request, { services }) => {
    const db = services.stores.knowledge;
    const dense = request.method === 'lexical' ? null : await openDenseRetriever(db, services.inference ?? null, services.modelsDir);
    const out = await searchSimilar(db, { ...request, partyNames: request.names }, dense);
    const { confidence, ...result } = out;
    const top = result.results.slice(0, 3).map((r) => r.case.caseNumber ?? `${r.case.source}#${r.case.id}`);
    return {
      ...result,
      caseId: request.caseId ?? null,
      ai: {
        ...modelWithEncoder(result.method === 'lexical' ? null : (dense?.model ?? null)),
        confidence,
        summary: result.results.length
          ? `类案推送（${result.method}）：${result.results.length} 件，前列 ${top.join('、')}`
          : '类案推送：未找到可说明理由的类案',
      },
    };
  }),

  route(similarCasesGet, (request, { services }) => {
    const found = loadCases(services.stores.knowledge, [request.id]).get(request.id);
    if (!found) throw new ApiFailure('NOT_FOUND', `类案库中没有编号为 ${request.id} 的案例`);
    return found;
  }),

  route(similarCasesStatus, (_request, { services }) => {
    const db = services.stores.knowledge;
    if (services.aiSwitches.isEnabled('similarCases')) {
      // After this answer, while the judge types the query. A failure here only means the first
      // search loads what it needs itself (and reports any error then).
      setImmediate(() => void warmDenseIndex(db, services.inference ?? null, services.modelsDir).catch(() => undefined));
    }
    return { ...corpusStatus(db), denseIndex: denseIndexState(db, services.modelsDir) };
  }),

  route(similarCasesBuildIndex, async (request, { services }) => {
    const inference = services.inference;
    if (!inference) throw new ApiFailure('INTERNAL', '推理服务未启动');
    if (!installedEncoder(services.modelsDir)) throw new ApiFailure('NOT_FOUND', `未安装法律文本编码器（${services.modelsDir}/legal-encoder）`);
    if (!services.aiSwitches.isEnabled('similarCases')) throw new ApiFailure('AI_DISABLED', '「类案推送」AI辅助已关闭，未建立向量索引');
    const started = Date.now();
    const label = '建立类案向量索引';
    const progress = (done: number, total: number, finished?: boolean) => services.emitProgress?.({ jobId: request.jobId, label, done, total, ...(finished ? { finished } : {}) });
    const meta = await buildCaseVectors(
      services.stores.knowledge,
      async (texts) => inference.embed(texts.map((text) => ({ text })), { feature: 'similarCases' }),
      (done, total) => progress(done, total),
    );
    progress(meta.count, meta.count, true);
    return { vectors: meta.count, dimension: meta.dimension, model: `${meta.id} ${meta.version}`.trim(), ms: Date.now() - started };
  }),

  route(similarCasesFeedback, (request, { caller, services }) => {
    const output = services.audit.get(request.outputSeq);
    if (!output || output.kind !== 'ai_output' || output.feature !== 'similarCases') {
      throw new ApiFailure('NOT_FOUND', `审计日志中没有第 ${request.outputSeq} 条类案推送结果`);
    }
    const entry = services.audit.append({
      actor: caller.user,
      role: primaryRole(caller, similarCasesFeedback.roles),
      kind: 'decision',
      feature: 'similarCases',
      caseId: output.caseId,
      summary: `${request.relevant ? '相关' : '不相关'}：类案 #${request.corpusCaseId}（${output.summary}）`,
      payload: { outputSeq: output.seq, corpusCaseId: request.corpusCaseId, relevant: request.relevant, note: request.note ?? '' },
    });
    return { seq: entry.seq };
  }),


  route(similarCasesReportDraft, (request, { caller, services }) => {
    const output = services.audit.get(request.outputSeq);
    if (!output || output.kind !== 'ai_output' || output.feature !== 'similarCases') {
      throw new ApiFailure('NOT_FOUND', `审计日志中没有第 ${request.outputSeq} 条类案推送结果`);
    }
    const payload = output.payload as { modelId?: string; modelVersion?: string };
    return draftSearchReport({
      searcher: caller.user,
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
  }),

  route(similarCasesReportExport, async (request, { caller, services }) => {
    const bytes = await renderSearchReport(request.draft);
    services.audit.append({
      actor: caller.user,
      role: primaryRole(caller, similarCasesReportExport.roles),
      kind: 'decision',
      feature: 'similarCases',
      caseId: services.audit.get(request.outputSeq)?.caseId ?? null,
      summary: `导出类案检索报告（${request.draft.points.length} 件类案）`,
      payload: { outputSeq: request.outputSeq, action: 'report-export', cases: request.draft.points.map((p) => p.caseId) },
    });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `类案检索报告-${request.draft.caseNumber || stamp}.docx`, base64: bytes.toString('base64') };
  }),
];
