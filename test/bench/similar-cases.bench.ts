// `npm run bench similar`: the similar-case store at scale. A corpus of N cases is generated from
// the real ones (each synthetic case recombines fact sentences of real cases of the same charge or
// cause, so vocabulary and lengths stay real), written through the same CaseWriter as a pack
// import; then the lexical postings index (postings-index.ts, as the pack import builds it) and,
// when the legal encoder is installed, the case vectors (writeCaseVectors: each synthetic case
// gets its source case's real encoder vector plus noise, see support/synthetic-vectors.ts). Per
// size: build time per stage, database size, peak memory, and in the same run query p50/p95 for
// lexical through FTS5 (the old path), lexical through the postings, and hybrid = the real
// searchSimilar (postings + dense + structured signals + explanations), queries embedded by the
// real encoder through InferenceHost, timed in a freshly started child process as the app would
// serve them (support/similar-query-phase.ts) and, for comparison, in the building process.
// Sizes: JUDGEDESK_BENCH_SIMILAR_SIZES (default 100000,1000000); JUDGEDESK_BENCH_SIMILAR_REUSE=1
// keeps a store an earlier run left in .tmp/similar-bench and times the queries only;
// JUDGEDESK_BENCH_SIMILAR_FTS_QUERIES caps the FTS-path queries at 500k cases and more (default 20).
// JUDGEDESK_BENCH_SIMILAR_NO_FTS_FROM=n (default 1000000; 0 = always build): from n cases on the FTS
// index is not built (its inserts go to a view that discards them) — writing FTS5 for 1M cases
// takes over an hour on a 2-core machine; the postings and hybrid paths never read it, only the
// lexical-FTS baseline is then not measured.
import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CaseWriter } from '../../main/services/similar-cases';
import type { CaseRecord } from '../../main/services/similar-cases/case-record';
import { installedEncoder, writeCaseVectors } from '../../main/services/similar-cases/dense-index';
import type { EncoderRef } from '../../main/services/similar-cases/dense-index';
import { buildCasePostings } from '../../main/services/similar-cases/postings-index';
import { openDatabase } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import { evalCorpus } from '../eval/similar-cases-corpus';
import { openDenseForEval } from '../eval/similar-cases-dense';
import type { Bench, Figure } from './bench';
import { runQueryPhase, runQueryPhaseInChild } from './support/similar-query-phase';
import type { QueryPhaseInput } from './support/similar-query-phase';
import { defaultSigma, gaussian, normalise, realCaseVectors, seededRandom } from './support/synthetic-vectors';

