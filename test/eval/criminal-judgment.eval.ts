// `npm run eval criminal`: recomputes the criminal judgment card's held-out figures from the committed
// model through the shipped path (TS neutraliser + featuriser, onnxruntime-node in the worker) and
// fails when they differ from card.json by more than the tolerance. Prints them beside baselines.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import type { CriminalPrediction } from '../../main/inference/criminal-judgment';
import { meanTermScore, multilabelF1 } from '../../models/training/criminal-judgment-metrics';
import type { Term } from '../../models/training/criminal-judgment-metrics';

/** ORT and torch differ in float rounding; a case on a threshold may flip. 0.005 ≈ 6 of 1,237 cases. */
const tolerance = 0.005;
const root = process.cwd();
const modelsDir = join(root, 'models');
const modelDir = join(modelsDir, 'criminal-judgment');
const dataDir = process.env.JUDGEDESK_DATA_DIR ?? join(root, '..', 'shared', 'data');
const mudMap: Record<string, string> = {
  容留卖淫: '引诱、容留、介绍卖淫',
  介绍卖淫: '引诱、容留、介绍卖淫',
  非法持有枪支: '非法持有、私藏枪支、弹药',
  非法买卖枪支: '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
  非法制造枪支: '非法制造、买卖、运输、邮寄、储存枪支、弹药、爆炸物',
  '掩饰、隐瞒犯罪所得': '掩饰、隐瞒犯罪所得、犯罪所得收益',
};

interface Row {
  source: string;
  fact: string;
  names: string[];
  charges: string[];
  articles: string[] | null;
  term: Term | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- raw data-folder JSON, checked by the key hash */
function readRow(source: string, line: number, key: string): Row {
  const cache = (readRow as any).cache ?? ((readRow as any).cache = new Map<string, string[]>());
  if (!cache.has(source)) cache.set(source, readFileSync(join(dataDir, source), 'utf8').split('\n'));
  const obj = JSON.parse(cache.get(source)[line - 1]) as any;
  let row: Row;
  if (source.startsWith('cases/cail2018/')) {
    const t = obj.meta.term_of_imprisonment;
    const kind = t.death_penalty ? 'death' : t.life_imprisonment ? 'life' : 'fixed';
    row = {
      source, fact: obj.fact, names: obj.meta.criminals, charges: obj.meta.accusation,
      articles: obj.meta.relevant_articles.map(String), term: { kind, months: kind === 'fixed' ? t.imprisonment : 0 },
    };
  } else if (source.startsWith('cases/epm_ljpe/')) {
    row = { source, fact: obj.fact_cut, names: [], charges: [obj.accu], articles: [String(obj.law)], term: { kind: 'fixed', months: obj.time } };
  } else {
    const charges = obj.labels.map((l: any) => {
      const name = String(l.charge).replace(/罪$/, '');
      return mudMap[name] ?? name;
    });
    row = { source, fact: obj.facts, names: obj.labels.map((l: any) => l.subject), charges, articles: null, term: null };
  }
  const actual = createHash('sha256').update(row.fact.replace(/\s+/g, '')).digest('hex').slice(0, 16);
  if (actual !== key) throw new Error(`${source} 第 ${line} 行与留出集记录不符（数据文件已变更？）`);
  return row;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const chargeSet = (p: CriminalPrediction) => new Set(p.charges.map((c) => c.name));
const articleSet = (p: CriminalPrediction) => new Set(p.articles.map((a) => String(a.article)));

function scores(rows: Row[], predictions: CriminalPrediction[]): Record<string, number> {
  const charges = multilabelF1(rows.map((r) => new Set(r.charges)), predictions.map(chargeSet));
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
    'charges.microF1': charges.micro, 'charges.macroF1': charges.macro,
    'articles.microF1': articles.micro, 'articles.macroF1': articles.macro, 'term.score': term,
  };
}

interface Side { name: string; gender: string; ethnicity: string; birthplace: string; occupation: string; givenName: boolean }

function counterfactual(row: Row, side: Side): { fact: string; names: string[] } {
  let body = row.fact;
  for (const name of row.names) body = body.split(name).join(side.name);
  const header = `被告人${side.name}，${side.gender}，${side.ethnicity}，出生于${side.birthplace}，${side.occupation}。`;
  return { fact: header + body, names: side.givenName ? [side.name] : [] };
}

async function main(): Promise<number> {
  const card = JSON.parse(readFileSync(join(modelDir, 'card.json'), 'utf8')) as {
    version: string;
    metrics: Array<{ name: string; value: number }>;
    baselines: Record<string, Record<string, number>>;
  };
  const heldout = JSON.parse(readFileSync(join(modelDir, 'heldout.json'), 'utf8')) as {
    test: Array<{ source: string; line: number; key: string }>;
  };
  const pairs = (JSON.parse(readFileSync(join(root, 'models/training/criminal_judgment/counterfactual-pairs.json'), 'utf8')) as { pairs: Side[][] }).pairs;
  const rows = heldout.test.map((t) => readRow(t.source, t.line, t.key));
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
    console.log(`criminal-judgment ${card.version}: ${rows.length} held-out cases, fairness on ${cail.length} (${Date.now() - started} ms)`);
    console.log(['metric', 'measured', 'card', 'tfidf+linear', 'majority'].map((h) => h.padEnd(18)).join(''));
    for (const [name, value] of Object.entries(measured)) {
      const committed = card.metrics.find((m) => m.name === name)?.value;
      const ok = committed !== undefined && Math.abs(committed - value) <= tolerance;
      failed ||= !ok;
      const cells = [name, value.toFixed(4), committed?.toFixed(4) ?? '—', card.baselines.tfidf_linear?.[name]?.toFixed(4) ?? '—', card.baselines.majority?.[name]?.toFixed(4) ?? '—'];
      console.log(cells.map((c) => c.padEnd(18)).join('') + (ok ? '' : `  ✗ 超出容差 ${tolerance}`));
    }
    console.log(failed ? '评估结果与模型说明不符' : `评估结果与模型说明一致（容差 ${tolerance}）`);
    return failed ? 1 : 0;
  } finally {
    await host.close();
  }
}

process.exitCode = await main();
