// Charges per defendant where one fact names several: each defendant's sentences (splitByDefendant)
// go through the criminal model — all defendants of all facts in batched calls — and the same
// grounding as the whole fact, with every passage offset mapped back to the whole fact.
import type { GroundedCharge } from '../../../shared/contract/channels/judgment';
import type { AiFeature } from '../../../shared/contract/ai-features';
import type { Passage, PassageRule } from '../../../shared/domain/criminal-law';
import { chargeKey, defaultPassageRule, joinPassages, splitByDefendant } from '../../../shared/domain/criminal-law';
import type { CriminalPrediction } from '../../inference/criminal-judgment';
import type { InferenceHost } from '../../inference/inference-host';
import type { CriminalGrounding } from './criminal-grounding';

/**
 * How a defendant's charges follow from their own sentences: 'own' takes the model's answer on them
 * as it is; 'within-case' keeps only charges the whole fact also yields (a defendant's sentences
 * alone lose context), falling back to the whole fact's charges when none is left.
 */
export type DefendantMode = 'own' | 'within-case' | 'focused';

/**
 * 'focused': a defendant whose sentences are less than this share of the fact gets the model's own
 * answer on them; one whose sentences are most of the fact gets 'within-case' (their own answer
 * there differs from the whole fact's mostly by noise).
 */
const focusedShare = 0.6;

export interface DefendantRule {
  passages: PassageRule;
  mode: DefendantMode;
}

/**
 * Measured by `npm run eval criminal-defendants` against "every defendant gets the whole fact's
 * charges" on held-out MUD (even rows to choose, odd rows to report) and CMDL facts, with the
 * criminal-judgment model 0.2.0: 'subject' sentences with 'within-case' charges are above the baseline
 * on all three (0.761/0.743/0.497 vs 0.751/0.735/0.494 micro-F1). The rules that are best on the even
 * rows ('focused') fall below it on the odd rows, so the safer rule ships. It only
 * distributes the whole fact's charges over the defendants; a charge the whole fact misses is not
 * recovered from one defendant's sentences. null: not estimated.
 */
export const defaultDefendantRule: DefendantRule | null = { passages: defaultPassageRule, mode: 'within-case' };

export interface DefendantEstimate {
  name: string;
  charges: GroundedCharge[];
  /** The sentences of the fact the charges rest on. */
  passages: Passage[];
}

export interface DefendantCase {
  facts: string;
  /** Names from the case record: they fix where a defendant's name ends and are neutralised. */
  names: string[];
  caseDate: string;
  /** The whole fact's grounded charges. */
  caseCharges: GroundedCharge[];
}

const batchSize = 32;

/** Per-defendant estimates of each case, or null where the fact names fewer than two defendants. */
export async function estimateByDefendant(
  inference: Pick<InferenceHost, 'predictCriminal'>,
  grounding: Pick<CriminalGrounding, 'ground'>,
  cases: DefendantCase[],
  options: { feature: AiFeature; explain: boolean; rule: DefendantRule },
): Promise<{ estimates: Array<DefendantEstimate[] | null> }> {
  const splits = cases.map((c) => splitByDefendant(c.facts, c.names, options.rule.passages));
  const rows = splits.flatMap((split, i) =>
    split.map((d) => ({ caseIndex: i, name: d.name, passages: d.passages, joined: joinPassages(d.passages) })),
  );
  const predictions: CriminalPrediction[] = [];
  for (let i = 0; i < rows.length; i += batchSize) {
    const inputs = rows.slice(i, i + batchSize).map((r) => {
      const names = [...new Set([...(cases[r.caseIndex]?.names ?? []), ...(splits[r.caseIndex] ?? []).map((d) => d.name)])];
      return { fact: r.joined.text, names };
    });
    const answer = await inference.predictCriminal(inputs, { feature: options.feature, explain: options.explain });
    predictions.push(...answer.predictions);
  }
  const estimates: Array<DefendantEstimate[] | null> = cases.map((_, i) => ((splits[i]?.length ?? 0) >= 2 ? [] : null));
  rows.forEach((row, j) => {
    const c = cases[row.caseIndex];
    const prediction = predictions[j];
    if (!c || !prediction) return;
    const own = grounding
      .ground({ facts: row.joined.text, prediction, caseDate: c.caseDate })
      .charges.map((g) => remapOffsets(g, row.joined.toOriginal, c.facts));
    const share = row.joined.text.length / Math.max(1, c.facts.length);
    const mode = options.rule.mode === 'focused' ? (share < focusedShare ? 'own' : 'within-case') : options.rule.mode;
    estimates[row.caseIndex]?.push({ name: row.name, charges: chargesFor(own, c.caseCharges, mode), passages: row.passages });
  });
  return { estimates };
}

function chargesFor(own: GroundedCharge[], whole: GroundedCharge[], mode: 'own' | 'within-case'): GroundedCharge[] {
  if (mode === 'own') return own;
  const inWhole = own.filter((c) => whole.some((w) => chargeKey(w.name) === chargeKey(c.name)));
  return inWhole.length > 0 ? inWhole : whole;
}

/** A copy of `value` with every {start, end, text} passage moved from the joined text to the whole fact. */
function remapOffsets<T>(value: T, toOriginal: (start: number, end: number) => [number, number], facts: string): T {
  if (Array.isArray(value)) return value.map((v: unknown) => remapOffsets(v, toOriginal, facts)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = remapOffsets(v, toOriginal, facts);
  if (typeof out.start === 'number' && typeof out.end === 'number' && typeof out.text === 'string') {
    const [start, end] = toOriginal(out.start, out.end);
    out.start = start;
    out.end = end;
    out.text = facts.slice(start, end);
  }
  return out as T;
}