const sizes = (process.env.JUDGEDESK_BENCH_SIMILAR_SIZES ?? '100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const queries = 60;
const ftsQueriesAtScale = Number(process.env.JUDGEDESK_BENCH_SIMILAR_FTS_QUERIES ?? 20);
const reuseStores = process.env.JUDGEDESK_BENCH_SIMILAR_REUSE === '1';
const noFtsFrom = Number(process.env.JUDGEDESK_BENCH_SIMILAR_NO_FTS_FROM ?? 1_000_000) || Infinity;
const modelsDir = join(process.cwd(), 'models');
const random = seededRandom;

interface Source {
  id: number;
  kind: '刑事' | '民事';
  causes: string[];
  sentences: string[];
  citation: string;
}

function loadSources(file: string): Map<string, Source[]> {
  const db = new Database(file, { readonly: true });
  const groups = new Map<string, Source[]>();
  for (const row of db.prepare('SELECT id, kind, causes, facts, cited FROM cases').iterate() as Iterable<{
    id: number;
    kind: '刑事' | '民事';
    causes: string;
    facts: string;
    cited: string;
  }>) {
    const causes = JSON.parse(row.causes) as string[];
    const key = causes[0];
    if (!key) continue;
    const sentences = row.facts
      .split(/(?<=[。；])/)
      .map((s) => s.trim())
      .filter((s) => s.length > 4);
    const citation = (JSON.parse(row.cited) as Array<{ citation: string }>).map((c) => c.citation).join('、');
    groups.set(key, [...(groups.get(key) ?? []), { id: row.id, kind: row.kind, causes, sentences, citation }]);
  }
  db.close();
  return groups;
}

/** n synthetic cases, each with the real case it is modelled on (its vector's source). */
function synthetic(groups: Map<string, Source[]>, n: number, seed: number): Generator<{ record: CaseRecord; base: number }> {
  const rand = random(seed);
  const pool = [...groups.values()].flat();
  return (function* () {
    for (let i = 0; i < n; i += 1) {
      const base = pool[Math.floor(rand() * pool.length)] as Source;
      const peers = groups.get(base.causes[0] ?? '') ?? [base];
      const count = 3 + Math.floor(rand() * 6);
      const sentences: string[] = [];
      for (let s = 0; s < count; s += 1) {
        const peer = peers[Math.floor(rand() * peers.length)] as Source;
        const sentence = peer.sentences[Math.floor(rand() * peer.sentences.length)];
        if (sentence) sentences.push(sentence);
      }
      const record: CaseRecord = {
        source: 'bench',
        sourceId: String(i),
        kind: base.kind,
        court: null,
        courtLevel: null,
        region: null,
        caseNumber: null,
        causes: base.causes,
        decidedOn: null,
        parties: '',
        facts: `${sentences.join('')}（合成${i}）`,
        reasoning: '',
        result: '',
        citationText: base.citation,
        outcome: { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null },
      };
      yield { record, base: base.id };
    }
  })();
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};

/** The synthetic cases' vectors, in id order: the source case's real vector plus noise (σ as in the dense bench). */
function* caseVectors(bases: Uint32Array, real: Map<number, Float32Array>): Generator<{ id: number; vector: Float32Array }> {
  const normal = gaussian(seededRandom(7));
  for (let id = 1; id < bases.length; id += 1) {
    const base = real.get(bases[id] as number);
    if (!base) continue;
    const scale = defaultSigma / Math.sqrt(base.length);
    yield { id, vector: normalise(base.map((x) => x + scale * normal())) };
  }
}

interface Stage {
  label: string;
  ms: number;
}

async function stage(stages: Stage[], label: string, work: () => Promise<unknown> | unknown): Promise<void> {
  const started = performance.now();
  await work();
  stages.push({ label, ms: performance.now() - started });
}

const peakRssMiB = () => Math.round(process.resourceUsage().maxRSS / 1024);

interface BuildInput {
  size: number;
  file: string;
  withFts: boolean;
  groups: Map<string, Source[]>;
  /** The encoder whose vectors are written, or null (no dense stage). */
  encoder: EncoderRef | null;
  realVectors: Map<number, Float32Array>;
  log: (text: string) => void;
}

/** Writes the scaled store as a pack import would (rows, postings, vectors); the time of each stage. */
async function buildStore({ size, file, withFts, groups, encoder, realVectors, log }: BuildInput): Promise<Stage[]> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const db = openDatabase({ file, migrations: knowledgeMigrations });
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -262144');
  if (!withFts) {
    // CaseWriter still tokenises and inserts into cases_fts; a view with a column named rowid takes and drops the rows.
    db.exec(`DROP TABLE cases_fts_terms; DROP TABLE cases_fts;
        CREATE VIEW cases_fts (rowid, facts, focus) AS SELECT 0, '', '' WHERE 0;
        CREATE TRIGGER cases_fts_discard INSTEAD OF INSERT ON cases_fts BEGIN SELECT 1; END;`);
  }
  const stages: Stage[] = [];
  // Case id → the real case it was made from.
  const bases = new Uint32Array(size + 1);
  await stage(stages, withFts ? '案例行 + FTS' : '案例行（不建 FTS）', () => {
    const writer = new CaseWriter(db);
    const insert = db.transaction((batch: Array<{ record: CaseRecord; base: number }>) =>
      batch.forEach(({ record, base }) => {
        const id = writer.add(record);
        if (id !== null) bases[id] = base;
      }),
    );
    let batch: Array<{ record: CaseRecord; base: number }> = [];
    let done = 0;
    for (const item of synthetic(groups, size, 20261126)) {
      batch.push(item);
      if (batch.length === 10_000) {
        insert(batch);
        done += batch.length;
        batch = [];
        if (done % 100_000 === 0) log(`${size}: 已写入 ${done}`);
      }
    }
    insert(batch);
  });
  await stage(stages, '倒排索引（postings）', () =>
    buildCasePostings(db, {
      onProgress: (done, total) => {
        if (done % 200_000 === 0) log(`${size}: 倒排索引 ${done}/${total}`);
      },
    }).then((meta) => log(`${size}: 倒排索引 ${meta.terms} 个二字词，${meta.postings} 条（每词至多 ${meta.maxPostings}）`)),
  );
  if (encoder) await stage(stages, '向量（浮点 + 二值量化 + int8）', () => writeCaseVectors(db, encoder, caseVectors(bases, realVectors)));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return stages;
}

