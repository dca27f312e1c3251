// 文书审查 as the api asks it: review a text, read an imported file, apply one finding's fix and
// produce the publication copy, each human decision on a review written to the audit log.
import type { AiFeature } from '../../../shared/contract/ai-features';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { ReviewFinding, ReviewResult } from '../../../shared/contract/channels/review';
import { reviewFamilyLabels } from '../../../shared/contract/channels/review';
import { Refusal } from '../../../shared/contract/refusal';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import type { AuditLog } from '../audit';
import { applyFix } from './apply-fix';
import { readDocument } from './read-document';
import type { ReadDocument } from './read-document';
import { redactForPublication } from './redact';
import type { Redaction } from './redact';
import { reviewDocument, reviewModel } from './review-document';

export interface ReviewServiceOptions {
  knowledge: Db;
  audit: AuditLog;
  /** The AI switch of a feature (AiSwitchService.isEnabled). */
  isEnabled: (feature: AiFeature) => boolean;
}

export interface ReviewRunRequest {
  text: string;
  date?: string;
  parties?: { name: string; role: string }[];
  /** What the text is (a file name, 草稿 …), for the audit summary. */
  source?: string;
  caseId?: string;
}

export interface ReviewRunAnswer extends ReviewResult {
  caseId: string | null;
  ai: AiOutputDraft;
}

export interface ImportedDocument extends ReadDocument {
  fileName: string;
  characters: number;
}

/** 法律文书辅助审查 over the statute store in knowledge.db. */
export class ReviewService {
  constructor(private readonly options: ReviewServiceOptions) {}

  run(request: ReviewRunRequest): ReviewRunAnswer {
    const result = reviewDocument(this.options.knowledge, request.text, { date: request.date, parties: request.parties });
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
  }

  /** An imported DOCX or TXT as plain text (the offsets of findings refer to it). */
  async importFile(fileName: string, bytes: Buffer): Promise<ImportedDocument> {
    const { text, warnings } = await readDocument(fileName, bytes);
    return { fileName, text, characters: text.length, warnings };
  }

  /** Applies one finding of an audited review.run output; the acceptance is a decision entry. */
  applyFix(
    request: { text: string; outputSeq: number; finding: ReviewFinding },
    actor: Actor,
  ): { text: string; delta: number; auditSeq: number } {
    const { audit } = this.options;
    const output = audit.get(request.outputSeq);
    if (!output || output.kind !== 'ai_output' || output.feature !== 'documentReview') {
      throw new Refusal('NOT_FOUND', `审计日志中没有第 ${request.outputSeq} 条文书审查输出`);
    }
    const applied = applyFix(request.text, request.finding);
    const { finding } = request;
    const entry = audit.append({
      actor,
      kind: 'decision',
      feature: 'documentReview',
      caseId: output.caseId,
      summary: `采纳：${finding.rule} “${finding.excerpt}”→“${finding.fix}”`,
      payload: {
        outputSeq: output.seq,
        decision: 'accepted',
        rule: finding.rule,
        start: finding.start,
        end: finding.end,
        before: finding.excerpt,
        after: finding.fix,
      },
    });
    return { text: applied.text, delta: applied.delta, auditSeq: entry.seq };
  }

  /** 裁判文书公开 copy: every privacy finding masked in one step, audited. */
  redact(
    request: { text: string; outputSeq?: number; caseId?: string },
    actor: Actor,
  ): { text: string; redactions: Redaction[]; auditSeq: number } {
    // The privacy rules are part of the review assistance: off means the judge redacts by hand.
    if (!this.options.isEnabled('documentReview')) throw new Refusal('AI_DISABLED', '「文书审查」AI辅助已关闭，请人工处理公开版本');
    const privacy = reviewDocument(this.options.knowledge, request.text, { families: ['privacy'] }).findings;
    const { text, redactions } = redactForPublication(request.text, privacy);
    const entry = this.options.audit.append({
      actor,
      kind: 'decision',
      feature: 'documentReview',
      caseId: request.caseId ?? null,
      summary: `生成公开版本：隐去 ${redactions.length} 处（${[...new Set(redactions.map((r) => r.rule))].join('、') || '无'}）`,
      payload: {
        outputSeq: request.outputSeq ?? null,
        decision: 'accepted',
        redactions: redactions.map(({ start, end, rule }) => ({ start, end, rule })),
      },
    });
    return { text, redactions, auditSeq: entry.seq };
  }
}
