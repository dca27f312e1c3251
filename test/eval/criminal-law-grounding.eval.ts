// `npm run eval criminal-law-grounding`: what 刑法 grounding adds to the criminal-judgment model on
// held-out judgments (cases/judge_test, used by no training): charge set F1 of the model alone, with
// element re-ranking, with 罪状 matches added under several rules (chosen on the even rows, reported on
// the odd rows), 分则 article F1 (model head vs catalogue articles of the charges), and per 总则
// article precision/recall of the circumstance triggers beside "always the most frequent" baselines.
import { InferenceHost } from '../../main/inference/inference-host';
import type { CriminalPrediction } from '../../main/inference/criminal-judgment';
import type { StatuteRule } from '../../main/services/judgment';
import { chargeDistinctions, CriminalGrounding, loadChargeCatalogue, modelChargeLabels } from '../../main/services/judgment';
import { ChargeIndex } from '../../shared/domain/criminal-law';
import { openCriminalLawStore } from './support/criminal-law-store';
import { dataDir, modelsDir } from './support/heldout';
import type { JudgeTestCase } from './support/judge-test';
import { readJudgeTest } from './support/judge-test';

const generalArticleIds = [17, 22, 23, 24, 25, 26, 27, 28, 52, 53, 64, 65, 67, 68, 69, 72, 73];
/** The 总则 article precision/recall shown must not fall below "always 67" in micro-F1. */
const caseDate = '2018-06-01';

function setF1(gold: Set<string>, predicted: Set<string>): number {
  if (gold.size === 0 && predicted.size === 0) return 1;
  const hit = [...predicted].filter((p) => gold.has(p)).length;
  return hit === 0 ? 0 : (2 * hit) / (gold.size + predicted.size);
}

