// 法律文书辅助审查: one pass of the six families over a document's plain text. Rules, not a learned
// model: every finding names its rule and the fact that triggered it, so a judge can check it.
import { createHash } from 'node:crypto';
import type { ReviewFamily, ReviewFinding, ReviewResult } from '../../../shared/contract/channels/review';
import { reviewFamilies } from '../../../shared/contract/channels/review';
import type { Db } from '../../store/database';
import { today } from '../laws';
import { judgmentDate, latestDate } from './dates';
import { documentKind } from './document-type';
import { declaredParties } from './parties';
import { amountFindings } from './rules/amounts';
import { citationFindings } from './rules/citations';
import { consistencyFindings } from './rules/consistency';
import { privacyFindings } from './rules/privacy';
import { structureFindings } from './rules/structure';
import { wordingFindings } from './rules/wording';
import lprTable from '../../../resources/lpr/lpr-one-year.json';
import confusions from '../../../models/wording-confusions/confusions.json';

export interface ReviewOptions {
  /** Judgment date for the citation check; default the document's 落款, else today. */
  date?: string;
  /** Parties in the case record. */
  parties?: { name: string; role: string }[];
  /** Only these families (default all). */
  families?: readonly ReviewFamily[];
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const;

export function reviewDocument(db: Db, text: string, options: ReviewOptions = {}): ReviewResult {
  const started = performance.now();
  const kind = documentKind(text);
  const signed = judgmentDate(text);
  // Without a 落款 (a draft), the latest date the text mentions is the best estimate of when it is decided.
  const latest = signed ? null : latestDate(text);
  const date = options.date ?? signed?.iso ?? latest?.iso ?? today();
  const dateSource = options.date ? 'request' : signed ? 'document' : latest ? 'latest-in-text' : 'today';
  const wanted = new Set(options.families ?? reviewFamilies);
  const run = (family: ReviewFamily, rules: () => ReviewFinding[]) => (wanted.has(family) ? rules() : []);
  const findings = [
    ...run('citation', () => citationFindings(db, text, date)),
    ...run('consistency', () => consistencyFindings(text, declaredParties(text), signed, options.parties, kind.final)),
    ...run('amount', () => amountFindings(text, signed, date)),
    ...run('structure', () => structureFindings(text, kind)),
    ...run('wording', () => wordingFindings(text)),
    ...run('privacy', () => privacyFindings(text, signed)),
  ].sort((a, b) => a.start - b.start || severityOrder[a.severity] - severityOrder[b.severity]);
  const counts = Object.fromEntries(reviewFamilies.map((f) => [f, findings.filter((x) => x.family === f).length])) as Record<
    ReviewFamily,
    number
  >;
  return { documentType: kind.type, date, dateSource, findings, counts, ms: Math.round((performance.now() - started) * 10) / 10 };
}

/** The rules are the model: their version, the LPR table and the learned confusions hash to the id every audit entry names. */
export const reviewModel = {
  modelId: 'document-review-rules',
  modelVersion: '2',
  modelSha256: createHash('sha256')
    .update(JSON.stringify({ version: 2, lpr: lprTable, confusions }))
    .digest('hex'),
} as const;
