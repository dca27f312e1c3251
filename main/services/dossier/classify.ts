import { createHash } from 'node:crypto';
import type { CatalogueReason, DossierCategory } from '../../../shared/contract/channels/dossier';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import { catalogueRules, cueWeights, documentNameEnd, openingChars, otherTitles, titleLines } from './catalogue-rules';

export interface Classification {
  category: DossierCategory;
  confidence: number;
  reasons: CatalogueReason[];
}

const ruleSource = canonicalJson({
  rules: Object.fromEntries(
    Object.entries(catalogueRules).map(([k, r]) => [
      k,
      { t: r.titles.map(String), k: r.keywords.map(String), l: (r.layout ?? []).map(String) },
    ]),
  ),
  cueWeights,
  titleLines,
  otherTitles: otherTitles.map(String),
  openingChars,
  documentNameEnd: String(documentNameEnd),
});

/** The rules as a model, for the audit entry and the 仅供参考 label. */
export const catalogueModel = {
  modelId: 'dossier-catalogue-rules',
  modelVersion: '1',
  modelSha256: createHash('sha256').update(ruleSource).digest('hex'),
} as const;

/** Short lines from the top of the text with their offsets, whitespace inside removed. */
function headLines(text: string): Array<{ line: string; offset: number }> {
  const out: Array<{ line: string; offset: number }> = [];
  let offset = 0;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/[\s\u3000]/g, '');
    if (line) out.push({ line, offset: offset + raw.search(/\S/) });
    offset += raw.length + 1;
    if (out.length >= titleLines) break;
  }
  return out.filter((l) => l.line.length <= 30);
}

type Opening = { category: Exclude<DossierCategory, '其他'>; reason: CatalogueReason } | null;

const unanchored = (r: RegExp) => new RegExp(r.source.replace(/^\^|\$$/g, ''));

/** The earliest document name in the first characters of the text, when no title line exists. */
function openingTitle(text: string): Opening {
  const opening = text.slice(0, openingChars);
  let found: Opening = null;
  for (const [category, rule] of Object.entries(catalogueRules) as Array<
    [Exclude<DossierCategory, '其他'>, (typeof catalogueRules)[keyof typeof catalogueRules]]
  >) {
    for (const t of rule.titles) {
      const m = unanchored(t).exec(opening);
      if (m && documentNameEnd.test(m[0]) && (!found || m.index < found.reason.offset)) {
        found = { category, reason: { cue: 'title', matched: m[0], offset: m.index, weight: cueWeights.openingTitle } };
      }
    }
  }
  return found;
}

function scoreCategory(
  category: Exclude<DossierCategory, '其他'>,
  text: string,
  head: ReturnType<typeof headLines>,
  baseName: string,
  opening: Opening,
): { score: number; reasons: CatalogueReason[] } {
  const rule = catalogueRules[category];
  const reasons: CatalogueReason[] = [];
  const title = head.find((h) => rule.titles.some((t) => t.test(h.line)));
  if (title) reasons.push({ cue: 'title', matched: title.line, offset: title.offset, weight: cueWeights.title });
  let keywords = 0;
  for (const keyword of rule.keywords) {
    const m = keyword.exec(text);
    if (m && keywords < cueWeights.maxKeywords) {
      keywords++;
      reasons.push({ cue: 'keyword', matched: m[0].trim(), offset: m.index, weight: cueWeights.keyword });
    }
  }
  for (const layout of rule.layout ?? []) {
    const m = layout.exec(text);
    if (m) reasons.push({ cue: 'layout', matched: m[0].trim().slice(0, 40), offset: m.index, weight: cueWeights.layout });
  }
  if (!title && opening && opening.category === category) reasons.push(opening.reason);
  const named = rule.titles.find((t) => unanchored(t).test(baseName));
  if (named && !title) {
    const m = unanchored(named).exec(baseName);
    reasons.push({ cue: 'fileName', matched: m?.[0] ?? baseName, offset: -1, weight: cueWeights.fileName });
  }
  return { score: reasons.reduce((s, r) => s + r.weight, 0), reasons };
}

/** Classifies one document by its title, body phrases, layout and file name. */
export function classifyDocument(text: string, fileName: string): Classification {
  const head = headLines(text);
  const baseName = fileName.replace(/\.[^.]+$/, '').replace(/[\s\u3000_\-—]/g, '');
  const anyTitle = head.some((h) => Object.values(catalogueRules).some((r) => r.titles.some((t) => t.test(h.line))));
  const opening = anyTitle ? null : openingTitle(text);
  const scored = (Object.keys(catalogueRules) as Array<Exclude<DossierCategory, '其他'>>)
    .map((category) => ({ category, ...scoreCategory(category, text, head, baseName, opening) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const second = scored[1]!;
  const noise = 1.5;
  const otherTitle = head.find((h) => otherTitles.some((t) => t.test(h.line)));
  if (otherTitle && !best.reasons.some((r) => r.cue === 'title')) {
    const reason: CatalogueReason = { cue: 'title', matched: otherTitle.line, offset: otherTitle.offset, weight: cueWeights.title };
    const margin = cueWeights.title - best.score + 1;
    if (margin > 0) return { category: '其他', confidence: Number((margin / (margin + noise)).toFixed(3)), reasons: [reason] };
  }
  if (best.score < 2) {
    return {
      category: '其他',
      confidence: Number((noise / (noise + best.score)).toFixed(3)),
      reasons: best.reasons,
    };
  }
  // The margin over the runner-up is what makes a choice safe: a title with body phrases against
  // stray keywords of another kind is near 1, two kinds with equal evidence stay near 0.4.
  const margin = best.score - second.score + 1;
  const confidence = margin / (margin + noise);
  return { category: best.category, confidence: Number(confidence.toFixed(3)), reasons: best.reasons };
}
