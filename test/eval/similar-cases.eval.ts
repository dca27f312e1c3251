// `npm run eval similar`: the similar-case push on held-out CAIL2018 cases (the criminal-judgment
// model's held-out split, models/criminal-judgment/heldout.json, so no training step saw them) as
// queries over the whole corpus (every case set of the data folder, imported through the pack
// path). Graded relevance from labels: the same set of charges = 2; overlapping charges and
// overlapping cited articles = 1; else 0. Prints NDCG@10, NDCG@30, MRR and charge-precision@10
// (share of the top 10 convicted of a gold charge) for lexical-only, dense-only (when the legal
// encoder is installed), hybrid, and hybrid with the 推定罪名 of the criminal-judgment model (the
// same queries, the same run; the model never saw them). Fails when hybrid is not at least 5 %
// better than lexical-only at NDCG@10, or when the inferred charges lower hybrid's NDCG@10.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { sharedDataFolder } from '../../main/services/laws/data-folder';
import { InferenceHost } from '../../main/inference/inference-host';
import { criminalModelCharges, inferenceSkip, usableCharges } from '../../main/services/similar-cases';
import type { InferredCharge } from '../../main/services/similar-cases';
import { normaliseCharge } from '../../main/services/similar-cases/judgment-sections';
import { searchSimilar } from '../../main/services/similar-cases/search-similar';
import type { DenseRetriever } from '../../main/services/similar-cases/search-similar';
import { factKey } from '../../main/services/similar-cases/source-formats';
import { evalCorpus } from './similar-cases-corpus';
import { openDenseForEval } from './similar-cases-dense';
import { mean, ndcg, reciprocalRank } from './similar-cases-metrics';

const root = process.cwd();
const K = 30;
/** JUDGEDESK_EVAL_QUERIES=n evaluates the first n held-out cases (by key) for a quick look; default all. */
const limit = Number(process.env.JUDGEDESK_EVAL_QUERIES ?? 0) || Infinity;
const requiredGain = 0.05;

interface Heldout {
  test: Array<{ source: string; line: number; key: string }>;
}
interface CailLine {
  fact: string;
  meta: { accusation: string[]; relevant_articles: number[] };
}

const corpus = await evalCorpus();
if (corpus.built?.cases) console.log(`语料已重建：${corpus.built.cases.imported} 件（${JSON.stringify(corpus.built.cases.bySource)}）`);
const db = new Database(corpus.knowledgeFile, { readonly: true });

// Labels of every corpus case: charges and 刑法 article keys.
const charges = new Map<number, Set<string>>();
for (const row of db.prepare('SELECT case_id, cause FROM case_causes').iterate() as Iterable<{ case_id: number; cause: string }>) {
  charges.set(row.case_id, (charges.get(row.case_id) ?? new Set()).add(row.cause));
}
const articles = new Map<number, Set<string>>();
for (const row of db.prepare('SELECT case_id, article_key FROM case_articles').iterate() as Iterable<{
  case_id: number;
  article_key: string;
}>) {
  articles.set(row.case_id, (articles.get(row.case_id) ?? new Set()).add(row.article_key));
}
const byFactKey = db.prepare('SELECT id FROM cases WHERE fact_key = ?').pluck();
const total = db.prepare('SELECT count(*) FROM cases').pluck().get() as number;

function grade(queryCharges: Set<string>, queryArticles: Set<string>, id: number): number {
  const c = charges.get(id);
  if (!c || c.size === 0) return 0;
  const sameSet = c.size === queryCharges.size && [...c].every((x) => queryCharges.has(x));
  if (sameSet) return 2;
  const overlapCharges = [...c].some((x) => queryCharges.has(x));
  const overlapArticles = [...(articles.get(id) ?? [])].some((x) => queryArticles.has(x));
  return overlapCharges && overlapArticles ? 1 : 0;
}

