// 诉讼预期评估: per claim, the civil-outcome model's calibrated estimate (or, where the cause has too
// few judgments, the statute/要件 estimate, labelled so), the elements that drive it, the judge's
// intended award against the interval, and the comparable cases behind it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { civilOutcomeEstimate, CivilClaimEstimate, CivilClaimOutcome } from '../../../shared/contract/channels/civil-outcome';
import { civilClaimOutcomeLabels } from '../../../shared/contract/channels/civil-outcome';
import type { AiFeature } from '../../../shared/contract/ai-features';
import { Refusal } from '../../../shared/contract/refusal';
import { findAmounts, kindOf } from '../../../shared/domain/civil-judgment';
import type { InferenceHost, ModelRef } from '../../inference/inference-host';
import { scanModels } from '../../inference/model-registry';
import type { CivilOutcomeOutput } from '../../inference/civil-outcome';
import type { CaseService } from '../cases';
import { checklistDefinitions, checklistModel } from '../checklists';
import type { SimilarCaseService } from '../similar-cases';
import { civilCauseOf, type CivilCause } from './causes';
import { comparableCase } from './comparables';
import { checklistElements, type CivilElement } from './elements';
import { statuteEstimate, statuteRulesVersion } from './statute-estimate';

export const civilOutcomeModelId = 'civil-outcome';
const feature: AiFeature = 'outcomeEstimation';
const comparablesShown = 5;
const maxLimits = 6;

export type CivilOutcomeRequest = z.input<(typeof civilOutcomeEstimate)['request']>;
/** caseId: the dispatcher links the audit entry to the case and takes it off the answer. */
export type CivilOutcomeAnswer = Omit<z.output<(typeof civilOutcomeEstimate)['response']>, 'ai'> & {
  caseId: string | null;
  ai: AiOutputDraft;
};

export interface CivilOutcomeServiceOptions {
  inference: Pick<InferenceHost, 'run'>;
  similarCases: Pick<SimilarCaseService, 'search'>;
  cases: Pick<CaseService, 'get'>;
  isEnabled: (feature: AiFeature) => boolean;
  /** Folder with models/<id>/card.json: the model's causes and limits. */
  modelsDir: string;
}

interface ClaimInput {
  text: string;
  amount: number | null;
}

export class CivilOutcomeService {
  constructor(private readonly options: CivilOutcomeServiceOptions) {}

  async estimate(request: CivilOutcomeRequest): Promise<CivilOutcomeAnswer> {
    const record = request.caseId ? this.options.cases.get(request.caseId) : null;
    const causeText = request.cause ?? record?.causeOfAction ?? '';
    const claims: ClaimInput[] = (request.claims ?? record?.claims ?? []).map((c) => ({
      text: c.text,
      amount: c.amount ?? findAmounts(c.text)[0]?.value ?? null,
    }));
    const names = [...(request.names ?? []), ...(record?.parties.map((p) => p.name) ?? [])];
    const facts = request.facts ?? '';
    // The schema asks for a case or a cause with claims; what is left to refuse is what the record lacks.
    if (claims.length === 0) throw new Refusal('NOT_FOUND', '本案尚未录入诉讼请求，无法评估', 'claims');
    const cause = civilCauseOf(causeText);
    if (!cause) {
      throw new Refusal(
        'NOT_FOUND',
        `诉讼预期评估暂不支持案由“${causeText}”（支持民间借贷、离婚、劳动争议、买卖合同、机动车交通事故、金融借款、信用卡、物业服务、房屋租赁）`,
        'cause',
      );
    }

    const card = scanModels(this.options.modelsDir).cards.find((c) => c.id === civilOutcomeModelId);
    const useModel = modelCauses(this.options.modelsDir).includes(cause.cause);
    const elements = await this.elements(cause, facts, names);
    const inputs = claims.map((c) => ({ cause: cause.cause, kind: kindOf(c.text), claim: c.text, facts, names }));
    // The statute estimate needs no model: it is the checklist rules, audited under their own identity.
    const run = useModel ? await this.options.inference.run('civil-outcome', inputs, { feature, explain: false }) : null;
    // The interval's stated coverage beside what it reached on held-out judgments, so it is not read as a promise.
    const measuredCoverage = card?.metrics.find((m) => m.name === 'awardShare.intervalCoverage')?.value ?? null;
    const estimates = claims.map((claim, i) => {
      const kind = inputs[i]?.kind ?? '其他';
      const estimate = run
        ? modelEstimate(run.outputs[i] as CivilOutcomeOutput, measuredCoverage)
        : { ...statuteEstimate(elements), source: 'statute' as const };
      return finish(claim, kind, estimate, elements, request.proposed?.[i] ?? null);
    });
    const { comparables, notes } = await this.comparables(cause, facts, names, request.caseId);
    if (!useModel) notes.unshift(`${cause.cause}的已标注判决不足，无法训练可靠的模型：下列估计依据法条与要件清单，置信度低`);
    const outside = estimates.filter((e) => e.deviation.level === 'outside').length;
    return {
      caseId: request.caseId ?? null,
      cause: cause.cause,
      claims: estimates,
      comparables,
      notes,
      limits: (card?.limits ?? []).slice(0, maxLimits),
      ai: {
        ...(run ? modelIdentity(run.model) : checklistModel(statuteRulesVersion)),
        confidence: Math.min(...estimates.map((e) => e.confidence)),
        summary: `诉讼预期评估（${cause.cause}，${useModel ? '模型' : '法条要件'}）：${estimates
          .map((e, i) => `请求${i + 1} ${civilClaimOutcomeLabels[e.likely]}`)
          .join('；')}${outside ? `；偏离预警 ${outside} 项` : ''}`,
      },
    };
  }