/** Whether a store the bench built earlier has the FTS5 index (or the discarding view in its place). */
function storeHasFts(file: string): boolean {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT type FROM sqlite_master WHERE name = 'cases_fts'").pluck().get() === 'table';
  } finally {
    db.close();
  }
}

const bench: Bench = {
  name: 'similar cases at scale',
  async run({ log }) {
    const corpus = await evalCorpus();
    const encoder = installedEncoder(modelsDir);
    if (encoder) {
      // The eval corpus's real vectors (built once with the installed encoder) are the sources.
      const reader = new Database(corpus.knowledgeFile, { readonly: true });
      await (await openDenseForEval(corpus, reader))?.close();
      reader.close();
    }
    const realVectors = new Map(realCaseVectors(corpus.knowledgeFile).map((r) => [r.id, r.vector]));
    const groups = loadSources(corpus.knowledgeFile);
    const real = [...groups.values()].flat();
    const withDense = encoder !== null && real.every((r) => realVectors.has(r.id));
    const figures: Figure[] = [];
    const notes: string[] = [
      `源语料 ${real.length} 件真实案例，${groups.size} 个罪名/案由；每个规模的查询为 ${queries} 条真实案情（随机抽取，≤ 600 字）；k = 30，字面检索取 90 个（searchSimilar 的候选池）`,
    ];
    for (const size of sizes) {
      const file = join(process.cwd(), '.tmp', 'similar-bench', `knowledge-${size}.db`);
      const reuse = reuseStores && existsSync(file);
      const withFts = reuse ? storeHasFts(file) : size < noFtsFrom;
      if (reuse) log(`${size}: 沿用已建的 ${file}（JUDGEDESK_BENCH_SIMILAR_REUSE）`);
      const stages = reuse ? [] : await buildStore({ size, file, withFts, groups, encoder: withDense ? encoder : null, realVectors, log });
      const bytes = statSync(file).size;
      const rand = random(size);
      const texts = Array.from({ length: queries }, () =>
        (real[Math.floor(rand() * real.length)] as Source).sentences.join('').slice(0, 600),
      );
      const phase: QueryPhaseInput = {
        file,
        modelsDir,
        texts,
        ftsTexts: withFts ? (size >= 500_000 ? texts.slice(0, ftsQueriesAtScale) : texts) : [],
        withDense,
      };
      // As the app serves them: a fresh process and connection. Then, for comparison, the same
      // queries here, in the process that built the store (its heap still being collected).
      const { fts, postings, hybrid, hybridLexical } = await runQueryPhaseInChild(phase);
      const here = await runQueryPhase({ ...phase, ftsTexts: [] });
      const ms = (xs: number[], p: number) => Math.round(percentile(xs, p));
      const totalMs = stages.reduce((sum, s) => sum + s.ms, 0);
      figures.push(
        ...stages.map((s) => ({ label: `${size} 件：建库 · ${s.label}`, value: Math.round(s.ms / 1000), unit: 's' })),
        ...(reuse ? [] : [{ label: `${size} 件：建库合计`, value: Math.round(totalMs / 1000), unit: 's' }]),
        { label: `${size} 件：数据库大小`, value: Math.round(bytes / 1024 / 1024), unit: 'MiB' },
        { label: `${size} 件：进程内存峰值（maxRSS，至此）`, value: peakRssMiB(), unit: 'MiB' },
        ...(withFts
          ? [
              { label: `${size} 件：字面 · FTS5 p50（${phase.ftsTexts.length} 条）`, value: ms(fts, 0.5), unit: 'ms' },
              { label: `${size} 件：字面 · FTS5 p95（${phase.ftsTexts.length} 条）`, value: ms(fts, 0.95), unit: 'ms' },
            ]
          : []),
        { label: `${size} 件：字面 · 倒排 p50`, value: ms(postings, 0.5), unit: 'ms' },
        { label: `${size} 件：字面 · 倒排 p95`, value: ms(postings, 0.95), unit: 'ms' },
        { label: `${size} 件：hybrid${withDense ? '' : '（无向量）'} p50`, value: ms(hybrid, 0.5), unit: 'ms' },
        { label: `${size} 件：hybrid${withDense ? '' : '（无向量）'} p95`, value: ms(hybrid, 0.95), unit: 'ms' },
        ...(withDense
          ? [
              { label: `${size} 件：hybrid 不含向量 p50`, value: ms(hybridLexical, 0.5), unit: 'ms' },
              { label: `${size} 件：hybrid 不含向量 p95`, value: ms(hybridLexical, 0.95), unit: 'ms' },
            ]
          : []),
        { label: `${size} 件：hybrid p50（建库进程内）`, value: ms(here.hybrid, 0.5), unit: 'ms' },
        { label: `${size} 件：hybrid p95（建库进程内）`, value: ms(here.hybrid, 0.95), unit: 'ms' },
      );
      log(
        `${size}: 建库 ${Math.round(totalMs / 1000)} s，${Math.round(bytes / 1024 / 1024)} MiB，FTS p95 ${withFts ? `${ms(fts, 0.95)} ms` : '未建'}，倒排 p95 ${ms(postings, 0.95)} ms，hybrid p95 ${ms(hybrid, 0.95)} ms`,
      );
    }
    notes.push(
      '查询在新启动的子进程中计时（新连接，如应用启动后所见）；“建库进程内”为同一批查询在刚建完库的进程中的计时，仅供对照',
      ...(reuseStores ? ['JUDGEDESK_BENCH_SIMILAR_REUSE=1：已有的库直接沿用，不重建，不列建库时间'] : []),
      withDense
        ? 'hybrid = searchSimilar：倒排字面检索 + 向量检索（≥ 2 万件时二值量化候选 + 精确重排，见 npm run bench dense 的召回@10）+ 结构化要素 + 理由；查询向量由真实编码器经 InferenceHost 现算，计入耗时'
        : 'hybrid（无向量）= 倒排字面检索 + 结构化要素 + 理由：未安装法律文本编码器（models/legal-encoder），本次不含向量检索',
      '建库与包导入相同：不做 FTS optimize；倒排索引每个二字词保留 BM25 影响力最高的至多 3000 件，出现于 5 % 以上案例的二字词不收录（查询时本就跳过）',
      `50 万件及以上时 FTS5 路径只测前 ${ftsQueriesAtScale} 条查询（每条数秒）；目标 hybrid p95 ≤ 150 ms @ 1M 件`,
      ...(sizes.some((n) => n >= noFtsFrom)
        ? [
            `${noFtsFrom} 件及以上未建 FTS 索引（JUDGEDESK_BENCH_SIMILAR_NO_FTS_FROM）：建库时间不含 FTS，字面 FTS 基线未测，数据库比完整库小`,
          ]
        : []),
    );
    return { figures, notes };
  },
};

export default bench;
