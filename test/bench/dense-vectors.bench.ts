// `npm run bench dense`: dense similar-case retrieval at scale. Corpora of 100k and 1M case vectors
// made from the real legal-encoder vectors of the eval corpus (see support/synthetic-vectors.ts),
// written by writeCaseVectors (floats + centred sign bits); queries are 200 held-out CAIL2018 case
// facts embedded by the real encoder through InferenceHost (as `npm run eval similar` does). Per
// size: build time, database size, memory, exact KNN p50/p95, and quantised (+ int8 codes) + exact rerank
// p50/p95 with recall@10 against exact at several candidate counts, the shipped one marked.
// Sizes: JUDGEDESK_BENCH_DENSE_SIZES (default 100000,1000000).
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InferenceHost } from '../../main/inference/inference-host';
import { sharedDataFolder } from '../../main/services/laws/data-folder';
import { installedEncoder, writeCaseVectors } from '../../main/services/similar-cases/dense-index';
import { readVectorMeta } from '../../main/services/similar-cases/dense-meta';
import { exactNearest, quantisedNearest, quantisedSearch } from '../../main/services/similar-cases/dense-search';
import { openDatabase } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import Database from 'better-sqlite3-multiple-ciphers';
import { evalCorpus } from '../eval/similar-cases-corpus';
import { openDenseForEval } from '../eval/similar-cases-dense';
import type { Bench, Figure } from './bench';
import { defaultSigma, realCaseVectors, syntheticVectors } from './support/synthetic-vectors';

