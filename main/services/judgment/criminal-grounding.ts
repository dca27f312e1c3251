// 刑法 grounding of a criminal estimate: the model's charges named officially and checked against
// the elements that separate neighbouring charges, charges the model cannot name found by matching
// the facts against every charge's 罪状, the 分则 articles of each charge from the catalogue, and the
// 总则 articles the circumstances call for — each with the passage it rests on.
import type { z } from 'zod';
import type { generalArticleSchema, GroundedCharge, specificArticleSchema } from '../../../shared/contract/channels/judgment';
import { formatCitation } from '../../../shared/domain/citation';
import type {
  CatalogueCharge,
  ChargeCatalogue,
  ChargeDistinctions,
  ChargeStatute,
  StatuteCandidate,
} from '../../../shared/domain/criminal-law';
import {
  ChargeIndex,
  chargeKey,
  checkCharge,
  generalArticles,
  officialChargeName,
  penaltyArticleRefs,
  rerankByElements,
  StatuteMatcher,
  textProvidesFine,
} from '../../../shared/domain/criminal-law';
import type { CriminalPrediction } from '../../inference/criminal-judgment';
import type { LawService } from '../laws';

const criminalLaw = '中华人民共和国刑法';
/** 分则 starts at 第一百零二条. */
const firstSpecificArticle = 102;
/** Articles after the defining one searched for the one that sets its punishment (受贿罪 385 → 386 → 383). */
const penaltyLookahead = 3;
const otherChargesShown = 3;
const statuteCandidatesScanned = 8;
/** Model probability from which a charge counts towards 数罪并罚 (several weak charges are one uncertain charge). */
const confidentCharge = 0.5;

/**
 * When a 罪状 match joins the predicted set. Measured by `npm run eval criminal-law-grounding` on
 * held-out judgments: adding statute matches lowered charge set F1 under every rule tried, so they
 * are shown as 其他可能罪名 only (null = never added).
 */
export interface StatuteRule {
  /** Add the best 罪状 match outside the model's labels when the model's top confidence is below this. */
  addWhenModelBelow: number | null;
}
export const defaultStatuteRule: StatuteRule = { addWhenModelBelow: null };

/** Whether element rules may move a model charge to its neighbour (measured in the same eval). */
export const defaultRerank = true;

type SpecificArticle = z.output<typeof specificArticleSchema>;
type GeneralArticleOut = z.output<typeof generalArticleSchema>;

export interface GroundedEstimate {
  charges: GroundedCharge[];
  otherCharges: GroundedCharge[];
  articles: SpecificArticle[];
  generalArticles: GeneralArticleOut[];
  catalogueSource: string;
}

export interface CriminalGroundingOptions {
  laws: Pick<LawService, 'articleText'>;
  /** Read on first use: the data folder or model catalogue may be large. */
  catalogue: () => ChargeCatalogue;
  /** The charge labels of the installed model (for "outside the model's label set"). */
  modelLabels: () => string[];
  distinctions: ChargeDistinctions;
  statuteRule?: StatuteRule;
  rerank?: boolean;
}

export interface GroundRequest {
  facts: string;
  prediction: CriminalPrediction;
  caseDate: string;
}

export class CriminalGrounding {
  private index: ChargeIndex | null = null;
  private readonly matchers = new Map<string, StatuteMatcher>();
  private readonly articleCache = new Map<string, string | null>();

  constructor(private readonly options: CriminalGroundingOptions) {}

  private get charges(): ChargeIndex {
    this.index ??= new ChargeIndex(this.options.catalogue());
    return this.index;
  }

  private articleText(article: number, date: string): string | null {
    const key = `${article}@${date}`;
    if (!this.articleCache.has(key)) this.articleCache.set(key, this.options.laws.articleText(criminalLaw, article, date));
    return this.articleCache.get(key) ?? null;
  }

  /** The 罪状 of each catalogued charge: its 款 (or article) on the date, its 定义 and 客观方面. */
  private matcher(date: string): StatuteMatcher {
    // Statute texts change by year at most; one index per year keeps memory bounded.
    const year = date.slice(0, 4);
    let matcher = this.matchers.get(year);
    if (!matcher) {
      const statutes: ChargeStatute[] = this.charges.charges.map((charge) => ({ name: charge.name, text: this.statuteText(charge, date) }));
      matcher = new StatuteMatcher(statutes);
      if (this.matchers.size > 4) this.matchers.clear();
      this.matchers.set(year, matcher);
    }
    return matcher;
  }

