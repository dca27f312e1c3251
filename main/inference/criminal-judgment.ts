import { hashedCharNgrams } from '../../shared/domain/hashed-char-ngrams';
import type { HashedFeatures } from '../../shared/domain/hashed-char-ngrams';
import { neutraliseIdentity } from '../../shared/domain/neutralise-identity';
import { hashedFeeds } from './hashed-batch';
import type { OnnxSession } from './model-module';
import { defineModel, outputRow } from './model-module';

export { encodeBatch } from './hashed-batch';
export type { EncodedBatch } from './hashed-batch';

/** The model's term outcomes; 'none' is a sentence without imprisonment (0 months). */
export type TermOutcome = 'fixed' | 'none' | 'life' | 'death';

/** One official charge (labels/charges/lawgpt_criminal_charges.json): the model's label space. */
export interface CatalogueCharge {
  name: string;
  /** The first 刑法 article of the charge (之一… articles folded into their base number). */
  article: number;
  /** 款 of that article, when the catalogue names one. */
  clause: number | null;
  articles: number[];
  /** The catalogue's reference, e.g. 刑法第114条、第115条第1款. */
  ref: string;
  chapter: string;
}

/**
 * featurizer.json written by models/training/train_criminal_judgment.py. The graph's outputs are
 * already calibrated (mixing, Platt and temperature fitted on dev are inside model.onnx).
 */
export interface CriminalFeaturizer {
  buckets: number;
  ngrams: number[];
  maxChars: number;
  /** Every catalogue charge name (with 罪), in output order. */
  charges: string[];
  /** 分则 article numbers, in output order. */
  articles: string[];
  termKinds: TermOutcome[];
  termQuantiles: number[];
  thresholds: { charges: number; articles: number };
  /** How the article set is formed: the article head, each chosen charge's articles, or both (chosen on dev). */
  articleRule?: 'head' | 'charges' | 'union';
  /** Each charge's articles: learned from training cases, else the catalogue's. */
  chargeArticles?: Record<string, string[]>;
  /** Charges with real training cases; the others are scored from statute pseudo-examples only. */
  trainedCharges?: string[];
  catalogue?: CatalogueCharge[];
}

export interface CriminalInput {
  fact: string;
  /** Party names known from the case record: neutralised wherever they occur. */
  names?: string[];
}

/** A passage of the original fact (UTF-16 offsets, end exclusive) and how much it drove the output. */
export interface ExplanationSpan {
  start: number;
  end: number;
  text: string;
  weight: number;
}

export interface CriminalPrediction {
  /** `trained`: the charge had real training cases (false: scored from its statute text only). */
  charges: Array<{ name: string; confidence: number; spans: ExplanationSpan[]; trained: boolean }>;
  articles: Array<{ law: '中华人民共和国刑法'; article: number; confidence: number; spans: ExplanationSpan[] }>;
  term: {
    kind: 'fixed' | 'life' | 'death';
    /** The model's outcome: 'none' (no imprisonment) is reported as kind 'fixed' with 0 months. */
    outcome: TermOutcome;
    /** 有期徒刑/拘役 months (median estimate); 0 for life, death and no imprisonment. */
    months: number;
    /** 10%–90% quantile interval of the months estimate. */
    interval: [number, number];
    confidence: number;
    spans: ExplanationSpan[];
  };
}

/** Raw model outputs for one row. */
export interface CriminalRow {
  charges: Float32Array;
  articles: Float32Array;
  termKind: Float32Array;
  termLogMonths: Float32Array;
}

export function featuresOf(input: CriminalInput, featurizer: CriminalFeaturizer): HashedFeatures {
  return hashedCharNgrams(neutraliseIdentity(input.fact, { names: input.names ?? [] }), featurizer);
}