const sizes = (process.env.JUDGEDESK_BENCH_DENSE_SIZES ?? '100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const queryCount = 200;
/** What searchSimilar asks the dense list for at k = 30 (pool = max(50, 3k)), no filters. */
const fetch = 90;
const shipped = Math.max(fetch * quantisedSearch.rerankFactor, quantisedSearch.minCandidates);
const candidateCounts = [
  ...new Set(
    (process.env.JUDGEDESK_BENCH_DENSE_CANDIDATES ?? `200,${shipped},1000,2000`)
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
  ),
].sort((a, b) => a - b);
const modelsDir = join(process.cwd(), 'models');

const percentile = (xs: readonly number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The first `n` held-out CAIL2018 facts (by key), the eval's queries; no training step saw them. */
function heldoutFacts(n: number): string[] {
  const heldout = JSON.parse(readFileSync(join(modelsDir, 'criminal-judgment', 'heldout.json'), 'utf8')) as {
    test: Array<{ source: string; line: number; key: string }>;
  };
  const files = new Map<string, string[]>();
  return heldout.test
    .filter((t) => t.source.startsWith('cases/cail2018/'))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .slice(0, n)
    .map((t) => {
      if (!files.has(t.source)) files.set(t.source, readFileSync(join(sharedDataFolder(), t.source), 'utf8').split('\n'));
      return (JSON.parse(files.get(t.source)?.[t.line - 1] ?? '{}') as { fact?: string }).fact ?? '';
    })
    .filter((fact) => fact !== '');
}

function timedRun<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

const bench: Bench = {
  name: 'dense case vectors at scale (quantised + exact rerank)',
  async run({ log }) {
    const encoder = installedEncoder(modelsDir);
    if (!encoder) return { figures: [], skipped: `未安装法律文本编码器（${modelsDir}/legal-encoder）` };
    const corpus = await evalCorpus();
    // Builds the eval corpus's vectors with the installed encoder when missing or stale.
    const reader = new Database(corpus.knowledgeFile, { readonly: true });
    await (await openDenseForEval(corpus, reader))?.close();
    reader.close();
    const real = realCaseVectors(corpus.knowledgeFile).map((r) => r.vector);
    const host = new InferenceHost({ modelsDir, isEnabled: () => true });
    const texts = heldoutFacts(queryCount);
    const queries: Float32Array[] = [];
    try {
      for (let i = 0; i < texts.length; i += 32)
        queries.push(
          ...(
            await host.embed(
              texts.slice(i, i + 32).map((text) => ({ text })),
              { feature: 'similarCases' },
            )
          ).vectors,
        );
    } finally {
      await host.close();
    }
    const figures: Figure[] = [];
    const notes = [
      `来源：评测语料 ${real.length} 个真实案例向量（${encoder.id} ${encoder.version}）；合成向量 = normalise(v + σ·g/√d)，σ = ${defaultSigma}（与来源余弦 ≈ 0.958，约等于真实案例与其最近邻的距离，且其最近的真实向量仍是来源）`,
      `查询：${queries.length} 条留出 CAIL2018 案情，经真实编码器嵌入；每次取 ${fetch} 个（k = 30 时 searchSimilar 的候选池）；召回@10 = 量化 + 重排的前 10 与精确前 10 的交集比例`,
      `量化：符号位（减去语料均值后）bit[${real[0]?.length ?? 0}] 汉明初筛 → 内存 int8 向量估分取前 max(2×取数, ${quantisedSearch.exactReads}) 个 → 按浮点向量精确 L2 重排；默认候选数 max(${quantisedSearch.rerankFactor}×取数, ${quantisedSearch.minCandidates}) = ${shipped}；少于 ${quantisedSearch.exactBelow} 件时用精确检索`,
    ];
    for (const size of sizes) {
      const file = join(process.cwd(), '.tmp', 'bench-dense', `knowledge-${size}.db`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      const db = openDatabase({ file, migrations: knowledgeMigrations });
      try {
        db.pragma('synchronous = NORMAL');
        const build = performance.now();
        await writeCaseVectors(db, encoder, syntheticVectors(real, size, { seed: size }), (done, stage) => {
          if (stage === 'quantised' || done % Math.max(1024, Math.round(size / 10 / 1024) * 1024) === 0)
            log(`${size}: ${stage === 'vectors' ? '浮点向量' : '量化'} ${done}`);
        });
        db.pragma('wal_checkpoint(TRUNCATE)');
        const buildMs = performance.now() - build;
        const bytes = statSync(file).size;
        const meta = readVectorMeta(db);
        if (!meta?.quantisation) throw new Error('索引未记录量化信息');
        // The first quantised search loads the sign bits into memory once per process: timed apart.
        const loadBits = timedRun(() => quantisedNearest(db, meta, queries[0] as Float32Array, fetch, shipped));
        // Warm the page cache as a running app would be: the first scan of a cold 1 GB file measures the disk.
        for (const q of queries.slice(0, 3)) exactNearest(db, q, fetch);
        const exactMs: number[] = [];
        const exactTop: Array<Set<number>> = [];
        for (const q of queries) {
          const { ms, value } = timedRun(() => exactNearest(db, q, fetch));
          exactMs.push(ms);
          exactTop.push(new Set(value.slice(0, 10).map((h) => h.id)));
        }
        figures.push(
          { label: `${size}：建索引（浮点 + 量化）`, value: round1(buildMs / 1000), unit: 's' },
          { label: `${size}：数据库大小`, value: Math.round(bytes / 2 ** 20), unit: 'MiB' },
          { label: `${size}：首次量化检索（载入符号位与 int8 码）`, value: round1(loadBits.ms), unit: 'ms' },
          { label: `${size}：进程 RSS`, value: Math.round(process.memoryUsage().rss / 2 ** 20), unit: 'MiB' },
          { label: `${size}：精确 KNN p50`, value: round1(percentile(exactMs, 0.5)), unit: 'ms' },
          { label: `${size}：精确 KNN p95`, value: round1(percentile(exactMs, 0.95)), unit: 'ms' },
        );
        for (const candidates of candidateCounts) {
          const ms: number[] = [];
          let found = 0;
          queries.forEach((q, i) => {
            const run = timedRun(() => quantisedNearest(db, meta, q, fetch, candidates));
            ms.push(run.ms);
            found += run.value.slice(0, 10).filter((h) => exactTop[i]?.has(h.id)).length;
          });
          const mark = candidates === shipped ? '（默认）' : '';
          const recall = found / (queries.length * 10);
          figures.push(
            { label: `${size}：量化 + 重排 ${candidates} 候选${mark} p50`, value: round1(percentile(ms, 0.5)), unit: 'ms' },
            { label: `${size}：量化 + 重排 ${candidates} 候选${mark} p95`, value: round1(percentile(ms, 0.95)), unit: 'ms' },
            { label: `${size}：量化 + 重排 ${candidates} 候选${mark} 召回@10`, value: Math.round(recall * 1000) / 1000, unit: '' },
          );
          log(
            `${size}: ${candidates} 候选 p95 ${round1(percentile(ms, 0.95))} ms，召回@10 ${recall.toFixed(3)}（精确 p95 ${round1(percentile(exactMs, 0.95))} ms）`,
          );
        }
      } finally {
        db.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
      }
    }
    return { figures, notes };
  },
};

export default bench;