const heldout = JSON.parse(readFileSync(join(root, 'models', 'criminal-judgment', 'heldout.json'), 'utf8')) as Heldout;
const fileLines = new Map<string, string[]>();
const lineOf = (source: string, line: number): CailLine => {
  if (!fileLines.has(source)) fileLines.set(source, readFileSync(join(sharedDataFolder(), source), 'utf8').split('\n'));
  return JSON.parse(fileLines.get(source)?.[line - 1] ?? 'null') as CailLine;
};

const denseHandle = await openDenseForEval(corpus, db);
const dense: DenseRetriever | null = denseHandle?.dense ?? null;
type Method = 'lexical' | 'dense' | 'hybrid';
/** hybrid+charges: hybrid with the 推定罪名 (what the app does for a query that states no charge). */
type Run = Method | 'hybrid+charges';
const methods = (dense ? ['lexical', 'dense', 'hybrid'] : ['lexical', 'hybrid']) as Method[];
const runs: Run[] = [...methods, 'hybrid+charges'];
const scores = Object.fromEntries(
  runs.map((m) => [
    m,
    { ndcg10: [] as number[], ndcg30: [] as number[], mrr: [] as number[], chargeP10: [] as number[], ms: [] as number[] },
  ]),
);
const modelsDir = join(root, 'models');
const chargeHost = new InferenceHost({ modelsDir, isEnabled: () => true });
const predictCharges = criminalModelCharges(chargeHost);
/** Indexes (in the score lists) of the queries that got a 推定罪名: where the signal acts. */
const inferredAt: number[] = [];
const inference = { inferred: 0, skipped: new Map<string, number>(), top1Right: 0, predictMs: [] as number[] };

let queries = 0;
let skipped = 0;
const started = Date.now();
for (const item of heldout.test
  .filter((t) => t.source.startsWith('cases/cail2018/'))
  .sort((a, b) => (a.key < b.key ? -1 : 1))
  .slice(0, limit)) {
  const line = lineOf(item.source, item.line);
  if (!line || factKey(line.fact) !== item.key) {
    skipped += 1;
    continue;
  }
  const queryCharges = new Set(line.meta.accusation.map(normaliseCharge));
  const queryArticles = new Set(line.meta.relevant_articles.map((n) => `中华人民共和国刑法#${n}`));
  const self = new Set(byFactKey.all(item.key) as number[]);
  // The ideal ranking: every corpus case graded (the query case itself excluded).
  const allGrades: number[] = [];
  for (const id of charges.keys()) if (!self.has(id)) allGrades.push(grade(queryCharges, queryArticles, id));
  // The 推定罪名 exactly as the service decides them (skipped when the fact states a charge).
  let inferred: InferredCharge[] = [];
  const skip = inferenceSkip({ query: line.fact, mode: 'facts', method: 'hybrid' });
  if (skip) inference.skipped.set(skip, (inference.skipped.get(skip) ?? 0) + 1);
  else {
    const t = performance.now();
    inferred = usableCharges((await predictCharges(line.fact, [])).charges);
    inference.predictMs.push(performance.now() - t);
    if (inferred.length) {
      inference.inferred += 1;
      inferredAt.push(queries);
    }
    if (inferred[0] && queryCharges.has(inferred[0].name)) inference.top1Right += 1;
  }
  for (const run of runs) {
    const method: Method = run === 'hybrid+charges' ? 'hybrid' : run;
    const t = performance.now();
    const result = await searchSimilar(
      db,
      {
        query: line.fact,
        mode: 'facts',
        method,
        k: K,
        excludeIds: self,
        ...(run === 'hybrid+charges' ? { inferredCharges: inferred } : {}),
      },
      dense,
    );
    const grades = result.results.map((r) => grade(queryCharges, queryArticles, r.case.id));
    const s = scores[run];
    s?.ms.push(performance.now() - t);
    s?.ndcg10.push(ndcg(grades, allGrades, 10));
    s?.ndcg30.push(ndcg(grades, allGrades, 30));
    s?.mrr.push(reciprocalRank(grades, 1));
    const top10 = result.results.slice(0, 10);
    s?.chargeP10.push(top10.filter((r) => [...(charges.get(r.case.id) ?? [])].some((c) => queryCharges.has(c))).length / 10);
  }
  queries += 1;
  if (queries % 100 === 0) console.log(`  … ${queries} 个查询，${Math.round((Date.now() - started) / 1000)} s`);
}

