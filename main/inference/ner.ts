import { findIdentifiers } from '../../shared/domain/identifiers';
import type { IdentifierType } from '../../shared/domain/identifiers';
import type { FeedTensor, OnnxSession } from './model-module';
import { defineModel } from './model-module';
import { tagSpans, viterbi } from './ner-decode';
import type { NerPiece, NerVocab } from './ner-features';
import { pieces, vocabIndex } from './ner-features';
import type { PersonRole } from './ner-roles';
import { roleBefore } from './ner-roles';

/**
 * 命名实体识别 for case-information backfill and redaction: the models/ner tagger (persons,
 * organisations, places/addresses, dates/times, amounts) plus the rule-based identifiers of
 * shared/domain/identifiers (身份证, phones, bank accounts, credit codes), one list of spans.
 *
 * API (stable): host.run('ner', [{ text }], { feature }) → one NerResult per text.
 *   NerSpan = { type, role, text, start, end, source, confidence, valid?, reason? }
 *   start/end are UTF-16 offsets (text.slice(start, end) === span.text); spans sorted, never overlapping.
 *   role: for persons only, from the words right before the name (ner-roles.ts), else null.
 *   source 'rule' spans win over overlapping model spans (a checked number beats a guess).
 */
export type ModelEntityType = 'person' | 'organization' | 'place' | 'time' | 'amount';
export type NerSpanType = ModelEntityType | IdentifierType;

export interface NerSpan {
  type: NerSpanType;
  role: PersonRole | null;
  text: string;
  start: number;
  end: number;
  source: 'model' | 'rule';
  /** Model: lowest tag probability inside the span; rule: 1 when the checks pass, else 0.5. */
  confidence: number;
  /** Rule spans: passed the checksum / format checks (see shared/domain/identifiers). */
  valid?: boolean;
  reason?: string | null;
  masked?: boolean;
}

export interface NerInput {
  text: string;
}

export interface NerResult {
  spans: NerSpan[];
}

interface NerAssets {
  vocab: NerVocab;
  index: Map<string, number>;
}

const piecesPerRun = 32;

function feeds(batch: NerPiece[]): { feeds: Record<string, FeedTensor>; length: number } {
  const length = Math.max(1, ...batch.map((p) => p.chars.length));
  const chars = new BigInt64Array(batch.length * length);
  const bigrams = new BigInt64Array(batch.length * length);
  batch.forEach((piece, row) => {
    piece.chars.forEach((id, t) => {
      chars[row * length + t] = BigInt(id);
      bigrams[row * length + t] = BigInt(piece.bigrams[t] ?? 0);
    });
  });
  const dims = [batch.length, length];
  return { feeds: { chars: { type: 'int64', data: chars, dims }, bigrams: { type: 'int64', data: bigrams, dims } }, length };
}

/** Model spans of every piece, in UTF-16 offsets of the whole text. */
async function modelSpans(session: OnnxSession, text: string, assets: NerAssets): Promise<NerSpan[]> {
  const { vocab } = assets;
  const all = pieces(text, vocab, assets.index);
  const spans: NerSpan[] = [];
  for (let first = 0; first < all.length; first += piecesPerRun) {
    const batch = all.slice(first, first + piecesPerRun);
    const { feeds: input, length } = feeds(batch);
    const out = (await session.run(input)).log_probs;
    if (!out) throw new Error('模型缺少输出 log_probs');
    const k = vocab.tags.length;
    batch.forEach((piece, row) => {
      const n = piece.chars.length;
      const logProbs = out.data.slice(row * length * k, (row * length + n) * k);
      for (const span of tagSpans(viterbi(logProbs, n, vocab.tags), vocab.tags, logProbs)) {
        const start = piece.offsets[span.start] ?? 0;
        const end = piece.offsets[span.end] ?? start;
        const type = span.type as ModelEntityType;
        spans.push({
          type,
          role: null,
          text: text.slice(start, end),
          start,
          end,
          source: 'model',
          confidence: Number(span.confidence.toFixed(4)),
        });
      }
    });
  }
  return spans;
}

/** Rule identifiers, then model spans that do not overlap them; persons get their role. */
export function mergeSpans(text: string, model: NerSpan[]): NerSpan[] {
  const rules: NerSpan[] = findIdentifiers(text).map((s) => ({
    type: s.type,
    role: null,
    text: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    source: 'rule',
    confidence: s.valid ? 1 : 0.5,
    valid: s.valid,
    reason: s.reason,
    masked: s.masked,
  }));
  const kept = model.filter((m) => !rules.some((r) => r.start < m.end && m.start < r.end));
  const persons = kept.filter((s) => s.type === 'person');
  for (const person of persons) person.role = roleBefore(text, person.start, persons);
  return [...rules, ...kept].sort((a, b) => a.start - b.start);
}

export const nerModel = defineModel<NerInput, NerResult, NerAssets>({
  id: 'ner',
  jsonFiles: ['vocab.json'],
  prepare: (json) => {
    const vocab = json['vocab.json'] as NerVocab;
    return { vocab, index: vocabIndex(vocab) };
  },
  exampleInput: (text) => ({ text }),
  check: (input) => (typeof input.text === 'string' ? null : '文本（text）必须是字符串'),
  async run(session, assets, inputs) {
    const results: NerResult[] = [];
    for (const input of inputs) results.push({ spans: mergeSpans(input.text, await modelSpans(session, input.text, assets)) });
    return results;
  },
});
