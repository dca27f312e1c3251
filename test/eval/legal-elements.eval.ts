// `npm run eval legal-elements`: recomputes the legal element tagger's held-out micro-/macro-F1 per
// domain from the committed model through the shipped path (TS neutraliser + hashed n-grams,
// onnxruntime-node in the worker) and fails when a figure differs from card.json by more than the
// tolerance. Prints them beside the majority and TF-IDF + linear baselines of the same training run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import type { ElementDomain } from '../../main/inference/legal-elements';
import { elementDomains } from '../../main/inference/legal-elements';
import { dataDir, modelsDir, printFigure, printTableHeader, printVerdict, readCard } from './support/heldout';

/** ORT and torch round differently; a sentence on the threshold may flip. 0.005 ≈ 5 of ~1,000 labels. */
const tolerance = 0.005;
const modelDir = join(modelsDir, 'legal-elements');

interface Sentence {
  sentence: string;
  labels: string[];
}

function testSentences(domain: ElementDomain, lines: number[]): Sentence[] {
  const all = readFileSync(join(dataDir, 'ie/cail2019_element', domain, 'data_small_selected.json'), 'utf8').split('\n');
  return lines.flatMap((line) => JSON.parse(all[line - 1] ?? '[]') as Sentence[]);
}

/** micro-F1 over all labels; macro-F1 over the labels present in gold (as the trainer computes it). */
function f1s(gold: string[][], predicted: string[][], codes: string[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const per: number[] = [];
  for (const code of codes) {
    let t = 0;
    let f = 0;
    let n = 0;
    gold.forEach((g, i) => {
      const inGold = g.includes(code);
      const inPred = (predicted[i] ?? []).includes(code);
      if (inGold && inPred) t += 1;
      else if (inPred) f += 1;
      else if (inGold) n += 1;
    });
    tp += t;
    fp += f;
    fn += n;
    if (t + n) per.push((2 * t) / (2 * t + f + n));
  }
  return {
    microF1: tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0,
    macroF1: per.length ? per.reduce((a, b) => a + b, 0) / per.length : 0,
  };
}

async function main(): Promise<number> {
  const card = readCard(modelDir);
  const heldout = JSON.parse(readFileSync(join(modelDir, 'heldout.json'), 'utf8')) as { test: Record<ElementDomain, number[]> };
  const featurizer = JSON.parse(readFileSync(join(modelDir, 'featurizer.json'), 'utf8')) as {
    domains: Record<ElementDomain, { codes: string[] }>;
  };
  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  let failed = false;
  try {
    console.log(`legal-elements ${card.version}`);
    printTableHeader(['sentences']);
    for (const domain of elementDomains) {
      const sentences = testSentences(domain, heldout.test[domain]);
      const { outputs } = await host.run(
        'legal-elements',
        sentences.map((s) => ({ text: s.sentence, domain, split: false })),
        { feature: 'evidenceGuidance', explain: false },
      );
      const predicted = outputs.map((o) => o.elements.map((e) => e.code));
      const measured = f1s(
        sentences.map((s) => s.labels),
        predicted,
        featurizer.domains[domain].codes,
      );
      for (const [metric, value] of Object.entries(measured)) {
        if (!printFigure(card, `${domain}.${metric}`, value, tolerance, [String(sentences.length)])) failed = true;
      }
    }
    return printVerdict(failed, tolerance);
  } finally {
    await host.close();
  }
}

process.exitCode = await main();
