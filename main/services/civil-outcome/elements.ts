import type { ChecklistDefinition } from '../../../shared/contract/channels/checklists';
import type { z } from 'zod';
import type { civilElementSchema } from '../../../shared/contract/channels/civil-outcome';

export type CivilElement = z.infer<typeof civilElementSchema>;

const passageAround = (facts: string, at: number, length: number) => {
  const start = Math.max(0, facts.lastIndexOf('。', at) + 1);
  const stop = facts.indexOf('。', at + length);
  return facts.slice(start, stop < 0 ? facts.length : stop + 1).slice(0, 160);
};

/**
 * The checklist's 要件 the facts state (one of the item's words appears) and those they do not.
 * Items without words (身份证明 …) cannot be read from facts and are left out; required items
 * only, since those decide whether a claim stands.
 */
export function checklistElements(
  checklists: readonly ChecklistDefinition[],
  facts: string,
): { found: CivilElement[]; missing: CivilElement[] } {
  const found: CivilElement[] = [];
  const missing: CivilElement[] = [];
  for (const checklist of checklists) {
    for (const item of checklist.items) {
      if (!item.required || item.signals.keywords.length === 0) continue;
      const name = item.fact.split('：')[0] ?? item.fact;
      const hit = item.signals.keywords.map((k) => ({ k, at: facts.indexOf(k) })).find((h) => h.at >= 0);
      const element: CivilElement = { name, basis: item.legalBasis, passage: null, source: 'checklist' };
      if (hit) found.push({ ...element, passage: passageAround(facts, hit.at, hit.k.length) });
      else missing.push(element);
    }
  }
  return { found, missing };
}
