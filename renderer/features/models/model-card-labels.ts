import { isMessageKey, type MessageKey, type Translate } from '../../i18n/translate';
import { auditFeatureKey } from '../audit/audit-filter';

/**
 * A card's metric name in the UI's language. Names are dotted terms ('charges.microF1',
 * 'ecspell.char.f05'), a term possibly ranked ('ndcg@10'); each term with a catalogue entry
 * (models.metricTerm.<term>) is named, any other is shown as the card writes it.
 */
export function metricLabel(name: string, t: Translate): string {
  return name
    .split('.')
    .map((part) => {
      const [term = part, rank] = part.split('@');
      const key = `models.metricTerm.${term}`;
      const named = isMessageKey(key) ? t(key) : term;
      return rank === undefined ? named : `${named}@${rank}`;
    })
    .join(' · ');
}

/** The feature a card serves: an AI switch's name, another named feature, or the id as written. */
export function featureLabel(feature: string, t: Translate): string {
  const key = auditFeatureKey(feature) ?? `models.cardFeature.${feature}`;
  return isMessageKey(key) ? t(key) : feature;
}

/** The split descriptions the training pipeline writes; the figures in them become placeholders. */
const splitPatterns: Array<{ pattern: RegExp; key: MessageKey; params: string[] }> = [
  { pattern: /^test \(held out, stratified by charge, seed (\d+)\)$/, key: 'models.splitText.heldOutByCharge', params: ['seed'] },
  {
    pattern: /^test \((\d+)% of judgments per domain, seed (\d+); no sentence of a test judgment in train or dev\)$/,
    key: 'models.splitText.perDomain',
    params: ['percent', 'seed'],
  },
  { pattern: /^test pool \(held out, (\d+) cases, each a query over the others\)$/, key: 'models.splitText.queryPool', params: ['count'] },
  {
    pattern: /^test \((\S+) test\.json, paragraphs also in train\.json removed\)$/,
    key: 'models.splitText.trainOverlapRemoved',
    params: ['source'],
  },
  {
    pattern: /^(\S+) (\S+) \((\d+) sentences, character level\)$/,
    key: 'models.splitText.sentences',
    params: ['dataset', 'file', 'count'],
  },
  { pattern: /^demo scans \((\d+) pages, (\d+) characters\)$/, key: 'models.splitText.demoScans', params: ['pages', 'count'] },
  {
    pattern: /^A4 300 dpi drawn pages \((\d+) pages of real judgments, (\d+) characters\)$/,
    key: 'models.splitText.a4Drawn',
    params: ['pages', 'count'],
  },
  {
    pattern: /^A4 300 dpi pages as scanned \((\d+) pages of real judgments, (\d+) characters; skew, blur, JPEG\)$/,
    key: 'models.splitText.a4Scanned',
    params: ['pages', 'count'],
  },
  {
    pattern: /^test \((\d+)% of judgments per family, seed (\d+); (\d+) claims\)$/,
    key: 'models.splitText.claimsPerFamily',
    params: ['percent', 'seed', 'count'],
  },
];

/** A card's split description in the UI's language; one of another shape is shown as written. */
export function splitLabel(split: string, t: Translate): string {
  for (const { pattern, key, params } of splitPatterns) {
    const match = pattern.exec(split);
    if (match) return t(key, Object.fromEntries(params.map((name, i) => [name, match[i + 1]!])));
  }
  return split;
}