function micro(golds: Array<Set<string>>, preds: Array<Set<string>>): { p: number; r: number; f1: number } {
  let tp = 0;
  let np = 0;
  let ng = 0;
  golds.forEach((g, i) => {
    const p = preds[i] ?? new Set<string>();
    tp += [...p].filter((x) => g.has(x)).length;
    np += p.size;
    ng += g.size;
  });
  const p = np ? tp / np : 0;
  const r = ng ? tp / ng : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
const f = (x: number) => x.toFixed(3);

async function main(): Promise<void> {
  const rows = readJudgeTest();
  if (rows.length === 0) {
    console.log('跳过：找不到 cases/judge_test（团队数据目录）');
    return;
  }
  const catalogue = loadChargeCatalogue({ dataFolder: dataDir, modelsDir });
  const index = new ChargeIndex(catalogue);
  const gold = rows.map((r) => new Set(r.charges.map((c) => index.get(c)?.name).filter((c): c is string => !!c)));
  const goldSpecific = rows.map((r) => new Set(r.articles.filter((a) => a >= 102).map(String)));
  const goldGeneral = rows.map((r) => new Set(r.articles.filter((a) => generalArticleIds.includes(a)).map(String)));
  console.log(`judge_test: ${rows.length} 件，罪名可对应到罪名表的 ${gold.filter((g) => g.size).length} 件；罪名表：${catalogue.source}`);

  const host = new InferenceHost({ modelsDir, isEnabled: () => true });
  const store = openCriminalLawStore();
  try {
    const started = Date.now();
    const predictions: CriminalPrediction[] = [];
    for (let i = 0; i < rows.length; i += 32) {
      const batch = rows.slice(i, i + 32).map((r) => ({ fact: r.text }));
      predictions.push(...(await host.predictCriminal(batch, { feature: 'lawPush', explain: false })).predictions);
    }
    console.log(`model: ${rows.length} facts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const modelNames = predictions.map((p) => new Set(p.charges.map((c) => index.get(c.name)?.name ?? c.name)));

    const grounder = (rule: StatuteRule, rerank: boolean) =>
      new CriminalGrounding({
        laws: store.laws,
        catalogue: () => catalogue,
        modelLabels: () => modelChargeLabels(modelsDir),
        distinctions: chargeDistinctions,
        statuteRule: rule,
        rerank,
      });
    const run = (g: CriminalGrounding) =>
      rows.map((r, i) => g.ground({ facts: r.text, prediction: predictions[i] as CriminalPrediction, caseDate }));
    const chargeSets = (out: ReturnType<typeof run>) => out.map((o) => new Set(o.charges.map((c) => c.name)));

    const split = (pick: 0 | 1) => rows.flatMap((_, i) => (i % 2 === pick ? [i] : []));
    const dev = split(0);
    const test = split(1);
    const score = (sets: Array<Set<string>>, idx: number[]) => mean(idx.map((i) => setF1(gold[i] as Set<string>, sets[i] as Set<string>)));

    const variants: Array<{ name: string; rule: StatuteRule; rerank: boolean }> = [
      { name: '+ element re-rank', rule: { addWhenModelBelow: null }, rerank: true },
      ...[0.3, 0.5, 0.7, 1.01].map((t) => ({
        name: `+ re-rank + 罪状 top-1 when model < ${t}`,
        rule: { addWhenModelBelow: t },
        rerank: true,
      })),
      ...[0.3, 0.5].map((t) => ({ name: `+ 罪状 top-1 when model < ${t} (no re-rank)`, rule: { addWhenModelBelow: t }, rerank: false })),
    ];
    console.log('\nCharges — mean per-case set F1 (dev = even rows, test = odd rows), micro-F1 on all:');
    console.log(`  ${'variant'.padEnd(44)} dev    test   all(micro)`);
    const line = (name: string, sets: Array<Set<string>>) =>
      console.log(`  ${name.padEnd(44)} ${f(score(sets, dev))}  ${f(score(sets, test))}  ${f(micro(gold, sets).f1)}`);
    line('model alone (names normalised)', modelNames);
    const results = new Map<string, Array<Set<string>>>();
    let grounded: ReturnType<typeof run> | null = null;
    for (const v of variants) {
      const out = run(grounder(v.rule, v.rerank));
      if (v.name === '+ element re-rank') grounded = out;
      results.set(v.name, chargeSets(out));
      line(v.name, chargeSets(out));
    }
    const bestOnDev = [...results].sort((a, b) => score(b[1], dev) - score(a[1], dev))[0];
    console.log(`  best on dev: ${bestOnDev?.[0]} → test ${f(score(bestOnDev?.[1] ?? [], test))}`);
    const shipped = results.get('+ element re-rank') ?? [];
    const moved = grounded?.filter((o) => o.charges.some((c) => c.source === 'element-rule')).length ?? 0;
    console.log(
      `  re-ranked cases: ${moved}; coverage of gold charges by answer ∪ 其他可能罪名: ${f(
        micro(
          gold,
          (grounded ?? []).map((o) => new Set([...o.charges, ...o.otherCharges].map((c) => c.name))),
        ).r,
      )} (answer alone ${f(micro(gold, shipped).r)})`,
    );

    console.log('\n分则 articles — micro P/R/F1 against the cited articles ≥ 102:');
    const modelArticles = predictions.map((p) => new Set(p.articles.filter((a) => a.article >= 102).map((a) => String(a.article))));
    const groundedArticles = (grounded ?? []).map((o) => new Set(o.articles.map((a) => String(a.article))));
    const catalogueOnly = (grounded ?? []).map(
      (o) => new Set(o.articles.filter((a) => a.source === 'catalogue').map((a) => String(a.article))),
    );
    for (const [name, sets] of [
      ['model article head', modelArticles],
      ['catalogue articles of the charges', catalogueOnly],
      ['shipped (catalogue ∪ model head)', groundedArticles],
    ] as const) {
      const m = micro(goldSpecific, [...sets]);
      console.log(`  ${name.padEnd(44)} P ${f(m.p)}  R ${f(m.r)}  F1 ${f(m.f1)}`);
    }

    console.log('\n总则 articles — per article (gold count, precision, recall):');
    const predictedGeneral = (grounded ?? []).map((o) => new Set(o.generalArticles.map((g) => String(g.article))));
    for (const a of generalArticleIds) {
      const id = String(a);
      const support = goldGeneral.filter((g) => g.has(id)).length;
      const predicted = predictedGeneral.filter((p) => p.has(id)).length;
      const hits = goldGeneral.filter((g, i) => g.has(id) && predictedGeneral[i]?.has(id)).length;
      if (support === 0 && predicted === 0) continue;
      console.log(
        `  第${id}条`.padEnd(8),
        `gold ${String(support).padStart(3)}  predicted ${String(predicted).padStart(3)}  P ${f(predicted ? hits / predicted : 0)}  R ${f(support ? hits / support : 0)}`,
      );
    }
    const frequency = generalArticleIds
      .map((a) => ({ a: String(a), n: goldGeneral.filter((g) => g.has(String(a))).length }))
      .sort((x, y) => y.n - x.n);
    const always = (k: number) => rows.map(() => new Set(frequency.slice(0, k).map((x) => x.a)));
    const shippedGeneral = micro(goldGeneral, predictedGeneral);
    console.log('  micro over the 总则 articles above:');
    console.log(
      `    triggers (shipped)                         P ${f(shippedGeneral.p)}  R ${f(shippedGeneral.r)}  F1 ${f(shippedGeneral.f1)}`,
    );
    let bestBaseline = 0;
    for (const k of [1, 2, 4]) {
      const m = micro(goldGeneral, always(k));
      bestBaseline = Math.max(bestBaseline, m.f1);
      console.log(
        `    always the ${k} most frequent (${frequency
          .slice(0, k)
          .map((x) => x.a)
          .join(',')})`.padEnd(47),
        `P ${f(m.p)}  R ${f(m.r)}  F1 ${f(m.f1)}`,
      );
    }
    const modelAlone = score(modelNames, test);
    const shippedScore = score(shipped, test);
    const verdicts = [
      [`charge set F1 (test rows) with grounding ${f(shippedScore)} ≥ model alone ${f(modelAlone)}`, shippedScore >= modelAlone],
      [`总则 micro-F1 ${f(shippedGeneral.f1)} ≥ best "always" baseline ${f(bestBaseline)}`, shippedGeneral.f1 >= bestBaseline],
    ] as const;
    console.log('');
    for (const [text, ok] of verdicts) {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${text}`);
      if (!ok) process.exitCode = 1;
    }
  } finally {
    store.close();
    await host.close();
  }
}

export type { JudgeTestCase };
await main();