/** Sentences and clauses of a fact (split after 。；！？，,;), as UTF-16 offsets, blanks skipped. */
export function clauses(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。；！？，,;!?\n'.includes(text[i] ?? '') || i === text.length - 1) {
      if (text.slice(start, i + 1).trim().length > 1) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

/** The fact with one clause removed (leave-one-out). */
export function withoutClause(fact: string, clause: { start: number; end: number }): string {
  return fact.slice(0, clause.start) + fact.slice(clause.end);
}

function chosen(probs: Float32Array, threshold: number): number[] {
  const over = [...probs.keys()].filter((j) => (probs[j] ?? 0) >= threshold);
  if (over.length > 0) return over.sort((a, b) => (probs[b] ?? 0) - (probs[a] ?? 0));
  let best = 0;
  probs.forEach((p, j) => {
    if (p > (probs[best] ?? 0)) best = j;
  });
  return [best];
}

const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/**
 * The article set by the featurizer's rule (as decide_articles in the training script): the head's
 * articles over its threshold (else its best one), the chosen charges' articles, or both. An article
 * implied by a charge carries the higher of its head probability and that charge's confidence.
 */
export function chosenArticles(
  full: CriminalRow,
  chargeIndices: number[],
  featurizer: CriminalFeaturizer,
): Array<{ index: number; confidence: number }> {
  const rule = featurizer.articleRule ?? 'head';
  const head = chosen(full.articles, featurizer.thresholds.articles);
  const fromCharges = new Map<number, number>();
  if (rule !== 'head') {
    for (const c of chargeIndices) {
      for (const article of featurizer.chargeArticles?.[featurizer.charges[c] ?? ''] ?? []) {
        const j = featurizer.articles.indexOf(article);
        if (j < 0) continue;
        const confidence = Math.max(full.articles[j] ?? 0, full.charges[c] ?? 0);
        fromCharges.set(j, Math.max(fromCharges.get(j) ?? 0, confidence));
      }
    }
  }
  const picked = new Map<number, number>();
  if (rule === 'head' || rule === 'union' || fromCharges.size === 0) for (const j of head) picked.set(j, full.articles[j] ?? 0);
  for (const [j, confidence] of fromCharges) picked.set(j, Math.max(picked.get(j) ?? 0, confidence));
  return [...picked.entries()]
    .map(([index, confidence]) => ({ index, confidence }))
    .sort((a, b) => b.confidence - a.confidence || a.index - b.index);
}

/**
 * Turns the model rows for one fact (row 0: the whole fact; row 1+i: the fact without clause i)
 * into labels with confidences and the clauses whose removal lowered each output most.
 */
export function decodePrediction(
  fact: string,
  rows: CriminalRow[],
  parts: Array<{ start: number; end: number }>,
  featurizer: CriminalFeaturizer,
  maxSpans = 3,
): CriminalPrediction {
  const full = rows[0];
  if (!full) throw new Error('no model output');
  const spansBy = (drop: (row: CriminalRow) => number): ExplanationSpan[] =>
    parts
      .map((part, i) => ({ ...part, text: fact.slice(part.start, part.end), weight: round(drop(rows[i + 1] ?? full)) }))
      .filter((span) => span.weight > 0.001)
      .sort((a, b) => b.weight - a.weight || a.start - b.start)
      .slice(0, maxSpans);
  const trained = featurizer.trainedCharges ? new Set(featurizer.trainedCharges) : null;
  const chargeIndices = chosen(full.charges, featurizer.thresholds.charges);
  const charges = chargeIndices.map((j) => ({
    name: featurizer.charges[j] ?? '',
    confidence: round(full.charges[j] ?? 0),
    spans: spansBy((row) => (full.charges[j] ?? 0) - (row.charges[j] ?? 0)),
    trained: trained ? trained.has(featurizer.charges[j] ?? '') : true,
  }));
  const articleIndices = chosenArticles(full, chargeIndices, featurizer);
  const articles = articleIndices.map(({ index: j, confidence }) => ({
    law: '中华人民共和国刑法' as const,
    article: Number(featurizer.articles[j]),
    confidence: round(confidence),
    spans: spansBy((row) => (full.articles[j] ?? 0) - (row.articles[j] ?? 0)),
  }));
  const kindIndex = chosen(full.termKind, 2)[0] ?? 0;
  const outcome = featurizer.termKinds[kindIndex] ?? 'fixed';
  const kind = outcome === 'none' ? 'fixed' : outcome;
  const months = (q: number) => Math.max(0, Math.round(Math.expm1(full.termLogMonths[q] ?? 0)));
  const median = featurizer.termQuantiles.indexOf(0.5);
  return {
    charges,
    articles,
    term: {
      kind,
      outcome,
      months: outcome === 'fixed' ? months(median) : 0,
      interval: kind === 'fixed' ? [months(0), months(featurizer.termQuantiles.length - 1)] : [0, 0],
      confidence: round(full.termKind[kindIndex] ?? 0),
      // A clause drives the term when removing it lowers the median estimate (log months).
      spans: spansBy((row) => (full.termLogMonths[median] ?? 0) - (row.termLogMonths[median] ?? 0)),
    },
  };
}

const rowsPerRun = 64;

async function rawRows(session: OnnxSession, texts: CriminalInput[], featurizer: CriminalFeaturizer): Promise<CriminalRow[]> {
  const rows: CriminalRow[] = [];
  for (let start = 0; start < texts.length; start += rowsPerRun) {
    const batch = texts.slice(start, start + rowsPerRun);
    const out = await session.run(hashedFeeds(batch.map((t) => featuresOf(t, featurizer))));
    for (let row = 0; row < batch.length; row += 1) {
      rows.push({
        charges: outputRow(out, 'charges', row),
        articles: outputRow(out, 'articles', row),
        termKind: outputRow(out, 'term_kind', row),
        termLogMonths: outputRow(out, 'term_log_months', row),
      });
    }
  }
  return rows;
}

/** 刑事裁判辅助: charges, articles and term from the facts, explained by leave-one-out clauses. */
export const criminalJudgmentModel = defineModel<CriminalInput, CriminalPrediction, CriminalFeaturizer>({
  id: 'criminal-judgment',
  jsonFiles: ['featurizer.json'],
  prepare: (json) => json['featurizer.json'] as CriminalFeaturizer,
  check: (input) => (typeof input.fact === 'string' && input.fact.trim() ? null : '案件事实（fact）不能为空'),
  exampleInput: (text) => ({ fact: text }),
  async run(session, featurizer, inputs, { explain }) {
    const predictions: CriminalPrediction[] = [];
    for (const input of inputs) {
      const parts = explain ? clauses(input.fact) : [];
      const variants = [input, ...parts.map((part) => ({ ...input, fact: withoutClause(input.fact, part) }))];
      predictions.push(decodePrediction(input.fact, await rawRows(session, variants, featurizer), parts, featurizer));
    }
    return predictions;
  },
});
