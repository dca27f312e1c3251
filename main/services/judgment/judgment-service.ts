// 裁判辅助 · 偏离预警: the criminal-judgment model's charges, 刑法 articles and term for the facts,
// each article with its text from the statute store on the case date, the sentence the judge
// intends compared with the estimate, and the model's limits from its card.
import type { z } from 'zod';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { judgmentAssist, ProposedSentence } from '../../../shared/contract/channels/judgment';
import { Refusal } from '../../../shared/contract/refusal';
import type { InferenceHost } from '../../inference/inference-host';
import { criminalJudgmentModelId } from '../../inference/inference-host';
import { scanModels } from '../../inference/model-registry';
import type { CrimeAmountService } from '../crime-amount';
import type { CriminalGrounding } from './criminal-grounding';
import type { DefendantRule } from './defendant-charges';
import { defaultDefendantRule, estimateByDefendant } from './defendant-charges';
import { sentenceDeviation } from './deviation';

/** Shown under the results; the card lists more (also the labels too rare to predict). */
const maxLimits = 4;
const maxLimitLength = 160;

export interface JudgmentServiceOptions {
  /** The inference host: the criminal-judgment model, under the 偏离预警 switch. */
  inference: Pick<InferenceHost, 'predictCriminal'>;
  /** Charges named officially with their elements and articles, 罪状 matches, 总则 articles. */
  grounding: Pick<CriminalGrounding, 'ground'>;
  /** 涉案金额: the itemised total of the facts and the top charge's 数额 tier. */
  amounts: Pick<CrimeAmountService, 'alongside'>;
  /** Folder with models/<id>/card.json: the model's limits. */
  modelsDir: string;
  /** Charges per defendant where the facts name several (null: not estimated). */
  defendantRule?: DefendantRule | null;
}

export interface JudgmentAssistRequest {
  facts: string;
  names?: string[];
  /** Date the statute text is shown for (default: today). */
  caseDate?: string;
  caseId?: string;
  proposed?: ProposedSentence;
}

export type JudgmentAssistAnswer = Omit<z.output<(typeof judgmentAssist)['response']>, 'ai'> & { caseId: string | null; ai: AiOutputDraft };

export class JudgmentService {
  constructor(private readonly options: JudgmentServiceOptions) {}

  async assist(request: JudgmentAssistRequest): Promise<JudgmentAssistAnswer> {
    const caseDate = request.caseDate ?? new Date().toISOString().slice(0, 10);
    const { model, predictions } = await this.options.inference.predictCriminal([{ fact: request.facts, names: request.names }], {
      feature: 'deviationWarning',
      explain: true,
    });
    const prediction = predictions[0];
    if (!prediction) throw new Refusal('INTERNAL', '模型未返回结果');
    const grounded = this.options.grounding.ground({ facts: request.facts, prediction, caseDate });
    const rule = this.options.defendantRule === undefined ? defaultDefendantRule : this.options.defendantRule;
    const defendants = rule
      ? (
          await estimateByDefendant(
            this.options.inference,
            this.options.grounding,
            [{ facts: request.facts, names: request.names ?? [], caseDate, caseCharges: grounded.charges }],
            { feature: 'deviationWarning', explain: true, rule },
          )
        ).estimates[0]
      : null;
    const deviation = sentenceDeviation(request.proposed, {
      charges: grounded.charges.map((c) => c.name),
      termKind: prediction.term.kind,
      months: prediction.term.months,
      interval: prediction.term.interval,
    });
    const top = grounded.charges[0];
    return {
      ...grounded,
      ...(defendants ? { defendants } : {}),
      term: prediction.term,
      deviation,
      amount: this.options.amounts.alongside(request.facts, top?.name),
      limits: this.modelLimits(),
      caseId: request.caseId ?? null,
      ai: {
        modelId: model.id,
        modelVersion: model.version,
        modelSha256: model.sha256,
        confidence: top?.confidence ?? prediction.charges[0]?.confidence ?? prediction.term.confidence,
        summary: `裁判辅助：罪名 ${grounded.charges.map((c) => c.name).join('、') || '无'}；总则 ${
          grounded.generalArticles.map((g) => g.label).join('、') || '无'
        }${defendants ? `；分被告人：${defendants.map((d) => `${d.name} ${d.charges.map((c) => c.name).join('、') || '无'}`).join('；')}` : ''}；刑期估计 ${describeTerm(prediction.term)}${deviation.level === 'outside' ? '；偏离预警' : ''}`,
      },
    };
  }

  /** What the model cannot do, from its card, cut to what fits under the results. */
  private modelLimits(): string[] {
    const card = scanModels(this.options.modelsDir).cards.find((c) => c.id === criminalJudgmentModelId);
    return (card?.limits ?? [])
      .slice(0, maxLimits)
      .map((limit) => (limit.length > maxLimitLength ? `${limit.slice(0, maxLimitLength)}…` : limit));
  }
}

function describeTerm(term: { kind: string; months: number; interval: [number, number] }): string {
  if (term.kind === 'life') return '无期徒刑';
  if (term.kind === 'death') return '死刑';
  return `${term.months} 个月（${term.interval[0]}–${term.interval[1]}）`;
}
