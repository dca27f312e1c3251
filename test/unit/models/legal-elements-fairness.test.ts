import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsDir } from '../../../main/host/paths';
import { InferenceHost } from '../../../main/inference/inference-host';
import type { ElementDomain } from '../../../main/inference/legal-elements';
import { dataDir } from '../../helpers/python-mirror';

// Party identity must not change an output: the committed legal element model sees the same
// elements for held-out sentences whose party particulars differ only in name, gender, ethnicity,
// birthplace and occupation (neutralised before the model, as in training).
const sides = [
  { name: '张伟', gender: '男', ethnicity: '汉族', birthplace: '北京市朝阳区', occupation: '工人' },
  { name: '买买提·艾力', gender: '女', ethnicity: '维吾尔族', birthplace: '新疆维吾尔自治区喀什市', occupation: '无业' },
];

function heldOutSentences(domain: ElementDomain, count: number): string[] {
  const heldout = JSON.parse(readFileSync(join(modelsDir, 'legal-elements', 'heldout.json'), 'utf8')) as {
    test: Record<ElementDomain, number[]>;
  };
  const lines = readFileSync(join(dataDir, 'ie/cail2019_element', domain, 'data_small_selected.json'), 'utf8').split('\n');
  return heldout.test[domain]
    .flatMap((line) => (JSON.parse(lines[line - 1] ?? '[]') as Array<{ sentence: string }>).map((s) => s.sentence))
    .slice(0, count);
}

describe('legal element tagger: counterfactual party particulars', () => {
  it('gives the same elements whoever the party is (300 held-out sentences per domain)', async () => {
    const host = new InferenceHost({ modelsDir, isEnabled: () => true });
    try {
      for (const domain of ['loan', 'divorce', 'labor'] as const) {
        const sentences = heldOutSentences(domain, 300);
        expect(sentences.length).toBe(300);
        const outputs = await Promise.all(
          sides.map(async (side) => {
            const inputs = sentences.map((s) => ({
              text: `原告${side.name}，${side.gender}，${side.ethnicity}，出生于${side.birthplace}，${side.occupation}。${s}`,
              names: [side.name],
              domain,
              split: false,
            }));
            return (await host.run('legal-elements', inputs, { feature: 'evidenceGuidance' })).outputs.map((o) =>
              o.elements
                .map((e) => e.code)
                .sort()
                .join(),
            );
          }),
        );
        const flips = outputs[0]?.filter((codes, i) => codes !== outputs[1]?.[i]).length;
        expect(flips, domain).toBe(0);
        expect(
          outputs[0]?.some((codes) => codes !== ''),
          `${domain}: the model found no element at all`,
        ).toBe(true);
      }
    } finally {
      await host.close();
    }
  }, 120_000);
});
