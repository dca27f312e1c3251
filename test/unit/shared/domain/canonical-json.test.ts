import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';

/** Rebuilds every object in `value` with its keys in a shuffled order. */
function shuffleKeys(value: unknown, order: number[]): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, order));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  const shuffled = entries
    .map((e, i) => [e, order[i % (order.length || 1)] ?? i] as const)
    .sort((a, b) => a[1] - b[1])
    .map(([e]) => e);
  const out: Record<string, unknown> = {};
  for (const [k, v] of shuffled)
    Object.defineProperty(out, k, { value: shuffleKeys(v, order), enumerable: true, writable: true, configurable: true });
  return out;
}

describe('canonicalJson', () => {
  it('sorts keys at every level, without whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: '中' } })).toBe('{"a":{"c":"中","d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson([{ b: 1, a: 2 }, [], {}])).toBe('[{"a":2,"b":1},[],{}]');
  });

  it('writes scalars as JSON does', () => {
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson(true)).toBe('true');
    expect(canonicalJson(0)).toBe('0');
    expect(canonicalJson(-0)).toBe('0');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(canonicalJson('引号"与\\反斜杠\n')).toBe(JSON.stringify('引号"与\\反斜杠\n'));
  });

  it('drops undefined members, writes undefined array items as null', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson({ a: { x: undefined } })).toBe('{"a":{}}');
    expect(canonicalJson([1, undefined, 2])).toBe('[1,null,2]');
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('refuses NaN and infinities anywhere, with a Chinese message', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, { a: Number.NaN }, [1, [Infinity]], { deep: { er: [-Infinity] } }]) {
      expect(() => canonicalJson(bad)).toThrow('规范化JSON不支持非有限数值');
    }
  });

  it('keeps __proto__ as an ordinary own key', () => {
    const value = JSON.parse('{"z":1,"__proto__":{"polluted":true}}') as unknown;
    expect(canonicalJson(value)).toBe('{"__proto__":{"polluted":true},"z":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('property: parses back to the value JSON.stringify would give, and is idempotent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).not.toMatch(/^\s|\s$/);
        // Idempotent: canonical of the parsed canonical form is itself.
        expect(canonicalJson(JSON.parse(text))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('property: key order never changes the output', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(100), { minLength: 1, maxLength: 10 }), (value, order) => {
        expect(canonicalJson(shuffleKeys(value, order))).toBe(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('property: equal strings only for equal values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        const sameAfterSort = canonicalJson(a) === canonicalJson(b);
        if (sameAfterSort) expect(JSON.parse(canonicalJson(a))).toEqual(JSON.parse(canonicalJson(b)));
      }),
      { numRuns: 300 },
    );
  });

  it('property: objects with the same entries inserted in any order are equal', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string(), fc.jsonValue({ maxDepth: 2 })), { selector: ([k]) => k, maxLength: 8 }),
        (entries) => {
          const forward = Object.fromEntries(entries);
          const backward = Object.fromEntries([...entries].reverse());
          expect(canonicalJson(forward)).toBe(canonicalJson(backward));
        },
      ),
      { numRuns: 300 },
    );
  });
});
