import { chargeKey, officialChargeName } from './charge-names';
import type { Passage } from './passages';
import { clauseAround } from './passages';

/** 犯罪构成 element a cue speaks to. */
export type ElementKind = '主体' | '客体' | '主观方面' | '客观方面';

/** One element of a charge and the words in facts that show it (regular expressions). */
export interface ElementCue {
  element: ElementKind;
  /** What the element requires, in words a judge reads. */
  label: string;
  cues: string[];
  /** Words that show the element is NOT there (e.g. a state functionary for 非国家工作人员受贿罪). */
  against?: string[];
  /** Whether this element is one that separates the charge from its neighbours in the group. */
  decisive?: boolean;
}

export interface DistinctionGroup {
  id: string;
  title: string;
  /** Where the distinction comes from (articles, interpretations). */
  basis: string;
  charges: Array<{ name: string; elements: ElementCue[] }>;
}

export interface ChargeDistinctions {
  maintainedAt: string;
  groups: DistinctionGroup[];
}

export interface ElementCheck {
  element: ElementKind;
  label: string;
  status: 'met' | 'contradicted' | 'not-found';
  /** The clause of the facts that meets or contradicts the element; null when nothing was found. */
  passage: Passage | null;
  decisive: boolean;
}

export interface ChargeCheck {
  name: string;
  groupId: string;
  met: ElementCheck[];
  unmet: ElementCheck[];
}

function firstMatch(facts: string, patterns: readonly string[]): Passage | null {
  let best: { at: number; end: number } | null = null;
  for (const source of patterns) {
    const m = new RegExp(source, 'u').exec(facts);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, end: m.index + m[0].length };
  }
  return best ? clauseAround(facts, best.at, best.end) : null;
}

/** Element checks of one charge (null when no group of the resource holds it). */
export function checkCharge(facts: string, name: string, distinctions: ChargeDistinctions): ChargeCheck | null {
  for (const group of distinctions.groups) {
    const charge = group.charges.find((c) => chargeKey(c.name) === chargeKey(name));
    if (!charge) continue;
    const checks = charge.elements.map((cue): ElementCheck => {
      const against = cue.against?.length ? firstMatch(facts, cue.against) : null;
      const decisive = cue.decisive ?? false;
      if (against) return { element: cue.element, label: cue.label, status: 'contradicted', passage: against, decisive };
      const found = firstMatch(facts, cue.cues);
      return { element: cue.element, label: cue.label, status: found ? 'met' : 'not-found', passage: found, decisive };
    });
    return {
      name: officialChargeName(charge.name),
      groupId: group.id,
      met: checks.filter((c) => c.status === 'met'),
      unmet: checks.filter((c) => c.status !== 'met'),
    };
  }
  return null;
}

export interface Rerank {
  from: string;
  to: string;
  /** Why, naming the elements and the passages. */
  reason: string;
  check: ChargeCheck;
}

const decisiveOf = (check: ChargeCheck) => [...check.met, ...check.unmet].filter((c) => c.decisive);
const fits = (check: ChargeCheck) => {
  const decisive = decisiveOf(check);
  return decisive.length > 0 && decisive.every((c) => c.status === 'met');
};

/**
 * Where the element cues clearly contradict a charge (a decisive element contradicted, or none of
 * its decisive elements found) and clearly fit a neighbour in its group (every decisive element
 * met), the neighbour replaces it. `exclude` names charges already in the answer.
 */
export function rerankByElements(
  facts: string,
  name: string,
  distinctions: ChargeDistinctions,
  exclude: readonly string[] = [],
): Rerank | null {
  const own = checkCharge(facts, name, distinctions);
  if (!own) return null;
  const decisive = decisiveOf(own);
  const contradicted = decisive.filter((c) => c.status === 'contradicted');
  const noneFound = decisive.length > 0 && decisive.every((c) => c.status === 'not-found');
  if (contradicted.length === 0 && !noneFound) return null;
  const group = distinctions.groups.find((g) => g.id === own.groupId) as DistinctionGroup;
  const taken = new Set(exclude.map(chargeKey));
  const neighbours = group.charges
    .filter((c) => chargeKey(c.name) !== chargeKey(name) && !taken.has(chargeKey(c.name)))
    .map((c) => checkCharge(facts, c.name, distinctions) as ChargeCheck)
    .filter(fits)
    .sort((a, b) => decisiveOf(b).length - decisiveOf(a).length);
  const to = neighbours[0];
  if (!to) return null;
  const why = contradicted.length
    ? contradicted.map((c) => `${c.element}不符（${c.label}）：「${c.passage?.text.trim() ?? ''}」`).join('；')
    : `事实中未见${decisive.map((c) => `${c.element}「${c.label}」`).join('、')}`;
  const fit = decisiveOf(to)
    .map((c) => `${c.element}「${c.label}」：「${c.passage?.text.trim() ?? ''}」`)
    .join('；');
  return {
    from: officialChargeName(name),
    to: to.name,
    reason: `模型首选${officialChargeName(name)}，但${why}；而${to.name}的要件均有事实对应：${fit}。`,
    check: to,
  };
}
