// `npm run bench similar`: the similar-case store at scale. A corpus of N cases is generated from
// the real ones (each synthetic case recombines fact sentences of real cases of the same charge or
// cause, so vocabulary and lengths stay real), written through the same CaseWriter as a pack
// import; then index build time, database size, memory and query p50/p95 for lexical-only and
// hybrid (lexical + structured signals; the dense list is not part of this bench yet) at each size.
// Sizes: JUDGEDESK_BENCH_SIMILAR_SIZES (default 10000,100000).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { CaseWriter, searchSimilar } from '../../main/services/similar-cases';
import type { CaseRecord } from '../../main/services/similar-cases/case-record';
import { openDatabase } from '../../main/store/database';
import { knowledgeMigrations } from '../../main/store/migrations/knowledge';
import { evalCorpus } from '../eval/similar-cases-corpus';
import type { Bench, Figure } from './bench';

const sizes = (process.env.JUDGEDESK_BENCH_SIMILAR_SIZES ?? '10000,100000').split(',').map(Number).filter((n) => n > 0);
const queries = 60;

/** mulberry32: the same corpus on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Source {
  kind: '刑事' | '民事';
  causes: string[];
  sentences: string[];
  citation: string;
}

function loadSources(file: string): Map<string, Source[]> {
  const db = new Database(file, { readonly: true });
  const groups = new Map<string, Source[]>();
  for (const row of db.prepare('SELECT kind, causes, facts, cited FROM cases').iterate() as Iterable<{ kind: '刑事' | '民事'; causes: string; facts: string; cited: string }>) {
    const causes = JSON.parse(row.causes) as string[];
    const key = causes[0];
    if (!key) continue;
    const sentences = row.facts.split(/(?<=[。；])/).map((s) => s.trim()).filter((s) => s.length > 4);
    const citation = (JSON.parse(row.cited) as Array<{ citation: string }>).map((c) => c.citation).join('、');
    groups.set(key, [...(groups.get(key) ?? []), { kind: row.kind, causes, sentences, citation }]);
  }
  db.close();
  return groups;
}

function synthetic(groups: Map<string, Source[]>, n: number, seed: number): Generator<CaseRecord> {
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
      yield {
        source: 'bench', sourceId: String(i), kind: base.kind, court: null, courtLevel: null, region: null, caseNumber: null,
        causes: base.causes, decidedOn: null, parties: '', facts: `${sentences.join('')}（合成${i}）`, reasoning: '', result: '',
        citationText: base.citation, outcome: { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null },
      };
    }
  })();
}

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
};

const bench: Bench = {
  name: 'similar cases at scale',
  async run({ log }) {
    const corpus = await evalCorpus();
    const groups = loadSources(corpus.knowledgeFile);
    const real = [...groups.values()].flat();
    const figures: Figure[] = [];
    const notes: string[] = [`源语料 ${real.length} 件真实案例，${groups.size} 个罪名/案由；每个规模的查询为 ${queries} 条真实案情（随机抽取）`];
    for (const size of sizes) {
      const file = join(process.cwd(), '.tmp', 'similar-bench', `knowledge-${size}.db`);
      rmSync(file, { force: true });
      rmSync(`${file}-wal`, { force: true });
      const db = openDatabase({ file, migrations: knowledgeMigrations });
      db.pragma('synchronous = NORMAL');
      const started = performance.now();
      let peakRss = process.memoryUsage().rss;
      const writer = new CaseWriter(db);
      let done = 0;
      const insert = db.transaction((batch: CaseRecord[]) => batch.forEach((r) => writer.add(r)));
      let batch: CaseRecord[] = [];
      for (const record of synthetic(groups, size, 20261126)) {
        batch.push(record);
        if (batch.length === 5000) {
          insert(batch);
          done += batch.length;
          batch = [];
          peakRss = Math.max(peakRss, process.memoryUsage().rss);
          if (done % 50_000 === 0) log(`${size}: 已写入 ${done}`);
        }
      }
      insert(batch);
      db.exec("INSERT INTO cases_fts (cases_fts) VALUES ('optimize')");
      db.pragma('wal_checkpoint(TRUNCATE)');
      const buildMs = performance.now() - started;
      const bytes = statSync(file).size;
      const rand = random(size);
      const timings: Record<'lexical' | 'hybrid', number[]> = { lexical: [], hybrid: [] };
      for (let q = 0; q < queries; q += 1) {
        const source = real[Math.floor(rand() * real.length)] as Source;
        const text = source.sentences.join('').slice(0, 600);
        for (const method of ['lexical', 'hybrid'] as const) {
          const t = performance.now();
          await searchSimilar(db, { query: text, mode: 'facts', method, k: 30 }, null);
          timings[method].push(performance.now() - t);
        }
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
      db.close();
      figures.push(
        { label: `${size} 件：建库（写入 + FTS + optimize）`, value: Math.round(buildMs / 1000), unit: 's' },
        { label: `${size} 件：数据库大小`, value: Math.round(bytes / 1024 / 1024), unit: 'MiB' },
        { label: `${size} 件：进程内存峰值 RSS`, value: Math.round(peakRss / 1024 / 1024), unit: 'MiB' },
        { label: `${size} 件：lexical 查询 p50`, value: Math.round(percentile(timings.lexical, 0.5)), unit: 'ms' },
        { label: `${size} 件：lexical 查询 p95`, value: Math.round(percentile(timings.lexical, 0.95)), unit: 'ms' },
        { label: `${size} 件：hybrid 查询 p50`, value: Math.round(percentile(timings.hybrid, 0.5)), unit: 'ms' },
        { label: `${size} 件：hybrid 查询 p95`, value: Math.round(percentile(timings.hybrid, 0.95)), unit: 'ms' },
      );
      log(`${size}: 建库 ${Math.round(buildMs / 1000)} s，${Math.round(bytes / 1024 / 1024)} MiB，hybrid p95 ${Math.round(percentile(timings.hybrid, 0.95))} ms`);
    }
    notes.push('本基准的 hybrid = 字面检索 + 结构化要素，不含向量检索（合成语料未建编码器向量：10 万件约需 15 分钟以上嵌入）；sqlite-vec 精确 KNN 与量化召回未在此测；目标 p95 ≤ 150 ms @ 1M 件');
    return { figures, notes };
  },
};

export default bench;
