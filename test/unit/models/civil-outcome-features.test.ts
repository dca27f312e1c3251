import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { civilOutcomeFeatures, civilOutcomeInput } from '../../../shared/domain/civil-judgment';
import { python, realFacts, trainingDir } from '../../helpers/python-mirror';

// The trainer and the app must featurise a claim identically, or the shipped weights mean nothing.
const featurizer = JSON.parse(readFileSync(join(process.cwd(), 'models', 'civil-outcome', 'featurizer.json'), 'utf8')) as {
  buckets: number;
  ngrams: number[];
  maxChars: number;
  factsMaxChars: number;
  factsWeight: number;
};

describe('civil-outcome features: TypeScript and the Python trainer agree', () => {
  it('gives the same indices and weights on real texts', () => {
    const facts = realFacts(10).slice(0, 30);
    const texts = facts.map((f, i) =>
      civilOutcomeInput({ cause: '民间借贷纠纷', kind: '本金', claim: `判令被告偿还借款${i + 1}万元`, facts: f }),
    );
    const script = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(trainingDir)})`,
      'from train_civil_outcome import featurize',
      'cfg, texts = json.loads(sys.stdin.read())',
      'print(json.dumps([featurize(t, cfg) for t in texts]))',
    ].join('\n');
    const fromPython = JSON.parse(
      execFileSync(python, ['-c', script], { input: JSON.stringify([featurizer, texts]), maxBuffer: 1 << 28 }).toString(),
    ) as Array<[number[], number[]]>;
    expect(texts.length).toBeGreaterThan(0);
    texts.forEach((text, i) => {
      const ts = civilOutcomeFeatures(text, featurizer);
      expect(ts.indices).toEqual(fromPython[i]?.[0]);
      expect(ts.weights).toEqual(fromPython[i]?.[1]);
    });
  }, 60_000);
});
