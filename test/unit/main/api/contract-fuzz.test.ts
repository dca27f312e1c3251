import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { localCaller } from '../../../../main/api/caller';
import { channelNames, channels, errorCodes, isChannelName } from '../../../../shared/contract';
import type { ChannelDef } from '../../../../shared/contract';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

const caller = localCaller('web');
const numRuns = 200;

/** Values that a real field might hold, so some payloads get past validation. */
const plausible = fc.constantFrom<unknown>(
  'lawPush',
  'global',
  'similarCases',
  true,
  false,
  '2026-11-26',
  '2026-02-30',
  0,
  1,
  100,
  500,
  501,
  -1,
  1.5,
  'accepted',
  'edited',
  'ai_output',
  'settings',
  '',
  null,
  undefined,
  '(2026)京0105民初123号',
);

const junk = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const hugeString = fc
  .tuple(fc.constantFrom('x', '中', '"', '\u0000', '\\', '=', '𠮷'), fc.integer({ min: 10_000, max: 400_000 }))
  .map(([ch, n]) => ch.repeat(n));

/** Channels that read a file's bytes after the schema: a corrupt or unsupported file is an input error. */
const fileContentChannels: ReadonlySet<string> = new Set(['review.import']);
/** Channels without an AI output of their own that still run a switched feature (the fuzzed settings.ai.set may turn it off). */
const switchGatedChannels: ReadonlySet<string> = new Set(['review.redact', 'similarCases.buildIndex']);

/** One valid request per channel; the fuzzer mutates these so it also probes just past valid. */
const validSamples: Record<string, Record<string, unknown>> = {
  'judgment.assist': {
    facts: '被告人某某于2016年5月盗窃手机一部，价值人民币3000元。',
    proposed: { charges: ['盗窃罪'], termKind: 'fixed', termMonths: 6 },
  },
  'judgment.amount': { facts: '1、被告人某某盗窃现金3000元。2、盗窃手机一部，价值1.2万余元。', charge: '盗窃' },
  'settings.ai.set': { scope: 'lawPush', enabled: false },
  'audit.list': {
    caseId: 'A',
    feature: 'lawPush',
    actor: '张法官',
    kind: 'settings',
    from: '2026-11-01',
    to: '2026-11-30',
    limit: 10,
    offset: 0,
  },
  'audit.exportCsv': { caseId: 'A', kind: 'ai_output', from: '2026-11-01' },
  'audit.recordDecision': { outputSeq: 1, decision: 'accepted', note: '同意' },
};

function keysOf(channel: ChannelDef): string[] {
  return channel.request instanceof z.ZodObject ? Object.keys(channel.request.shape) : [];
}

/** Payload generators for one channel: junk, random keys, wrong types for the real keys … */
function payloads(channel: ChannelDef): fc.Arbitrary<unknown> {
  const keys = keysOf(channel);
  const realKey = keys.length ? fc.constantFrom(...keys) : fc.constant('x');
  const anyKey = fc.oneof(realKey, fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'));
  const value = fc.oneof(plausible, junk, fc.noShrink(hugeString));
  const sample = validSamples[channel.name] ?? {};
  const mutated = fc
    .tuple(fc.subarray(Object.keys(sample)), fc.option(fc.tuple(anyKey, fc.oneof(plausible, junk)), { nil: undefined }))
    .map(([kept, change]) => {
      const out: Record<string, unknown> = Object.fromEntries(kept.map((k) => [k, sample[k]]));
      if (change) out[change[0]] = change[1];
      return out;
    });
  return fc.oneof(
    { weight: 3, arbitrary: mutated },
    // The sample itself, so the accepting side is always exercised.
    fc.constant(sample),
    junk,
    fc.dictionary(anyKey, value, { maxKeys: 6 }),
    // Only real keys, each with a plausible or a wrong-typed value.
    fc.dictionary(realKey, fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: junk }), {
      maxKeys: keys.length || 1,
    }),
    fc.dictionary(realKey, hugeString, { maxKeys: 2 }),
    // __proto__ as an own key, as JSON.parse makes it.
    fc.tuple(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(realKey, plausible, { maxKeys: keys.length || 1 })).map(([proto, rest]) => {
      const body = JSON.stringify(rest);
      return JSON.parse(`{"__proto__":${JSON.stringify(proto)}${body === '{}' ? '}' : `,${body.slice(1)}`}`) as unknown;
    }),
    fc.constantFrom<unknown>(
      undefined,
      null,
      [],
      '',
      0,
      Object.create(null),
      JSON.parse('{"__proto__":{"polluted":true}}'),
      JSON.parse('{"constructor":{"prototype":{"polluted":true}}}'),
    ),
    // Nested junk under a real key.
    fc.tuple(realKey, fc.array(fc.array(junk, { maxLength: 3 }), { maxLength: 3 })).map(([k, v]) => ({ [k]: v })),
  );
}

