// The timed query phase of `npm run bench similar`, in a process of its own: the app serves
// searches from a process that opened knowledge.db, not from one that has just built a million
// cases (2.9 GB peak, its garbage collected while the queries run). The bench runs this file as a
// child (fork with tsx) and, for comparison, also in its own process after the build.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { InferenceHost } from '../../../main/inference/inference-host';
import { searchSimilar } from '../../../main/services/similar-cases';
import { denseRetriever, installedEncoder } from '../../../main/services/similar-cases/dense-index';
import { lexicalSearch } from '../../../main/services/similar-cases/lexical-search';
import type { DenseRetriever } from '../../../main/services/similar-cases/search-similar';
import { openDatabase } from '../../../main/store/database';
import { knowledgeMigrations } from '../../../main/store/migrations/knowledge';

export interface QueryPhaseInput {
  file: string;
  modelsDir: string;
  texts: string[];
  /** Texts for the lexical FTS5 path; empty when the store has no FTS index. */
  ftsTexts: string[];
  /** Whether the store has case vectors to search (the encoder is installed). */
  withDense: boolean;
}

/** Milliseconds per query, in query order. */
export interface QueryPhaseTimes {
  fts: number[];
  postings: number[];
  hybrid: number[];
  /** Hybrid without the dense list; empty without vectors. */
  hybridLexical: number[];
}

async function timeQueries(texts: readonly string[], run: (text: string) => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (const text of texts) {
    const t = performance.now();
    await run(text);
    times.push(performance.now() - t);
  }
  return times;
}

/** Opens the store on a fresh connection, warms it with one query, then times each path. */
export async function runQueryPhase(input: QueryPhaseInput): Promise<QueryPhaseTimes> {
  const db = openDatabase({ file: input.file, migrations: knowledgeMigrations });
  const encoder = input.withDense ? installedEncoder(input.modelsDir) : null;
  const host = encoder ? new InferenceHost({ modelsDir: input.modelsDir, isEnabled: () => true }) : null;
  try {
    const dense: DenseRetriever | null =
      host && encoder
        ? denseRetriever(
            db,
            async (t) =>
              host.embed(
                t.map((text) => ({ text })),
                { feature: 'similarCases' },
              ),
            encoder,
          )
        : null;
    const hybridOf = (d: DenseRetriever | null) => (text: string) =>
      searchSimilar(db, { query: text, mode: 'facts', method: 'hybrid', k: 30 }, d);
    // Warm-up: the first query pays for the page cache, the bit index and the encoder session.
    await hybridOf(dense)(input.texts[0] ?? '');
    const fts = await timeQueries(input.ftsTexts, (text) => lexicalSearch(db, { text, column: 'facts', limit: 90, via: 'fts' }));
    const postings = await timeQueries(input.texts, (text) => lexicalSearch(db, { text, column: 'facts', limit: 90 }));
    const hybrid = await timeQueries(input.texts, hybridOf(dense));
    // The same without the dense list: what the lexical side, the signals and the explanations cost.
    const hybridLexical = dense ? await timeQueries(input.texts, hybridOf(null)) : [];
    return { fts, postings, hybrid, hybridLexical };
  } finally {
    await host?.close();
    db.close();
  }
}

/** runQueryPhase in a child process (node with tsx), as a freshly started app would serve it. */
export function runQueryPhaseInChild(input: QueryPhaseInput): Promise<QueryPhaseTimes> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--query-phase'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: QueryPhaseTimes | null = null;
    child.on('message', (message) => {
      result = message as QueryPhaseTimes;
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`查询阶段子进程退出（代码 ${code}）而未返回计时`))));
    child.send(input);
  });
}

if (process.argv.includes('--query-phase') && process.send) {
  process.once('message', (input) => {
    runQueryPhase(input as QueryPhaseInput).then(
      (times) => process.send?.(times, () => process.exit(0)),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
