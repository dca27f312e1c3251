// Where the case view's AI panels take the case facts from. The record itself holds no fact
// narrative: the 起诉状 (or 起诉书, catalogued under the same heading) in the dossier is the best
// source; without one, 案由 and the 诉讼请求 are what the court knows.
import type { Case } from '../../../shared/contract/channels/cases';
import { dossierList, dossierText } from '../../../shared/contract/channels/dossier';
import { invoke } from '../../api/client';

/** The assist channels take at most 20,000 characters. */
const maxChars = 20_000;

export interface CaseFacts {
  text: string;
  /** The dossier file the text comes from; null when it was composed from the record. */
  fileName: string | null;
}

export function factsFromRecord(value: Pick<Case, 'causeOfAction' | 'claims'>): string {
  return [`案由：${value.causeOfAction}`, ...value.claims.map((c) => c.text)].join('\n');
}

/** Party names as the neutraliser takes them (the channels accept up to 50 of 40 characters). */
export function partyNames(value: Pick<Case, 'parties'>): string[] {
  return [...new Set(value.parties.map((p) => p.name.trim()).filter((n) => n.length > 0 && n.length <= 40))].slice(0, 50);
}

export async function loadCaseFacts(value: Case): Promise<CaseFacts> {
  const { documents } = await invoke(dossierList, { caseId: value.id });
  const complaint = documents.find((d) => d.category === '起诉状');
  if (complaint) {
    const { pages } = await invoke(dossierText, { id: complaint.id });
    const text = pages
      .map((p) => p.text)
      .join('\n')
      .trim();
    if (text.length >= 10) return { text: text.slice(0, maxChars), fileName: complaint.fileName };
  }
  return { text: factsFromRecord(value), fileName: null };
}

export const isCriminal = (value: Pick<Case, 'procedure'>) => value.procedure.startsWith('criminal-');