describe('contract fuzz: every channel survives random payloads', () => {
  let t: TempApp;
  beforeAll(() => {
    t = openTempApp();
  });
  afterAll(() => t.cleanup());

  it('the valid samples are valid', () => {
    for (const [name, sample] of Object.entries(validSamples)) {
      expect(isChannelName(name)).toBe(true);
      expect((channels as Record<string, ChannelDef>)[name]!.request.safeParse(sample).success).toBe(true);
    }
  });

  it('covers every channel of the contract', () => {
    expect(channelNames.length).toBeGreaterThanOrEqual(8);
    expect(channelNames).toContain('audit.recordDecision');
  });

  for (const name of channelNames) {
    it(`${name}: never throws, always {ok}, VALIDATION whenever the schema rejects`, async () => {
      const channel = channels[name] as ChannelDef;
      let rejected = 0;
      let validCount = 0;
      await fc.assert(
        fc.asyncProperty(payloads(channel), async (payload) => {
          const accepted = channel.request.safeParse(payload).success;
          const result = await t.app.invoke(name, payload, caller);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            expect(typeof result.error.message).toBe('string');
          }
          if (!accepted) {
            rejected += 1;
            expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
          } else {
            validCount += 1;
          }
          if (accepted && !result.ok) {
            // A valid request may still be refused, but never as a validation or internal error;
            // an AI channel also when the fuzzed settings.ai.set has switched its feature off.
            const allowed = [
              ...(channel.aiFeature || switchGatedChannels.has(name) ? ['NOT_FOUND', 'AI_DISABLED'] : ['NOT_FOUND']),
              ...(fileContentChannels.has(name) ? ['VALIDATION'] : []),
            ];
            expect(allowed).toContain(result.error.code);
          }
        }),
        { numRuns },
      );
      // Both sides of the schema were exercised.
      expect(rejected).toBeGreaterThan(0);
      // (A channel added later without a sample here may need every field: then only the
      // rejecting side is guaranteed.)
      if (name in validSamples || channel.request.safeParse({}).success) expect(validCount).toBeGreaterThan(0);
      // Prototype pollution never happened.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('the audit chain is still intact after all of that', async () => {
    expect(await t.app.invoke('audit.verify', {}, caller)).toMatchObject({ ok: true, value: { intact: true } });
  });

  it('random channel names answer UNKNOWN_CHANNEL', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.constantFrom('__proto__', 'hasOwnProperty', 'system.info\u0000', 'System.Info'),
        ),
        fc.anything(),
        async (name, payload) => {
          fc.pre(!isChannelName(name));
          const result = await t.app.invoke(name, payload, caller);
          expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
          expect(!result.ok && result.error.message.length).toBeLessThan(120);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('non-string channel names answer UNKNOWN_CHANNEL too', async () => {
    await fc.assert(
      fc.asyncProperty(junk, async (name) => {
        const result = await t.app.invoke(name as never, {}, caller);
        expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { numRuns: 200 },
    );
  });
});
