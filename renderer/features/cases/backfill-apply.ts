// Applies the backfill proposals the user ticked to the case form's draft — and nothing else:
// the draft is only saved by the form's own 保存, so every value is confirmed twice by a person.
import type { BackfillProposals, PartyProposal } from '../../../shared/contract/channels/backfill';
import type { CaseDraft, PartyDraft } from './case-form-model';
import { emptyParty } from './case-form-model';

/** The case-form fields a party proposal can fill (性别 and 出生日期 are shown for checking only). */
export const fillablePartyFields = ['role', 'name', 'kind', 'idNumber', 'phone', 'address', 'agent'] as const;
export type FillableField = (typeof fillablePartyFields)[number];

export const partyKey = (i: number, field: string) => `p${i}.${field}`;
export const claimKey = (i: number) => `c${i}`;
export const dateKey = (i: number) => `d${i}`;

/** Every key, except values with a problem (a wrong check digit): those the user must tick on purpose. */
export function defaultSelection(p: BackfillProposals): Set<string> {
  const keys = new Set<string>();
  p.parties.forEach((party, i) => {
    for (const f of fillablePartyFields) if (party[f] && !party[f]!.problem) keys.add(partyKey(i, f));
  });
  p.claims.forEach((_, i) => keys.add(claimKey(i)));
  p.dates.forEach((d, i) => d.field === 'filedOn' && keys.add(dateKey(i)));
  return keys;
}

export function allKeys(p: BackfillProposals): Set<string> {
  const keys = new Set<string>();
  p.parties.forEach((party, i) => fillablePartyFields.forEach((f) => party[f] && keys.add(partyKey(i, f))));
  p.claims.forEach((_, i) => keys.add(claimKey(i)));
  p.dates.forEach((d, i) => d.field === 'filedOn' && keys.add(dateKey(i)));
  return keys;
}

/** The draft party a proposal fills: same name; else a blank row of the same role; else a new row. */
function targetIndex(parties: PartyDraft[], proposal: PartyProposal): number {
  const same = parties.findIndex((p) => p.name.trim() === proposal.name.value);
  if (same >= 0) return same;
  return parties.findIndex((p) => p.name.trim() === '' && p.role === proposal.role.value);
}

export function applyProposals(
  draft: CaseDraft,
  p: BackfillProposals,
  selected: ReadonlySet<string>,
): { draft: CaseDraft; applied: number } {
  const parties = draft.parties.map((x) => ({ ...x }));
  let applied = 0;
  p.parties.forEach((proposal, i) => {
    const fields = fillablePartyFields.filter((f) => proposal[f] && selected.has(partyKey(i, f)));
    if (fields.length === 0) return;
    let at = targetIndex(parties, proposal);
    if (at < 0) {
      parties.push(emptyParty(proposal.role.value));
      at = parties.length - 1;
    }
    const target: PartyDraft = parties[at]!;
    for (const f of fields) {
      (target as unknown as Record<string, string>)[f] = String(proposal[f]!.value);
      applied += 1;
    }
  });
  const claims = [...draft.claims.filter((c) => c.text.trim() !== '' || c.amount.trim() !== '')];
  p.claims.forEach((c, i) => {
    if (!selected.has(claimKey(i)) || claims.some((x) => x.text.trim() === c.text.value)) return;
    claims.push({ text: c.text.value, amount: c.amount ? String(c.amount.value) : '' });
    applied += 1;
  });
  let filedOn = draft.filedOn;
  p.dates.forEach((d, i) => {
    if (d.field === 'filedOn' && selected.has(dateKey(i))) {
      filedOn = d.value.value;
      applied += 1;
    }
  });
  return { draft: { ...draft, parties, claims, filedOn }, applied };
}