  private statuteText(charge: CatalogueCharge, date: string): string {
    const first = charge.articles[0];
    const article = first !== undefined && charge.suffix === null ? this.articleText(first, date) : null;
    const paragraphs = article?.split('\n').filter((p) => p.trim()) ?? [];
    const provision = charge.paragraph !== null && paragraphs[charge.paragraph - 1] ? paragraphs[charge.paragraph - 1] : article;
    return [charge.name, provision ?? '', charge.elements?.definition ?? '', charge.elements?.objective ?? ''].join('\n');
  }

  /** The 分则 articles of a charge: the catalogue's, then the ones after it that set its punishment. */
  chargeArticles(name: string, date: string): GroundedCharge['articles'] {
    const charge = this.charges.get(name);
    if (!charge) return [];
    const out: GroundedCharge['articles'] = charge.articles.map((article, i) => ({
      article,
      suffix: i === 0 ? charge.suffix : null,
      paragraph: i === 0 ? charge.paragraph : null,
      citation: formatCitation(criminalLaw, { article, suffix: i === 0 ? charge.suffix : null }, i === 0 ? charge.paragraph : null),
    }));
    const first = charge.articles[0];
    if (first !== undefined && charge.suffix === null) {
      const following = Array.from({ length: penaltyLookahead }, (_, i) => first + 1 + i).map((article) => ({
        article,
        text: this.articleText(article, date),
      }));
      for (const article of penaltyArticleRefs(chargeKey(charge.name), following)) {
        if (out.some((a) => a.article === article)) continue;
        out.push({ article, suffix: null, paragraph: null, citation: formatCitation(criminalLaw, { article, suffix: null }) });
      }
    }
    return out;
  }

  private grounded(
    facts: string,
    date: string,
    name: string,
    fields: Pick<GroundedCharge, 'confidence' | 'source' | 'reason' | 'spans'> & { statute?: StatuteCandidate | null },
  ): GroundedCharge {
    const official = this.charges.get(name)?.name ?? officialChargeName(name);
    const check = checkCharge(facts, official, this.options.distinctions);
    const statute = fields.statute ?? null;
    return {
      name: official,
      confidence: fields.confidence,
      source: fields.source,
      reason: fields.reason,
      spans: fields.spans,
      chapter: this.charges.get(official)?.chapter ?? '',
      articles: this.chargeArticles(official, date),
      elements: { met: check?.met ?? [], unmet: check?.unmet ?? [] },
      statute: statute
        ? {
            score: statute.score,
            relative: statute.relative,
            factPassages: statute.factPassages,
            statutePassages: statute.statutePassages,
            terms: statute.terms,
          }
        : null,
    };
  }

