import { parseOperative } from '../../../shared/domain/civil-judgment';
import type { SimilarCase } from '../../../shared/contract/channels/similar-cases';

/** The outcome of a comparable case in a few words, read from its operative part when it has one. */
export function comparableOutcome(result: string): string | null {
  if (!result.trim()) return null;
  const parsed = parseOperative(result.includes('判决如下') ? result : `判决如下：${result}`);
  if (parsed.instance === 'appeal') return /驳回上诉|维持原判/u.test(result) ? '二审维持原判' : '二审改判';
  if (parsed.items.length === 0) return null;
  const grants = parsed.items.filter((i) => i.kind === 'grant').length;
  if (parsed.items.some((i) => i.kind === 'rejectAll') && grants === 0) return '驳回全部诉讼请求';
  if (parsed.items.some((i) => i.kind === 'rejectOther')) return '部分支持（驳回其他诉讼请求）';
  return grants ? '支持诉讼请求' : null;
}

export function comparableCase(hit: SimilarCase) {
  return {
    id: hit.case.id,
    caseNumber: hit.case.caseNumber,
    court: hit.case.court,
    causes: hit.case.causes,
    decidedOn: hit.case.decidedOn,
    score: hit.score,
    outcome: comparableOutcome(hit.case.result),
    why: hit.explanation.summary,
  };
}
