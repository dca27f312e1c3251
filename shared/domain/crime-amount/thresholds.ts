import { formatYuan } from './money';

/** One 数额 tier of a charge as a judicial interpretation sets it: a range where provinces choose the figure. */
export interface AmountTier {
  tier: string;
  /** The interpretation's lower and upper figure (equal where the figure is fixed nationally). */
  min: number;
  max: number;
  /** The article of the interpretation that sets it (第一条). */
  article: string;
}

export interface ChargeThresholds {
  charge: string;
  statute: string;
  /** The interpretation's title without 《》; null where none in the statute store sets figures. */
  interpretation: string | null;
  file: string | null;
  /** Provinces set the exact figure within [min, max]. */
  provincial: boolean;
  tiers: AmountTier[];
  notes: string[];
}

export interface ThresholdTable {
  about: string;
  currency: 'CNY';
  charges: ChargeThresholds[];
}

/** Which tier a total reaches: certainly (at or above the range's top) or possibly (inside the range). */
export interface ThresholdFinding {
  charge: string;
  /** The highest tier reached whatever the province's figure; null below every range. */
  reached: string | null;
  /** A higher tier the total falls inside the range of: reached only where the province set a figure at or below it. */
  possibly: string | null;
  /** 《…解释》第一条：… in words, for the judge to check. */
  citation: string;
  explanation: string;
  notes: string[];
}

function findCharge(table: ThresholdTable, charge: string): ChargeThresholds | null {
  const name = charge.replace(/罪$/u, '').trim();
  return table.charges.find((c) => c.charge === name) ?? null;
}

const range = (t: AmountTier) => (t.min === t.max ? `${formatYuan(t.min)}以上` : `${formatYuan(t.min)}至${formatYuan(t.max)}以上`);

/** The tier `total` reaches under `charge`'s thresholds, with the interpretation's article; null for a charge not in the table. */
export function assessThreshold(table: ThresholdTable, charge: string, total: number): ThresholdFinding | null {
  const entry = findCharge(table, charge);
  if (!entry) return null;
  if (!entry.interpretation || entry.tiers.length === 0) {
    return {
      charge: entry.charge,
      reached: null,
      possibly: null,
      citation: '',
      explanation: entry.notes[0] ?? '未收录数额标准',
      notes: entry.notes,
    };
  }
  let reached: AmountTier | null = null;
  let possibly: AmountTier | null = null;
  for (const tier of entry.tiers) {
    if (total >= tier.max) reached = tier;
    else if (total >= tier.min) possibly = tier;
  }
  const cited = possibly ?? reached ?? entry.tiers[0];
  const articles = [...new Set([reached, possibly].filter((t): t is AmountTier => t !== null).map((t) => t.article))];
  const citation = `《${entry.interpretation}》${articles.length ? articles.join('、') : (cited?.article ?? '')}`;
  const parts: string[] = [];
  if (reached) parts.push(`${formatYuan(total)}达到“${reached.tier}”（${range(reached)}）`);
  if (possibly) {
    parts.push(`${formatYuan(total)}在“${possibly.tier}”的幅度（${range(possibly)}）之内：是否达到取决于本省确定的具体数额标准`);
  }
  if (!reached && !possibly && cited) parts.push(`${formatYuan(total)}未达到“${cited.tier}”的起点（${range(cited)}）`);
  if (entry.provincial) parts.push('具体数额标准由各省、自治区、直辖市高级人民法院、人民检察院在上述幅度内确定');
  return {
    charge: entry.charge,
    reached: reached?.tier ?? null,
    possibly: possibly?.tier ?? null,
    citation,
    explanation: parts.join('；'),
    notes: entry.notes,
  };
}
