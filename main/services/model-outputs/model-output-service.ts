import type { z } from 'zod';
import type { AiFeature } from '../../../shared/contract/ai-features';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { ChannelDef } from '../../../shared/contract/channel';
import { modelsEmbed, modelsNer, modelsPredictCriminal } from '../../../shared/contract/channels/model-outputs';
import { IDENTIFIER_LABELS } from '../../../shared/domain/identifiers';
import type { CriminalPrediction } from '../../inference/criminal-judgment';
import type { InferenceHost, ModelRef } from '../../inference/inference-host';
import type { NerSpan, NerSpanType } from '../../inference/ner';
import type { CrimeAmountService } from '../crime-amount';
import type { CriminalGrounding, DefendantEstimate, DefendantRule, GroundedEstimate } from '../judgment';
import { defaultDefendantRule, estimateByDefendant } from '../judgment';

/** An AI channel's answer before the dispatcher audits it: `ai` holds the model and what it said. */
type AiAnswer<C extends ChannelDef> = Omit<z.output<C['response']>, 'ai'> & { ai: AiOutputDraft };

const entityLabels: Record<NerSpanType, string> = {
  person: '人名',
  organization: '机构',
  place: '地点',
  time: '时间',
  amount: '数额',
  ...IDENTIFIER_LABELS,
};

/**
 * One model output per call: entities of a text, the vector of a text, the criminal-judgment
 * estimate of a fact. The model runs under the channel's feature, the one whose switch the
 * dispatcher checked, so switching it off also unloads the model.
 */
export class ModelOutputService {
  constructor(
    private readonly inference: InferenceHost,
    /** Charges named officially with elements and articles, 罪状 matches, 总则 articles. */
    private readonly grounding: Pick<CriminalGrounding, 'ground'>,
    /** 涉案金额: the itemised total of the facts and the top charge's 数额 tier. */
    private readonly amounts: Pick<CrimeAmountService, 'alongside'>,
    /** Charges per defendant where the fact names several (null: not estimated). */
    private readonly defendantRule: DefendantRule | null = defaultDefendantRule,
  ) {}

  async entities(request: z.output<typeof modelsNer.request>): Promise<AiAnswer<typeof modelsNer>> {
    const { model, outputs } = await this.inference.run('ner', [{ text: request.text }], { feature: featureOf(modelsNer), explain: false });
    const spans = outputs[0]?.spans ?? [];
    const confidence = spans.length ? Math.min(...spans.map((s) => s.confidence)) : 0;
    return { spans, ai: draft(model, confidence, entitySummary(spans)) };
  }

  async embed(request: z.output<typeof modelsEmbed.request>): Promise<AiAnswer<typeof modelsEmbed>> {
    const input = { text: request.text, ...(request.names ? { names: request.names } : {}) };
    const { model, dimension, vectors } = await this.inference.embed([input], { feature: featureOf(modelsEmbed) });
    // Six decimals: well below what a similarity score resolves, and the JSON line stays short.
    const vector = Array.from(vectors[0] ?? [], (x) => Number(x.toFixed(6)));
    // A vector is a measurement of the text, not a guess: there is no probability to report.
    return { dimension, vector, ai: draft(model, 1, `文本向量：${dimension} 维（输入 ${request.text.length} 字）`) };
  }

  async predictCriminal(request: z.output<typeof modelsPredictCriminal.request>): Promise<AiAnswer<typeof modelsPredictCriminal>> {
    const input = { fact: request.fact, ...(request.names ? { names: request.names } : {}) };
    const { model, predictions } = await this.inference.predictCriminal([input], {
      feature: featureOf(modelsPredictCriminal),
      explain: request.explain,
    });
    const prediction = predictions[0] as CriminalPrediction;
    const caseDate = request.caseDate ?? new Date().toISOString().slice(0, 10);
    const grounded = this.grounding.ground({ facts: request.fact, prediction, caseDate });
    const defendants = this.defendantRule
      ? (
          await estimateByDefendant(
            this.inference,
            this.grounding,
            [{ facts: request.fact, names: request.names ?? [], caseDate, caseCharges: grounded.charges }],
            { feature: featureOf(modelsPredictCriminal), explain: request.explain, rule: this.defendantRule },
          )
        ).estimates[0]
      : null;
    return {
      ...grounded,
      ...(defendants ? { defendants } : {}),
      modelArticles: prediction.articles,
      term: prediction.term,
      amount: this.amounts.alongside(request.fact, grounded.charges[0]?.name),
      ai: draft(model, prediction.charges[0]?.confidence ?? 0, predictionSummary(grounded, prediction, defendants ?? null)),
    };
  }
}

function featureOf(channel: ChannelDef): AiFeature {
  if (!channel.aiFeature) throw new Error(`「${channel.title}」没有对应的AI功能开关`);
  return channel.aiFeature;
}

function draft(model: ModelRef, confidence: number, summary: string): AiOutputDraft {
  return { modelId: model.id, modelVersion: model.version, modelSha256: model.sha256, confidence, summary };
}

function entitySummary(spans: NerSpan[]): string {
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(entityLabels[span.type], (counts.get(entityLabels[span.type]) ?? 0) + 1);
  return `实体识别：${[...counts].map(([label, n]) => `${label} ${n}`).join('、') || '未发现实体'}`;
}

function predictionSummary(g: GroundedEstimate, p: CriminalPrediction, defendants: DefendantEstimate[] | null): string {
  const charges = g.charges.map((c) => c.name).join('、') || '无';
  const articles = g.articles.map((a) => `第${a.article}条`).join('、') || '无';
  const general = g.generalArticles.map((a) => `第${a.article}条（${a.label}）`).join('、') || '无';
  const term = p.term.kind === 'fixed' ? `${p.term.months} 个月` : p.term.kind === 'life' ? '无期徒刑' : '死刑';
  const each = defendants
    ? `；分被告人：${defendants.map((d) => `${d.name} ${d.charges.map((c) => c.name).join('、') || '无'}`).join('；')}`
    : '';
  return `刑事裁判预测：罪名 ${charges}${each}；刑法分则 ${articles}；总则 ${general}；刑期 ${term}`;
}
