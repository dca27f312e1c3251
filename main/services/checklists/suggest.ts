// Suggests each checklist item's status from the dossier: which catalogued documents hold the
// item's words. Deliberately simple and visible — the judge sees the document, the word and the
// passage, so a wrong suggestion is seen as wrong at a glance. Never a finding on the evidence.
import type { ChecklistItem, EvidenceRef, SuggestionLevel } from '../../../shared/contract/channels/checklists';

/** A dossier document as the checklist needs it (DossierService.listDocuments gives more). */
export interface GuidanceDocument {
  id: string;
  fileName: string;
  /** Catalogue category (起诉状 …); null while not catalogued. */
  category: string | null;
  text: string;
  importedAt: string;
}

/** Documents that name evidence without being it: a word here is 'listed', not 'found'. */
const namingCategories = new Set(['起诉状', '证据目录', '答辩状']);
const maxRefs = 3;
const snippetRadius = 20;

export const suggestionRulesVersion = '1';

function snippet(text: string, start: number, end: number): string {
  const from = Math.max(0, start - snippetRadius);
  const to = Math.min(text.length, end + snippetRadius);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ')}${to < text.length ? '…' : ''}`;
}

/** The earliest of the item's words in the text, so the shown passage is the first mention. */
function firstKeyword(text: string, keywords: readonly string[]): { keyword: string; start: number } | null {
  let best: { keyword: string; start: number } | null = null;
  for (const keyword of keywords) {
    const at = text.indexOf(keyword);
    if (at >= 0 && (!best || at < best.start)) best = { keyword, start: at };
  }
  return best;
}

function ref(doc: GuidanceDocument, hit: { keyword: string; start: number } | null): EvidenceRef {
  return {
    documentId: doc.id,
    fileName: doc.fileName,
    category: doc.category ?? '未分类',
    keyword: hit?.keyword ?? null,
    start: hit ? hit.start : null,
    end: hit ? hit.start + hit.keyword.length : null,
    snippet: hit ? snippet(doc.text, hit.start, hit.start + hit.keyword.length) : doc.text.slice(0, 2 * snippetRadius).replace(/\s+/g, ' '),
  };
}

export interface ItemSuggestion {
  suggestion: SuggestionLevel;
  evidence: EvidenceRef[];
}

export function suggestItem(item: ChecklistItem, documents: readonly GuidanceDocument[]): ItemSuggestion {
  const categories = new Set<string>(item.signals.categories);
  const found: EvidenceRef[] = [];
  const listed: EvidenceRef[] = [];
  // Newest first: a later document is the likelier to be the one the judge looks for.
  const ordered = [...documents].sort((a, b) => b.importedAt.localeCompare(a.importedAt));
  for (const doc of ordered) {
    if (doc.category && categories.has(doc.category)) {
      const hit = item.signals.keywords.length ? firstKeyword(doc.text, item.signals.keywords) : null;
      if (hit || item.signals.keywords.length === 0) found.push(ref(doc, hit));
    } else if (doc.category && namingCategories.has(doc.category) && item.signals.keywords.length) {
      const hit = firstKeyword(doc.text, item.signals.keywords);
      if (hit) listed.push(ref(doc, hit));
    }
  }
  const suggestion: SuggestionLevel = found.length ? 'found' : listed.length ? 'listed' : 'none';
  return { suggestion, evidence: [...found, ...listed].slice(0, maxRefs) };
}
