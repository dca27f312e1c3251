import { reviewApplyFix, reviewImport, reviewRedact, reviewRun } from '../../shared/contract/channels/review';
import { reviewFamilyLabels } from '../../shared/contract/channels/review';
import { applyFix, readDocument, redactForPublication, reviewDocument, ReviewFixError, ReviewInputError, reviewModel } from '../services/review';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';

export const reviewRoutes = [
  route(reviewRun, (request, { services }) => {
    const result = reviewDocument(services.stores.knowledge, request.text, { date: request.date, parties: request.parties });
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const families = Object.entries(result.counts)
      .filter(([, n]) => n > 0)
      .map(([family, n]) => `${reviewFamilyLabels[family as keyof typeof reviewFamilyLabels]}${n}`);
    return {
      ...result,
      caseId: request.caseId ?? null,
      ai: {
        ...reviewModel,
        // Rules either match or not; the confidence says how much of the document could be checked.
        confidence: result.documentType === 'other' ? 0.6 : 0.9,
        summary: `文书审查（${request.source ?? '文书'}）：${result.findings.length} 条意见，其中错误 ${errors} 条${families.length ? `（${families.join('、')}）` : ''}`,
      },
    };
  }),

  route(reviewImport, async (request) => {
    try {
      const { text, warnings } = await readDocument(request.fileName, Buffer.from(request.base64, 'base64'));
      return { fileName: request.fileName, text, characters: text.length, warnings };
    } catch (error) {
      if (error instanceof ReviewInputError) throw new ApiFailure('VALIDATION', error.message);
      throw error;
    }
  }),

  route(reviewApplyFix, (request, { caller, services }) => {
    const output = services.audit.get(request.outputSeq);
    if (!output || output.kind !== 'ai_output' || output.feature !== 'documentReview') {
      throw new ApiFailure('NOT_FOUND', `审计日志中没有第 ${request.outputSeq} 条文书审查输出`);
    }
    let applied: { text: string; delta: number };
    try {
      applied = applyFix(request.text, request.finding);
    } catch (error) {
      if (error instanceof ReviewFixError) throw new ApiFailure('CONFLICT', error.message);
      throw error;
    }
    const { finding } = request;
    const entry = services.audit.append({
      actor: caller.user,
      role: primaryRole(caller, reviewApplyFix.roles),
      kind: 'decision',
      feature: 'documentReview',
      caseId: output.caseId,
      summary: `采纳：${finding.rule} “${finding.excerpt}”→“${finding.fix}”`,
      payload: { outputSeq: output.seq, decision: 'accepted', rule: finding.rule, start: finding.start, end: finding.end, before: finding.excerpt, after: finding.fix },
    });
    return { text: applied.text, delta: applied.delta, auditSeq: entry.seq };
  }),

  route(reviewRedact, (request, { caller, services }) => {
    // The privacy rules are part of the review assistance: off means the judge redacts by hand.
    if (!services.aiSwitches.isEnabled('documentReview')) throw new ApiFailure('AI_DISABLED', '「文书审查」AI辅助已关闭，请人工处理公开版本');
    const privacy = reviewDocument(services.stores.knowledge, request.text, { families: ['privacy'] }).findings;
    const { text, redactions } = redactForPublication(request.text, privacy);
    const entry = services.audit.append({
      actor: caller.user,
      role: primaryRole(caller, reviewRedact.roles),
      kind: 'decision',
      feature: 'documentReview',
      caseId: request.caseId ?? null,
      summary: `生成公开版本：隐去 ${redactions.length} 处（${[...new Set(redactions.map((r) => r.rule))].join('、') || '无'}）`,
      payload: { outputSeq: request.outputSeq ?? null, decision: 'accepted', redactions: redactions.map(({ start, end, rule }) => ({ start, end, rule })) },
    });
    return { text, redactions, auditSeq: entry.seq };
  }),
];
