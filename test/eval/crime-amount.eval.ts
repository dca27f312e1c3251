// `npm run eval crime-amount`: 涉案金额计算 on criminal judgments in ../shared/data whose total the
// judgment itself states. The labels are DERIVED from the text (crime-amount-labels.ts: the stated
// total is the label and is cut from the input); a sample was read by hand and the verdicts are in
// crime-amount-handcheck.json. Prints exact match and within-1 % beside two baselines (the largest
// amount in the text; the sum of every amount) and fails when exact match is under the target.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCrimeAmount, findMoney } from '../../shared/domain/crime-amount';
import type { AmountCase } from './crime-amount-labels';
import { deriveAmountCases } from './crime-amount-labels';

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = process.env.JUDGEDESK_SHARED_DATA ?? join(here, '..', '..', '..', 'shared', 'data');
const target = 0.9;

interface HandCheck {
  checked: { id: string; verdict: 'ok' | 'wrong' | 'unclear'; note?: string }[];
}

type Predictor = (c: AmountCase) => number;
const amounts = (c: AmountCase) =>
  findMoney(c.input)
    .filter((m) => m.currency === 'CNY')
    .map((m) => m.value);
const predictors: [string, Predictor][] = [
  ['rules (computeCrimeAmount)', (c) => computeCrimeAmount(c.input, c.charge || undefined).total],
  ['baseline: largest amount', (c) => Math.max(0, ...amounts(c))],
  ['baseline: sum of all amounts', (c) => amounts(c).reduce((s, v) => s + v, 0)],
];

function score(cases: AmountCase[], predict: Predictor): { exact: number; within1: number } {
  let exact = 0;
  let within1 = 0;
  for (const c of cases) {
    const p = predict(c);
    if (Math.abs(p - c.label) < 0.01) exact += 1;
    if (Math.abs(p - c.label) <= 0.01 * c.label) within1 += 1;
  }
  return { exact: exact / Math.max(1, cases.length), within1: within1 / Math.max(1, cases.length) };
}

function main(): void {
  if (!existsSync(join(dataDir, 'cases'))) {
    console.log(`跳过：未找到团队数据目录 ${dataDir}`);
    return;
  }
  const all = deriveAmountCases(dataDir);
  const check = JSON.parse(readFileSync(join(here, 'crime-amount-handcheck.json'), 'utf8')) as HandCheck;
  const verdicts = new Map(check.checked.map((c) => [c.id, c.verdict]));
  const count = (verdict: string) => all.filter((c) => verdicts.get(c.id) === verdict).length;
  // The clean set: derived labels a reader confirmed. Cases derived after the check are left out of it.
  const clean = all.filter((c) => verdicts.get(c.id) === 'ok');
  const bySource = new Map<string, number>();
  for (const c of all) bySource.set(c.id.split(/[/#]/u)[0] ?? '', (bySource.get(c.id.split(/[/#]/u)[0] ?? '') ?? 0) + 1);

  console.log(`labels: derived from the judgments' own stated totals (label never in the input), ${all.length} cases`);
  console.log(`  by source: ${[...bySource].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  const unchecked = all.filter((c) => !verdicts.has(c.id)).length;
  console.log(
    `  hand-checked: ${all.length - unchecked} of ${all.length} read by hand: ${count('ok')} ok, ${count('wrong')} wrong, ${count('unclear')} unclear (clean set = the ${clean.length} ok)${unchecked ? `; ${unchecked} derived since the check, not in the clean set` : ''}`,
  );
  console.log('');
  console.log(
    `${'predictor'.padEnd(34)} ${'exact (all)'.padStart(12)} ${'±1% (all)'.padStart(10)} ${'exact (clean)'.padStart(14)} ${'±1% (clean)'.padStart(12)}`,
  );
  for (const [name, predict] of predictors) {
    const a = score(all, predict);
    const k = score(clean, predict);
    console.log(
      `${name.padEnd(34)} ${a.exact.toFixed(3).padStart(12)} ${a.within1.toFixed(3).padStart(10)} ${k.exact.toFixed(3).padStart(14)} ${k.within1.toFixed(3).padStart(12)}`,
    );
  }
  const ours = score(clean, predictors[0]?.[1] as Predictor).exact;
  const verdict = ours >= target ? 'ok' : 'BELOW TARGET';
  console.log(`\ntarget: exact match ≥ ${target.toFixed(2)} on the hand-checked clean set — ${ours.toFixed(3)} ${verdict}`);
  if (ours < target) process.exitCode = 1;
}

main();