  ground({ facts, prediction, caseDate }: GroundRequest): GroundedEstimate {
    const rule = this.options.statuteRule ?? defaultStatuteRule;
    const rerank = this.options.rerank ?? defaultRerank;
    const charges: GroundedCharge[] = [];
    const replaced: string[] = [];
    const taken = () => charges.map((c) => c.name);
    for (const c of prediction.charges) {
      const move = rerank
        ? rerankByElements(facts, c.name, this.options.distinctions, [...taken(), ...prediction.charges.map((p) => p.name)])
        : null;
      if (move && this.charges.get(move.to)) {
        replaced.push(move.from);
        charges.push(
          this.grounded(facts, caseDate, move.to, { confidence: null, source: 'element-rule', reason: move.reason, spans: c.spans }),
        );
        continue;
      }
      if (taken().some((n) => chargeKey(n) === chargeKey(c.name))) continue;
      charges.push(this.grounded(facts, caseDate, c.name, { confidence: c.confidence, source: 'model', reason: null, spans: c.spans }));
    }

    const labels = new Set(this.options.modelLabels().map(chargeKey));
    const topConfidence = prediction.charges[0]?.confidence ?? 0;
    const unsure = topConfidence < 0.5;
    const inAnswer = (name: string) => taken().some((n) => chargeKey(n) === chargeKey(name));
    const candidates = this.matcher(caseDate)
      .match(facts, statuteCandidatesScanned)
      .filter((c) => !inAnswer(c.name) && (unsure || !labels.has(chargeKey(c.name))));
    const statuteCharge = (c: StatuteCandidate) =>
      this.grounded(facts, caseDate, c.name, {
        confidence: null,
        source: 'statute',
        reason: `依罪状匹配：事实与该罪罪状共有「${c.terms.slice(0, 5).join('」「')}」等词（相对匹配度 ${Math.round(c.relative * 100)}%）${
          labels.has(chargeKey(c.name)) ? '' : '；该罪名不在模型可预测的罪名范围内'
        }`,
        spans: [],
        statute: c,
      });
    const best = candidates[0];
    if (best && rule.addWhenModelBelow !== null && topConfidence < rule.addWhenModelBelow && !labels.has(chargeKey(best.name))) {
      charges.push(statuteCharge(best));
    }
    const otherCharges = candidates
      .filter((c) => !inAnswer(c.name))
      .slice(0, otherChargesShown)
      .map(statuteCharge);
    for (const from of replaced) {
      if (!inAnswer(from) && !otherCharges.some((o) => chargeKey(o.name) === chargeKey(from))) {
        const model = prediction.charges.find((p) => chargeKey(p.name) === chargeKey(from));
        otherCharges.unshift(
          this.grounded(facts, caseDate, from, {
            confidence: model?.confidence ?? null,
            source: 'model',
            reason: '模型首选该罪名，但要件检查不支持（见上方改选理由）',
            spans: model?.spans ?? [],
          }),
        );
      }
    }

    return {
      charges,
      otherCharges,
      articles: this.specificArticles(prediction, charges, replaced, caseDate),
      generalArticles: this.generalArticles(facts, prediction, charges, caseDate),
      catalogueSource: this.charges.catalogue.source,
    };
  }

  private specificArticles(prediction: CriminalPrediction, charges: GroundedCharge[], replaced: string[], date: string): SpecificArticle[] {
    const out: SpecificArticle[] = [];
    const modelArticle = (n: number) => prediction.articles.find((a) => a.article === n);
    const add = (
      article: number,
      source: SpecificArticle['source'],
      charge: string | null,
      confidence: number | null,
      suffix: number | null = null,
      citation = formatCitation(criminalLaw, { article, suffix }),
    ) => {
      const existing = out.find((a) => a.article === article);
      if (existing) {
        if (charge && !existing.charges.includes(charge)) existing.charges.push(charge);
        return;
      }
      const model = modelArticle(article);
      out.push({
        law: criminalLaw,
        article,
        citation,
        confidence: model?.confidence ?? confidence,
        spans: model?.spans ?? [],
        // The store numbers articles by integer; 之一 articles are not addressable there.
        text: suffix === null ? this.articleText(article, date) : null,
        source,
        charges: charge ? [charge] : [],
      });
    };
    for (const charge of charges) {
      for (const a of charge.articles) add(a.article, 'catalogue', charge.name, charge.confidence, a.suffix, a.citation);
    }
    // The model's own article head, except articles of a charge the element rules moved away from.
    const movedAway = new Set(replaced.flatMap((name) => this.charges.get(name)?.articles ?? []));
    for (const a of prediction.articles) {
      if (a.article >= firstSpecificArticle && !movedAway.has(a.article)) add(a.article, 'model', null, a.confidence);
    }
    return out;
  }

  private generalArticles(facts: string, prediction: CriminalPrediction, charges: GroundedCharge[], date: string): GeneralArticleOut[] {
    const providesFine = (name: string) =>
      (charges.find((c) => c.name === name)?.articles ?? []).some((a) => textProvidesFine(this.articleText(a.article, date)));
    const confidentCharges = charges.filter((c) => (c.confidence ?? 0) >= confidentCharge).map((c) => c.name);
    return generalArticles({ facts, charges: charges.map((c) => c.name), confidentCharges, term: prediction.term, providesFine }).map(
      (g) => ({
        ...g,
        citation: formatCitation(criminalLaw, { article: g.article, suffix: null }, g.paragraph),
        text: this.articleText(g.article, date),
      }),
    );
  }
}