  /** Checklist 要件 found and missing in the facts, plus what the legal-elements model reads there. */
  private async elements(cause: CivilCause, facts: string, names: string[]): Promise<{ found: CivilElement[]; missing: CivilElement[] }> {
    const checklists = checklistDefinitions().filter((c) => cause.checklists.includes(c.id));
    const result = checklistElements(checklists, facts);
    if (cause.elementDomain && facts.trim()) {
      const tagged = await this.options.inference.run('legal-elements', [{ text: facts, domain: cause.elementDomain, names }], {
        feature,
        explain: false,
      });
      for (const hit of (tagged.outputs[0]?.elements ?? []).slice(0, 6)) {
        const at = hit.sentences[0];
        result.found.push({
          name: hit.name,
          basis: null,
          passage: at ? facts.slice(at.start, at.end).slice(0, 160) : null,
          source: 'legal-elements',
        });
      }
    }
    return result;
  }

  private async comparables(cause: CivilCause, facts: string, names: string[], caseId: string | undefined) {
    const notes: string[] = [];
    if (!facts.trim()) return { comparables: [], notes: ['未提供案件事实：没有检索类案'] };
    if (!this.options.isEnabled('similarCases')) return { comparables: [], notes: ['类案推送已关闭：没有列出类案'] };
    const answer = await this.options.similarCases.search({
      query: facts,
      mode: 'facts',
      method: 'hybrid',
      k: comparablesShown,
      filters: { kind: '民事' },
      names,
      ...(caseId ? { caseId } : {}),
    });
    const comparables = answer.results.slice(0, comparablesShown).map(comparableCase);
    if (comparables.length === 0) notes.push('类案库中没有可说明理由的民事类案');
    else if (!comparables.some((c) => c.causes.some((x) => cause.words.test(x))))
      notes.push(`类案中没有同为${cause.cause}的案例，仅供对照`);
    return { comparables, notes };
  }
}

/** The causes the installed model answers for (featurizer.json, written by its trainer). */
function modelCauses(modelsDir: string): string[] {
  const path = join(modelsDir, civilOutcomeModelId, 'featurizer.json');
  if (!existsSync(path)) return [];
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { causes?: unknown };
  return Array.isArray(parsed.causes) ? parsed.causes.filter((c): c is string => typeof c === 'string') : [];
}

type Estimate = Pick<CivilClaimEstimate, 'probabilities' | 'share' | 'confidence' | 'source'>;

function modelEstimate(output: CivilOutcomeOutput, measuredCoverage: number | null): Estimate {
  const p = output.probabilities;
  return {
    probabilities: p,
    share: { ...output.share, measuredCoverage },
    confidence: Math.max(p.full, p.partial, p.rejected),
    source: 'model',
  };
}

function finish(
  claim: ClaimInput,
  kind: string,
  estimate: Estimate,
  elements: { found: CivilElement[]; missing: CivilElement[] },
  proposed: number | null,
): CivilClaimEstimate {
  const p = estimate.probabilities;
  const likely = (Object.entries(p) as Array<[CivilClaimOutcome, number]>).sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'full';
  return {
    claim: { text: claim.text, kind, amount: claim.amount },
    source: estimate.source,
    probabilities: p,
    likely,
    share: estimate.share,
    expectedAward: claim.amount !== null ? Math.round(claim.amount * estimate.share.median * 100) / 100 : null,
    confidence: Number(estimate.confidence.toFixed(4)),
    elements,
    deviation: deviation(claim.amount, proposed, estimate.share.interval),
  };
}

/** 偏离预警: the judge's intended award as a share of the claim, against the estimate's interval. */
export function deviation(amount: number | null, proposed: number | null, interval: [number, number]): CivilClaimEstimate['deviation'] {
  if (proposed === null) return { level: 'none', message: '' };
  if (amount === null || amount <= 0) return { level: 'none', message: '该项请求没有金额，无法比较拟判金额' };
  const share = proposed / amount;
  const pct = (v: number) => `${Math.round(v * 100)}%`;
  if (share < interval[0] - 1e-9 || share > interval[1] + 1e-9) {
    return { level: 'outside', message: `拟判金额为请求的 ${pct(share)}，超出估计区间 ${pct(interval[0])}–${pct(interval[1])}，请再核对` };
  }
  return { level: 'within', message: `拟判金额为请求的 ${pct(share)}，在估计区间 ${pct(interval[0])}–${pct(interval[1])} 内` };
}

function modelIdentity(model: ModelRef): Pick<AiOutputDraft, 'modelId' | 'modelVersion' | 'modelSha256'> {
  return { modelId: model.id, modelVersion: model.version, modelSha256: model.sha256 };
}
