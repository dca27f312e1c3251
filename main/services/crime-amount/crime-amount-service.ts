import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { CrimeAmountView, judgmentAmount } from '../../../shared/contract/channels/judgment-amount';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { ThresholdTable } from '../../../shared/domain/crime-amount';
import { assessThreshold, computeCrimeAmount, formatYuan } from '../../../shared/domain/crime-amount';
import thresholdFile from '../../../resources/criminal-law/amount-thresholds.json';

type AmountRequest = z.output<typeof judgmentAmount.request>;
/** The channel's answer before the dispatcher audits it. */
export type CrimeAmountAnswer = Omit<z.output<typeof judgmentAmount.response>, 'ai'> & { ai: AiOutputDraft };

/** Bumped when a summing rule changes, so an audit entry names the rules that made the figure. */
const rulesVersion = '1';

/**
 * 涉案金额计算: the itemised total of the facts and the charge's 数额 tier. Fixed rules, no model; its
 * identity is the rules' version and the threshold table's hash, so an audited figure can be traced
 * to the exact table that tiered it.
 */
export class CrimeAmountService {
  private readonly identity: Omit<AiOutputDraft, 'confidence' | 'summary'>;

  constructor(private readonly thresholds: ThresholdTable = thresholdFile as ThresholdTable) {
    this.identity = {
      modelId: 'crime-amount-rules',
      modelVersion: rulesVersion,
      modelSha256: createHash('sha256').update(canonicalJson(thresholds)).digest('hex'),
    };
  }

  compute(request: AmountRequest): CrimeAmountAnswer {
    const amount = this.itemise(request.facts, request.charge);
    const counted = amount.items.filter((i) => i.counted);
    // Sure when the facts' own total confirms the sum; less so when it had to be preferred or is absent.
    const confidence =
      counted.length === 0 && amount.statedTotal === null ? 0 : amount.statedTotal === null ? 0.7 : amount.consistent ? 0.9 : 0.6;
    const { threshold } = amount;
    const tier = threshold?.reached ? `，${threshold.reached}` : threshold?.possibly ? `，可能${threshold.possibly}` : '';
    return {
      ...amount,
      ai: {
        ...this.identity,
        confidence,
        summary: `涉案金额：${formatYuan(amount.total)}${amount.approximate ? '（约数）' : ''}，${counted.length} 项计入${tier}`,
      },
    };
  }

  /**
   * The itemised total beside a judgment estimate (under that estimate's audit entry); null for facts
   * that state no amount (an injury, a traffic offence), where a 0 元 total would only be noise.
   */
  alongside(facts: string, charge?: string): CrimeAmountView | null {
    const amount = this.itemise(facts, charge);
    return amount.items.some((i) => i.counted) || amount.statedTotal !== null ? amount : null;
  }

  /** The itemised total and the charge's tier, without an audit identity. */
  itemise(facts: string, charge?: string): CrimeAmountView {
    const result = computeCrimeAmount(facts, charge);
    const threshold = charge ? assessThreshold(this.thresholds, charge, result.total) : null;
    return { ...result, statedTotal: result.statedTotal ?? null, threshold };
  }
}
