// `npm run eval civil`: the civil outcome model (诉讼预期评估) on its held-out judgments, through the
// shipped path (TS parser labels, civilOutcomeInput + neutraliser, two-bag hashed n-grams,
// onnxruntime-node in the worker), beside the baselines computed in this same run on the same
// split: majority outcome / median share, and TF-IDF + logistic regression (sklearn, as trained).
// Prints per-cause counts, interval coverage, calibration and the identity counterfactual; fails
// when a figure leaves the card by more than the tolerance, when the model falls below a baseline
// on macro-F1 or share MAE, or when any counterfactual flips.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import { civilRows, type CivilRow } from '../../models/training/civil_outcome/rows';
import { claimOutcomes } from '../../shared/domain/civil-judgment';
import { modelsDir } from './support/heldout';

/** ORT and torch round differently; a claim on a class boundary may flip (1 of ~170 ≈ 0.006). */
const tolerance = 0.012;
const modelDir = join(modelsDir, 'civil-outcome');

interface Card {
  version: string;
  metrics: Array<{ name: string; value: number }>;
}

function macroF1(gold: number[], pred: number[]): number {
  const f1s: number[] = [];
  for (let c = 0; c < claimOutcomes.length; c += 1) {
    const tp = gold.filter((g, i) => g === c && pred[i] === c).length;
    const fp = gold.filter((g, i) => g !== c && pred[i] === c).length;
    const fn = gold.filter((g, i) => g === c && pred[i] !== c).length;
    if (tp + fn) f1s.push(tp + fp + fn ? (2 * tp) / (2 * tp + fp + fn) : 0);
  }
  return f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : 0;
}

function ece(probs: number[][], gold: number[], bins = 10): number {
  let total = 0;
  for (let b = 0; b < bins; b += 1) {
    const idx = probs.map((p, i) => ({ p, i })).filter(({ p }) => Math.max(...p) > b / bins && Math.max(...p) <= (b + 1) / bins);
    if (!idx.length) continue;
    const acc = idx.filter(({ p, i }) => p.indexOf(Math.max(...p)) === gold[i]).length / idx.length;
    const conf = idx.reduce((s, { p }) => s + Math.max(...p), 0) / idx.length;
    total += (idx.length / probs.length) * Math.abs(acc - conf);
  }
  return total;
}

const argmax = (p: number[]) => p.indexOf(Math.max(...p));
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

function tfidfBaseline(train: CivilRow[], test: CivilRow[]): number[] {
  const script = [
    'import json, sys',
    `sys.path.insert(0, ${JSON.stringify(join(process.cwd(), 'models', 'training'))})`,
    'from train_civil_outcome import tfidf_baseline',
    'train, test = json.loads(sys.stdin.read())',
    'print(json.dumps(tfidf_baseline(train, test)))',
  ].join('\n');
  const slim = (rows: CivilRow[]) => rows.map((r) => ({ input: r.input, outcome: r.outcome }));
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify([slim(train), slim(test)]), maxBuffer: 1 << 28 }).toString(),
  ) as number[];
}

