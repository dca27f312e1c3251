import type { ReviewFinding } from '../../../shared/contract/channels/review';
import type { SeededError } from './seeded-errors';

/** Findings in the copy that the original did not have (offsets move, so compared by rule and words). */
export function newFindings(original: readonly ReviewFinding[], copy: readonly ReviewFinding[]): ReviewFinding[] {
  const seen = new Map<string, number>();
  const key = (f: ReviewFinding) => `${f.rule}|${f.excerpt}|${f.message}`;
  for (const f of original) seen.set(key(f), (seen.get(key(f)) ?? 0) + 1);
  return copy.filter((f) => {
    const n = seen.get(key(f)) ?? 0;
    if (n > 0) {
      seen.set(key(f), n - 1);
      return false;
    }
    return true;
  });
}

/** Whether a finding points at the seeded error: overlapping its span, or naming the removed section. */
export function hits(f: ReviewFinding, seeded: SeededError): boolean {
  if (seeded.section !== undefined) return f.rule === 'structure.missing-section' && f.message.includes(seeded.section);
  return f.start <= seeded.end && f.end >= seeded.start;
}

export interface CharScores {
  precision: number;
  recall: number;
  f05: number;
  predicted: number;
  gold: number;
  correct: number;
}

/**
 * Character-level correction scores (as in the SIGHAN/ECSpell papers): a prediction is a (position,
 * character) the system writes differently from the source; it is correct when the gold sentence
 * has that character there. Length-changing fixes are not counted as predictions (the set has none).
 */
export function charScores(pairs: readonly { source: string; gold: string; predicted: string }[]): CharScores {
  let predicted = 0;
  let gold = 0;
  let correct = 0;
  for (const p of pairs) {
    if (p.source.length !== p.gold.length) continue;
    for (let i = 0; i < p.source.length; i += 1) {
      const isGold = p.gold[i] !== p.source[i];
      const isPredicted = p.predicted.length === p.source.length && p.predicted[i] !== p.source[i];
      if (isGold) gold += 1;
      if (isPredicted) predicted += 1;
      if (isGold && isPredicted && p.predicted[i] === p.gold[i]) correct += 1;
    }
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f05 = precision + recall === 0 ? 0 : (1.25 * precision * recall) / (0.25 * precision + recall);
  return { precision, recall, f05, predicted, gold, correct };
}
