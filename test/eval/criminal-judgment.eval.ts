// `npm run eval criminal`: recomputes the criminal judgment card's held-out figures from the committed
// model through the shipped path (TS neutraliser + featuriser, onnxruntime-node in the worker) and
// fails when they differ from card.json by more than the tolerance. Prints them beside baselines.
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import type { CriminalPrediction } from '../../main/inference/criminal-judgment';
import { meanTermScore, multilabelF1 } from '../../models/training/criminal-judgment-metrics';
import type { Term } from '../../models/training/criminal-judgment-metrics';
import type { HeldoutCase as Row, Side } from './support/heldout';
import {
  counterfactual,
  counterfactualPairs,
  modelsDir,
  printFigure,
  printTableHeader,
  printVerdict,
  readCard,
  readHeldoutCases,
} from './support/heldout';

/** ORT and torch differ in float rounding; a case on a threshold may flip. 0.005 ≈ 6 of 1,237 cases. */
const tolerance = 0.005;
const modelDir = join(modelsDir, 'criminal-judgment');

const chargeSet = (p: CriminalPrediction) => new Set(p.charges.map((c) => c.name));
const articleSet = (p: CriminalPrediction) => new Set(p.articles.map((a) => String(a.article)));

function scores(rows: Row[], predictions: CriminalPrediction[]): Record<string, number> {
  const charges = multilabelF1(
    rows.map((r) => new Set(r.charges)),
    predictions.map(chargeSet),
  );
  const withArticles = rows.flatMap((r, i) => (r.articles ? [i] : []));
  const articles = multilabelF1(
    withArticles.map((i) => new Set(rows[i]?.articles)),
    withArticles.map((i) => articleSet(predictions[i] as CriminalPrediction)),
  );
  const withTerm = rows.flatMap((r, i) => (r.term ? [i] : []));
  const term = meanTermScore(
    withTerm.map((i) => rows[i]?.term as Term),
    withTerm.map((i) => ({ kind: predictions[i]?.term.kind ?? 'fixed', months: predictions[i]?.term.months ?? 0 })),
  );
  return {
    'charges.microF1': charges.micro,
    'charges.macroF1': charges.macro,
    'articles.microF1': articles.micro,
    'articles.macroF1': articles.macro,
    'term.score': term,
  };
}

async function main(): Promise<number> {
  const card = readCard(modelDir);
  const pairs = counterfactualPairs();
  const rows = readHeldoutCases(modelDir);
  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  const started = Date.now();
  try {
    const predict = async (inputs: Array<{ fact: string; names: string[] }>) =>
      (await host.predictCriminal(inputs, { feature: 'lawPush', explain: false })).predictions;
    const measured = scores(rows, await predict(rows.map((r) => ({ fact: r.fact, names: r.names }))));
    const cail = rows.filter((r) => r.source.startsWith('cases/cail2018/'));
    const sides = [0, 1].map((s) => cail.map((r, i) => counterfactual(r, pairs[i % pairs.length]?.[s] as Side)));
    const [a, b] = [await predict(sides[0] ?? []), await predict(sides[1] ?? [])];
    // A flip is a changed decision (charge set, article set, term), as in the training script.
    const decision = (p: CriminalPrediction | undefined) =>
      p ? JSON.stringify([[...chargeSet(p)].sort(), [...articleSet(p)].sort(), p.term.kind, p.term.months]) : '';
    const flips = cail.filter((_, i) => decision(a?.[i]) !== decision(b?.[i])).length;
    measured['fairness.flipRate'] = cail.length ? flips / cail.length : 0;

    let failed = false;
    console.log(
      `criminal-judgment ${card.version}: ${rows.length} held-out cases, fairness on ${cail.length} (${Date.now() - started} ms)`,
    );
    printTableHeader();
    for (const [name, value] of Object.entries(measured)) {
      if (!printFigure(card, name, value, tolerance)) failed = true;
    }
    return printVerdict(failed, tolerance);
  } finally {
    await host.close();
  }
}

process.exitCode = await main();