console.log(`\n查询：${queries} 个留出 CAIL2018 案件（跳过 ${skipped} 个与数据不符）；语料 ${total} 件；k = ${K}`);
console.log('相关度：罪名集合相同 = 2；罪名与法条均有交集 = 1；否则 0。MRR 以首个相关度 ≥ 1 的结果计。');
console.log('charge-P@10：前 10 件中罪名含本案（金标）罪名的比例。hybrid+charges = hybrid + 推定罪名（刑事裁判模型）。');
console.log('method          NDCG@10  NDCG@30  MRR     charge-P@10  query ms (mean)');
for (const run of runs) {
  const s = scores[run];
  if (!s) continue;
  console.log(
    `${run.padEnd(14)}  ${mean(s.ndcg10).toFixed(4)}   ${mean(s.ndcg30).toFixed(4)}   ${mean(s.mrr).toFixed(4)}  ${mean(s.chargeP10).toFixed(4)}       ${mean(s.ms).toFixed(0)}`,
  );
}
const notInferred = [...inference.skipped].map(([why, n]) => `${why} ${n}`).join('，') || '无';
console.log(
  `推定罪名：${inference.inferred}/${queries} 个查询（未推定：${notInferred}）；首位推定罪名为金标罪名 ${inference.top1Right} 个；模型 ${mean(inference.predictMs).toFixed(0)} ms/查询`,
);
const withCharges = mean(scores['hybrid+charges']?.ndcg10 ?? []);
const hybridOnly = mean(scores.hybrid?.ndcg10 ?? []);
console.log(
  `hybrid+推定罪名 vs hybrid NDCG@10: ${hybridOnly > 0 ? ((withCharges / hybridOnly - 1) * 100).toFixed(1) : '0.0'} %；charge-P@10 ${mean(scores.hybrid?.chargeP10 ?? []).toFixed(4)} → ${mean(scores['hybrid+charges']?.chargeP10 ?? []).toFixed(4)}`,
);
const onInferred = (run: Run, metric: 'ndcg10' | 'chargeP10') => mean(inferredAt.map((i) => scores[run]?.[metric][i] ?? 0));
console.log(
  `其中得到推定罪名的 ${inferredAt.length} 个查询：NDCG@10 ${onInferred('hybrid', 'ndcg10').toFixed(4)} → ${onInferred('hybrid+charges', 'ndcg10').toFixed(4)}；charge-P@10 ${onInferred('hybrid', 'chargeP10').toFixed(4)} → ${onInferred('hybrid+charges', 'chargeP10').toFixed(4)}`,
);
if (withCharges < hybridOnly) {
  console.error('✗ 推定罪名使 hybrid 的 NDCG@10 下降');
  process.exitCode = 1;
}
const lexical = mean(scores.lexical?.ndcg10 ?? []);
const hybrid = mean(scores.hybrid?.ndcg10 ?? []);
const gain = lexical > 0 ? hybrid / lexical - 1 : 0;
console.log(
  `\nhybrid vs lexical NDCG@10: ${(gain * 100).toFixed(1)} %（目标 ≥ ${requiredGain * 100} %）${dense ? '' : '；未安装法律文本编码器，hybrid = 字面 + 结构化要素'}`,
);
if (gain < requiredGain) {
  console.error('✗ hybrid 未达到比字面检索高 5 % 的目标');
  process.exitCode = 1;
}
await denseHandle?.close();
await chargeHost.close();
db.close();
