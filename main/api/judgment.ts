import { judgmentAssist } from '../../shared/contract/channels/judgment';
import { formatCitation } from '../../shared/domain/citation';
import { criminalJudgmentModelId } from '../inference/inference-host';
import { scanModels } from '../inference/model-registry';
import { getArticle } from '../services/laws';
import { lawStatusByName } from '../services/laws/resolve-citations';
import { sentenceDeviation } from '../services/judgment-assist/deviation';
import { ApiFailure } from './api-failure';
import { route } from './route';
import type { Services } from './services';

const criminalLaw = '中华人民共和国刑法';
/** Shown under the results; the card lists more (also the labels too rare to predict). */
const maxLimits = 4;
const maxLimitLength = 160;

export const judgmentRoutes = [
  route(judgmentAssist, async (request, { services }) => {
    if (!services.inference) throw new ApiFailure('INTERNAL', '推理服务未启动');
    const caseDate = request.caseDate ?? new Date().toISOString().slice(0, 10);
    const { model, predictions } = await services.inference.predictCriminal([{ fact: request.facts, names: request.names }], {
      feature: 'deviationWarning',
      explain: true,
    });
    const prediction = predictions[0];
    if (!prediction) throw new ApiFailure('INTERNAL', '模型未返回结果');
    const deviation = sentenceDeviation(request.proposed, {
      charges: prediction.charges.map((c) => c.name),
      termKind: prediction.term.kind,
      months: prediction.term.months,
      interval: prediction.term.interval,
    });
    const articles = prediction.articles.map((a) => ({
      article: a.article,
      citation: formatCitation(criminalLaw, { article: a.article, suffix: null }),
      confidence: a.confidence,
      spans: a.spans,
      text: articleText(services, a.article, caseDate),
    }));
    const top = prediction.charges[0];
    return {
      charges: prediction.charges,
      articles,
      term: prediction.term,
      deviation,
      limits: modelLimits(services),
      caseId: request.caseId ?? null,
      ai: {
        modelId: model.id,
        modelVersion: model.version,
        modelSha256: model.sha256,
        confidence: top?.confidence ?? prediction.term.confidence,
        summary: `裁判辅助：罪名 ${prediction.charges.map((c) => c.name).join('、') || '无'}；刑期估计 ${describeTerm(prediction.term)}${
          deviation.level === 'outside' ? '；偏离预警' : ''
        }`,
      },
    };
  }),
];

function describeTerm(term: { kind: string; months: number; interval: [number, number] }): string {
  if (term.kind === 'life') return '无期徒刑';
  if (term.kind === 'death') return '死刑';
  return `${term.months} 个月（${term.interval[0]}–${term.interval[1]}）`;
}

function articleText(services: Services, article: number, date: string): string | null {
  const law = lawStatusByName(services.stores.knowledge, criminalLaw, date);
  if (!law) return null;
  const found = getArticle(services.stores.knowledge, law.lawId, article, null, date);
  return found.found ? found.article.text : null;
}

function modelLimits(services: Services): string[] {
  const card = scanModels(services.modelsDir).cards.find((c) => c.id === criminalJudgmentModelId);
  return (card?.limits ?? []).slice(0, maxLimits).map((limit) => (limit.length > maxLimitLength ? `${limit.slice(0, maxLimitLength)}…` : limit));
}
