// Field-level scoring for the backfill evaluation: every labelled value is one (key, value) pair —
// party fields keyed by the party's name, claims by their text, amounts and dates by position —
// and a proposal counts as correct only when key and value both match after removing spaces.
import type { BackfillProposals } from '../../shared/contract/channels/backfill';

export interface GoldParty {
  role: string;
  name: string;
  kind: string;
  gender: string | null;
  birthDate: string | null;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  agent: string | null;
}
export interface GoldCase {
  parties: GoldParty[];
  claims: Array<{ text: string; amount: number | null }>;
  dates?: Record<string, string>;
}

export const partyFields = ['role', 'name', 'kind', 'gender', 'birthDate', 'idNumber', 'address', 'phone', 'agent'] as const;
export type ScoredField = (typeof partyFields)[number] | 'claimText' | 'claimAmount' | 'date';

interface Pair {
  field: ScoredField;
  key: string;
  value: string;
}

const norm = (s: string) => s.replace(/\s+/g, '');

function goldPairs(gold: GoldCase): Pair[] {
  const pairs: Pair[] = [];
  gold.parties.forEach((p, i) => {
    for (const f of partyFields) {
      const v = p[f];
      // role and name are keyed by position, so a missed name costs its own pair only.
      if (v !== null) pairs.push({ field: f, key: f === 'name' || f === 'role' ? `#${i}` : norm(p.name), value: norm(String(v)) });
    }
  });
  gold.claims.forEach((c, i) => {
    pairs.push({ field: 'claimText', key: `#${i}`, value: norm(c.text) });
    if (c.amount !== null) pairs.push({ field: 'claimAmount', key: `#${i}`, value: String(c.amount) });
  });
  for (const [f, v] of Object.entries(gold.dates ?? {})) pairs.push({ field: 'date', key: f, value: v });
  return pairs;
}

function predictedPairs(p: BackfillProposals, scoreDates: boolean): Pair[] {
  const pairs: Pair[] = [];
  p.parties.forEach((party, i) => {
    for (const f of partyFields) {
      const v = party[f];
      if (v) pairs.push({ field: f, key: f === 'name' || f === 'role' ? `#${i}` : norm(party.name.value), value: norm(String(v.value)) });
    }
  });
  p.claims.forEach((c, i) => {
    pairs.push({ field: 'claimText', key: `#${i}`, value: norm(c.text.value) });
    if (c.amount) pairs.push({ field: 'claimAmount', key: `#${i}`, value: String(c.amount.value) });
  });
  if (scoreDates) for (const d of p.dates) pairs.push({ field: 'date', key: d.field, value: d.value.value });
  return pairs;
}

export interface Tally {
  tp: number;
  predicted: number;
  gold: number;
}

export function tallyCase(gold: GoldCase, predicted: BackfillProposals, into: Map<ScoredField, Tally>, scoreDates = true): void {
  const g = goldPairs(gold);
  const p = predictedPairs(predicted, scoreDates);
  const goldKeys = new Set(g.map((x) => `${x.field}|${x.key}|${x.value}`));
  for (const field of new Set([...g, ...p].map((x) => x.field))) {
    const t = into.get(field) ?? { tp: 0, predicted: 0, gold: 0 };
    const pf = p.filter((x) => x.field === field);
    t.predicted += pf.length;
    t.gold += g.filter((x) => x.field === field).length;
    t.tp += pf.filter((x) => goldKeys.has(`${x.field}|${x.key}|${x.value}`)).length;
    into.set(field, t);
  }
}

export function f1(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.predicted ? t.tp / t.predicted : 0;
  const recall = t.gold ? t.tp / t.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function total(tallies: Map<ScoredField, Tally>): Tally {
  return [...tallies.values()].reduce((a, t) => ({ tp: a.tp + t.tp, predicted: a.predicted + t.predicted, gold: a.gold + t.gold }), {
    tp: 0,
    predicted: 0,
    gold: 0,
  });
}