async function main(): Promise<number> {
  const card = JSON.parse(readFileSync(join(modelDir, 'card.json'), 'utf8')) as Card;
  const heldout = JSON.parse(readFileSync(join(modelDir, 'heldout.json'), 'utf8')) as { test: string[]; dev: string[] };
  const { rows, perCause } = civilRows();
  const testDocs = new Set(heldout.test);
  const devDocs = new Set(heldout.dev);
  const test = rows.filter((r) => testDocs.has(r.doc));
  const train = rows.filter((r) => !testDocs.has(r.doc) && !devDocs.has(r.doc));
  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  let failed = false;
  try {
    const run = (facts: (r: CivilRow) => string, names: (r: CivilRow) => string[]) =>
      host.run(
        'civil-outcome',
        test.map((r) => ({ cause: r.cause, kind: r.kind, claim: r.claim, facts: facts(r), names: names(r) })),
        { feature: 'outcomeEstimation', explain: false },
      );
    const { outputs } = await run(
      (r) => r.facts,
      () => [],
    );
    const probs = outputs.map((o) => [o.probabilities.full, o.probabilities.partial, o.probabilities.rejected]);
    const gold = test.map((r) => claimOutcomes.indexOf(r.outcome));
    const pred = probs.map(argmax);
    const withShare = test.map((r, i) => ({ r, o: outputs[i] })).filter((x) => x.r.share !== null);
    const shareMae = withShare.reduce((s, x) => s + Math.abs((x.o?.share.median ?? 0) - (x.r.share ?? 0)), 0) / withShare.length;
    const coverage =
      withShare.filter((x) => x.o && x.o.share.interval[0] <= (x.r.share ?? 0) && (x.r.share ?? 0) <= x.o.share.interval[1]).length /
      withShare.length;

    const trainGold = train.map((r) => claimOutcomes.indexOf(r.outcome));
    const counts = claimOutcomes.map((_, c) => trainGold.filter((g) => g === c).length);
    const majority = counts.indexOf(Math.max(...counts));
    const medianShare = median(train.filter((r) => r.share !== null).map((r) => r.share ?? 0));
    const tfidf = tfidfBaseline(train, test);

    const acc = (p: number[]) => gold.filter((g, i) => g === p[i]).length / gold.length;
    const model = {
      accuracy: acc(pred),
      macroF1: macroF1(gold, pred),
      ece: ece(probs, gold),
      shareMAE: shareMae,
      intervalCoverage: coverage,
    };
    const base = {
      majority: {
        accuracy: acc(gold.map(() => majority)),
        macroF1: macroF1(
          gold,
          gold.map(() => majority),
        ),
      },
      tfidf: { accuracy: acc(tfidf), macroF1: macroF1(gold, tfidf) },
      medianShareMAE: withShare.reduce((s, x) => s + Math.abs(medianShare - (x.r.share ?? 0)), 0) / withShare.length,
    };

    console.log(
      `civil-outcome ${card.version}: ${test.length} held-out claims of ${testDocs.size} judgments (train ${train.length} claims)`,
    );
    const pad = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? 30 : 14)).join('');
    console.log(pad(['metric', 'model', 'card', 'tfidf+LR', 'majority/median']));
    const row = (name: string, value: number, tfidfValue: string, majorityValue: string) => {
      const committed = card.metrics.find((m) => m.name === name)?.value;
      const ok = committed !== undefined && Math.abs(committed - value) <= tolerance;
      if (!ok) failed = true;
      console.log(
        pad([name, value.toFixed(4), committed?.toFixed(4) ?? '—', tfidfValue, majorityValue]) +
          (ok ? '' : `  ✗ 与模型说明相差超过 ${tolerance}`),
      );
    };
    row('claimOutcome.accuracy', model.accuracy, base.tfidf.accuracy.toFixed(4), base.majority.accuracy.toFixed(4));
    row('claimOutcome.macroF1', model.macroF1, base.tfidf.macroF1.toFixed(4), base.majority.macroF1.toFixed(4));
    row('claimOutcome.ece', model.ece, '—', '—');
    row('awardShare.mae', model.shareMAE, '—', base.medianShareMAE.toFixed(4));
    row('awardShare.intervalCoverage', model.intervalCoverage, '—', '—');
    const stated = outputs[0]?.share.coverage ?? 0;
    console.log(
      `interval: stated coverage ${stated}, measured ${model.intervalCoverage.toFixed(4)} on ${withShare.length} claims with a share`,
    );
    // Reported, not failed on: the card states both shortfalls in its limits.
    if (model.intervalCoverage < stated - 0.05) console.log(`注意：区间实测覆盖率低于标称的 ${stated}（模型说明已列明）`);
    if (model.ece > 0.05) console.log('注意：ECE 高于 0.05 的目标（模型说明已列明）');

    if (model.macroF1 < base.tfidf.macroF1 || model.macroF1 < base.majority.macroF1) {
      console.log('✗ 模型的 macro-F1 低于基线');
      failed = true;
    }
    if (model.accuracy < base.tfidf.accuracy) console.log('注意：模型准确率低于 TF-IDF + LR 基线（见模型说明）');
    if (model.shareMAE > base.medianShareMAE) {
      console.log('✗ 支持比例 MAE 高于中位数基线');
      failed = true;
    }

    console.log('\nper cause (judgments / claims in all data; held-out claims; model vs TF-IDF accuracy):');
    for (const [cause, stat] of Object.entries(perCause)) {
      const idx = test.map((r, i) => (r.cause === cause ? i : -1)).filter((i) => i >= 0);
      const a = idx.length ? idx.filter((i) => pred[i] === gold[i]).length / idx.length : NaN;
      const b = idx.length ? idx.filter((i) => tfidf[i] === gold[i]).length / idx.length : NaN;
      console.log(
        `  ${cause.padEnd(12)} ${String(stat.judgments).padStart(4)} / ${String(stat.claims).padStart(4)}   test ${String(idx.length).padStart(3)}   ${a.toFixed(3)} vs ${b.toFixed(3)}`,
      );
    }
    console.log('  买卖合同、机动车交通事故、信用卡、物业服务、房屋租赁：数据中无可解析的一审判决 → 法条与要件估计（不在此评估）');

    const sideA = await run(
      (r) =>
        `原告${r.pair[0].name}，${r.pair[0].gender}，${r.pair[0].ethnicity}，出生于${r.pair[0].birthplace}，${r.pair[0].occupation}。${r.facts}`,
      (r) => (r.pair[0].givenName ? [r.pair[0].name] : []),
    );
    const sideB = await run(
      (r) =>
        `原告${r.pair[1].name}，${r.pair[1].gender}，${r.pair[1].ethnicity}，出生于${r.pair[1].birthplace}，${r.pair[1].occupation}。${r.facts}`,
      (r) => (r.pair[1].givenName ? [r.pair[1].name] : []),
    );
    const flips = sideA.outputs.filter((o, i) => JSON.stringify(o) !== JSON.stringify(sideB.outputs[i])).length;
    console.log(
      `\nfairness counterfactual (name, gender, ethnicity, birthplace, occupation swapped): ${flips} of ${test.length} claims changed`,
    );
    if (flips > 0) failed = true;
  } finally {
    await host.close();
  }
  console.log(failed ? '评估未通过' : `评估通过（与模型说明的容差 ${tolerance}）`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
