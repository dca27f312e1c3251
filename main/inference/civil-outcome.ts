import { civilOutcomeFeatures, civilOutcomeInput, type CivilOutcomeFeatureConfig } from '../../shared/domain/civil-judgment';
import { hashedFeeds } from './hashed-batch';
import { defineModel, outputRow } from './model-module';

/**
 * 诉讼预期评估: for one claim of a civil case, the calibrated probabilities that the court supports
 * it fully, partly or not at all, and the award as a share of the claim (median and an interval
 * widened on dev to its stated coverage). Trained by models/training/train_civil_outcome.py.
 *
 * API (stable): host.run('civil-outcome', [{ cause, kind, claim, facts, names }], { feature }).
 */
export interface CivilOutcomeFeaturizer extends CivilOutcomeFeatureConfig {
  outcomes: Array<'full' | 'partial' | 'rejected'>;
  quantiles: number[];
  coverage: number;
  /** The causes the model answers for (enough judgments); the rest get the statute estimate. */
  causes: string[];
  minJudgments: number;
}

export interface CivilOutcomeInput {
  cause: string;
  /** Claim kind (shared/domain/civil-judgment claimKinds), e.g. 本金, 离婚, 经济补偿. */
  kind: string;
  claim: string;
  facts: string;
  names?: string[];
}

export interface CivilOutcomeOutput {
  probabilities: { full: number; partial: number; rejected: number };
  share: { median: number; interval: [number, number]; coverage: number };
}

const round = (value: number) => Number(value.toFixed(4));

export const civilOutcomeModel = defineModel<CivilOutcomeInput, CivilOutcomeOutput, CivilOutcomeFeaturizer>({
  id: 'civil-outcome',
  jsonFiles: ['featurizer.json'],
  prepare: (json) => json['featurizer.json'] as CivilOutcomeFeaturizer,
  exampleInput: (text) => ({ cause: '民间借贷纠纷', kind: '本金', claim: '判令被告偿还借款本金', facts: text }),
  check: (input) => {
    if (typeof input.claim !== 'string' || !input.claim.trim()) return '诉讼请求（claim）不能为空';
    if (typeof input.facts !== 'string') return '事实（facts）必须是字符串';
    if (typeof input.cause !== 'string') return '案由（cause）必须是字符串';
    return null;
  },
  async run(session, featurizer, inputs) {
    const features = inputs.map((input) => civilOutcomeFeatures(civilOutcomeInput(input, input.names ?? []), featurizer));
    const out = await session.run(hashedFeeds(features));
    return inputs.map((_, row) => {
      const p = outputRow(out, 'outcome', row);
      const q = outputRow(out, 'share', row);
      const [lo, mid, hi] = [q[0] ?? 0, q[1] ?? 0, q[2] ?? 0];
      return {
        probabilities: { full: round(p[0] ?? 0), partial: round(p[1] ?? 0), rejected: round(p[2] ?? 0) },
        share: { median: round(mid), interval: [round(Math.min(lo, mid)), round(Math.max(hi, mid))], coverage: featurizer.coverage },
      };
    });
  },
});
