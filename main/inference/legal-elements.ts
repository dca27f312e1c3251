import { hashedCharNgrams } from '../../shared/domain/hashed-char-ngrams';
import type { HashedNgramConfig } from '../../shared/domain/hashed-char-ngrams';
import { neutraliseIdentity } from '../../shared/domain/neutralise-identity';
import { hashedFeeds } from './hashed-batch';
import { defineModel, outputRow } from './model-module';

/**
 * 法律要素标注 (CAIL2019 要素识别): which legal elements of a 民间借贷 / 离婚 / 劳动争议 case each
 * sentence states, e.g. LN2 借款金额x万元, DV1 婚后有子女, LB1 支付工资. The sentence is the
 * explanation: every element comes with the sentence (UTF-16 offsets) that carries it.
 *
 * API (stable): host.run('legal-elements', [{ text, domain }], { feature }) → one ElementsResult
 * per input. `split: false` treats the whole text as one sentence (the evaluation does, since the
 * data set's sentences are its unit).
 */
export const elementDomains = ['loan', 'divorce', 'labor'] as const;
export type ElementDomain = (typeof elementDomains)[number];

/** featurizer.json written by models/training/train_legal_elements.py. */
export interface ElementsFeaturizer extends HashedNgramConfig {
  domains: Record<ElementDomain, { offset: number; codes: string[]; names: string[]; threshold: number }>;
}

export interface ElementsInput {
  text: string;
  domain: ElementDomain;
  names?: string[];
  split?: boolean;
}

export interface ElementHit {
  code: string;
  /** Chinese element name, e.g. 借款金额x万元. */
  name: string;
  confidence: number;
}

export interface SentenceElements {
  start: number;
  end: number;
  text: string;
  elements: ElementHit[];
}

export interface ElementsResult {
  domain: ElementDomain;
  /** Only sentences with at least one element. */
  sentences: SentenceElements[];
  /** Each element found anywhere, with its best confidence and the sentences that carry it. */
  elements: Array<ElementHit & { sentences: Array<{ start: number; end: number }> }>;
}

/** Sentences as UTF-16 ranges: cut after 。！？；or a line end; blanks skipped. */
export function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if ('。！？；!?;\n'.includes(text[i] ?? '') || i === text.length - 1) {
      if (text.slice(start, i + 1).trim()) out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  return out;
}

const rowsPerRun = 64;
const round = (value: number) => Number(value.toFixed(4));

function summarise(domain: ElementDomain, found: SentenceElements[]): ElementsResult {
  const byCode = new Map<string, ElementHit & { sentences: Array<{ start: number; end: number }> }>();
  for (const sentence of found) {
    for (const hit of sentence.elements) {
      const entry = byCode.get(hit.code) ?? { ...hit, sentences: [] };
      entry.confidence = Math.max(entry.confidence, hit.confidence);
      entry.sentences.push({ start: sentence.start, end: sentence.end });
      byCode.set(hit.code, entry);
    }
  }
  return { domain, sentences: found, elements: [...byCode.values()].sort((a, b) => b.confidence - a.confidence) };
}

export const legalElementsModel = defineModel<ElementsInput, ElementsResult, ElementsFeaturizer>({
  id: 'legal-elements',
  jsonFiles: ['featurizer.json'],
  prepare: (json) => json['featurizer.json'] as ElementsFeaturizer,
  // The bench feeds criminal facts; as loan text they still exercise the whole path.
  exampleInput: (text) => ({ text, domain: 'loan' }),
  check: (input) => {
    if (typeof input.text !== 'string') return '文本（text）必须是字符串';
    if (!elementDomains.includes(input.domain)) return `案件类型（domain）应为 ${elementDomains.join('、')} 之一`;
    return null;
  },
  async run(session, featurizer, inputs) {
    const units = inputs.flatMap((input, which) =>
      (input.split === false ? [{ start: 0, end: input.text.length }] : sentences(input.text)).map((range) => ({ which, ...range })),
    );
    const probabilities: Float32Array[] = [];
    for (let first = 0; first < units.length; first += rowsPerRun) {
      const batch = units.slice(first, first + rowsPerRun);
      const features = batch.map((unit) => {
        const input = inputs[unit.which] as ElementsInput;
        return hashedCharNgrams(neutraliseIdentity(input.text.slice(unit.start, unit.end), { names: input.names ?? [] }), featurizer);
      });
      const out = await session.run(hashedFeeds(features));
      batch.forEach((_, row) => probabilities.push(outputRow(out, 'elements', row)));
    }
    return inputs.map((input, which) => {
      const domain = featurizer.domains[input.domain];
      const found: SentenceElements[] = [];
      units.forEach((unit, u) => {
        if (unit.which !== which) return;
        const p = probabilities[u] as Float32Array;
        // Compared unrounded, as the trainer does, so the evaluation reproduces its figures.
        const elements = domain.codes
          .map((code, j) => ({ code, name: domain.names[j] ?? code, confidence: p[domain.offset + j] ?? 0 }))
          .filter((hit) => hit.confidence >= domain.threshold)
          .map((hit) => ({ ...hit, confidence: round(hit.confidence) }))
          .sort((a, b) => b.confidence - a.confidence);
        if (elements.length) found.push({ start: unit.start, end: unit.end, text: input.text.slice(unit.start, unit.end), elements });
      });
      return summarise(input.domain, found);
    });
  },
});
