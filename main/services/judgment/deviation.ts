import type { Deviation, ProposedSentence } from '../../../shared/contract/channels/judgment';
import { termKindLabels } from '../../../shared/contract/channels/judgment';

/** What the model estimated, reduced to what a deviation check compares. */
export interface EstimatedSentence {
  charges: string[];
  termKind: ProposedSentence['termKind'];
  months: number;
  /** 10 %–90 % quantile interval of the months. */
  interval: [number, number];
}

/**
 * 偏离预警: compares the sentence the judge intends with the model's estimate and says, in words a
 * judge can check, where it falls outside. A warning asks for a second look; it is never a verdict
 * that the sentence is wrong (the model has limits, the judge knows the case).
 */
export function sentenceDeviation(proposed: ProposedSentence | undefined, estimate: EstimatedSentence): Deviation {
  if (!proposed) return { level: 'none', messages: [] };
  const messages: string[] = [];

  const estimated = new Set(estimate.charges.map(stripSuffix));
  const unexpected = proposed.charges.filter((charge) => !estimated.has(stripSuffix(charge)));
  if (unexpected.length) {
    messages.push(
      `拟定罪名「${unexpected.join('、')}」不在模型对本案事实的罪名估计中（${estimate.charges.join('、') || '无'}），请核对定性。`,
    );
  }

  if (proposed.termKind !== estimate.termKind) {
    messages.push(`拟判刑种为${termKindLabels[proposed.termKind]}，模型估计为${termKindLabels[estimate.termKind]}。`);
  } else if (proposed.termKind === 'fixed' && proposed.termMonths !== undefined) {
    const [low, high] = estimate.interval;
    const months = proposed.termMonths;
    if (months > high) {
      messages.push(`拟判 ${months} 个月，高于类似事实的参考区间 ${low}–${high} 个月（上限的 ${percent(months / Math.max(high, 1))}）。`);
    } else if (months < low) {
      messages.push(`拟判 ${months} 个月，低于类似事实的参考区间 ${low}–${high} 个月（下限的 ${percent(months / Math.max(low, 1))}）。`);
    }
  }
  return { level: messages.length ? 'outside' : 'within', messages };
}

/** 盗窃罪 and 盗窃 name the same charge (the model uses the official names with 罪; users may omit it). */
function stripSuffix(charge: string): string {
  return charge.endsWith('罪') ? charge.slice(0, -1) : charge;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}
