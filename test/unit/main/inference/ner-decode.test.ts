import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagSpans, viterbi } from '../../../../main/inference/ner-decode';
import { nerPython } from './ner-mirror';

const tags = ['O', 'B-person', 'I-person', 'B-place', 'I-place'];

function logSoftmaxRows(values: number[], k: number): Float32Array {
  const out = new Float32Array(values.length);
  for (let row = 0; row < values.length / k; row += 1) {
    const slice = values.slice(row * k, row * k + k);
    const max = Math.max(...slice);
    const log = Math.log(slice.reduce((s, v) => s + Math.exp(v - max), 0)) + max;
    slice.forEach((v, j) => (out[row * k + j] = v - log));
  }
  return out;
}

describe('NER decoding', () => {
  it('never lets I-X follow O or another type, nor open a text', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 30 })
          .chain((n) => fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: n * 5, maxLength: n * 5 })),
        (values) => {
          const path = viterbi(logSoftmaxRows(values, 5), values.length / 5, tags);
          path.forEach((tag, t) => {
            const name = tags[tag] ?? 'O';
            if (!name.startsWith('I-')) return;
            const before = t === 0 ? 'O' : (tags[path[t - 1] ?? 0] ?? 'O');
            expect(before.slice(2)).toBe(name.slice(2));
          });
        },
      ),
    );
  });

  it('finds the same path and spans as the Python trainer', () => {
    const samples = fc.sample(
      fc
        .integer({ min: 1, max: 40 })
        .chain((n) => fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: n * 5, maxLength: n * 5 })),
      {
        numRuns: 60,
        seed: 7,
      },
    );
    const inputs = samples.map((values) => Array.from(logSoftmaxRows(values, 5)));
    const py = nerPython(
      'decode',
      '(lambda lp: (lambda p: [p, [list(s) for s in spans(p, extra)]])(viterbi(lp, *allowed(extra))))(__import__("numpy").array(item, dtype="float32").reshape(-1, 5))',
      inputs,
      tags,
    ) as Array<[number[], Array<[number, number, string]>]>;
    inputs.forEach((values, i) => {
      const logProbs = Float32Array.from(values);
      const path = viterbi(logProbs, values.length / 5, tags);
      expect(path).toEqual(py[i]?.[0]);
      expect(tagSpans(path, tags, logProbs).map((s) => [s.start, s.end, s.type])).toEqual(py[i]?.[1]);
    });
  });

  it('gives a span the lowest probability of its tags as confidence', () => {
    const p = (row: number[]) => row.map(Math.log);
    const logProbs = Float32Array.from([...p([0.1, 0.9, 0, 0, 0]), ...p([0.3, 0, 0.6, 0.1, 0]), ...p([0.8, 0.1, 0.1, 0, 0])]);
    const spans = tagSpans(viterbi(logProbs, 3, tags), tags, logProbs);
    expect(spans).toHaveLength(1);
    expect(spans[0]).toMatchObject({ start: 0, end: 2, type: 'person' });
    expect(spans[0]?.confidence).toBeCloseTo(0.6, 5);
  });
});
