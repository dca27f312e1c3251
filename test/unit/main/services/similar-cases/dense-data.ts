// Small real vector stores for the dense-index tests: a migrated knowledge.db in a temp folder,
// `cases` rows the filters can see, and seeded random unit vectors (same on every run).
import { join } from 'node:path';
import type { CaseVectorRow } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { gaussian, normalise, randomUnitVector, seededRandom } from '../../../../bench/support/synthetic-vectors';
import { tempDir } from '../../../../helpers/temp-app';

export const model = { id: 'legal-encoder', version: '0.0.1', sha256: 'a'.repeat(64) };

export function vectorStore(): { db: Db; cleanup: () => void } {
  const tmp = tempDir('judgedesk-dense-');
  const db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
  return {
    db,
    cleanup: () => {
      db.close();
      tmp.cleanup();
    },
  };
}

/** `count` random unit vectors with ids 1..count. */
export function randomRows(count: number, dimension: number, seed: number): CaseVectorRow[] {
  const normal = gaussian(seededRandom(seed));
  return Array.from({ length: count }, (_, i) => ({ id: i + 1, vector: randomUnitVector(dimension, normal) }));
}

/** `clusters` random centres with `perCluster` members each at noise norm `sigma`; the centres too. */
export function clusteredRows(
  clusters: number,
  perCluster: number,
  dimension: number,
  sigma: number,
  seed: number,
): { rows: CaseVectorRow[]; centres: Float32Array[] } {
  const normal = gaussian(seededRandom(seed));
  const centres = Array.from({ length: clusters }, () => randomUnitVector(dimension, normal));
  const rows: CaseVectorRow[] = [];
  centres.forEach((centre) => {
    for (let m = 0; m < perCluster; m += 1) {
      rows.push({ id: rows.length + 1, vector: normalise(centre.map((x) => x + (sigma / Math.sqrt(dimension)) * normal())) });
    }
  });
  return { rows, centres };
}

/** Case rows for ids 1..count: odd ids 基层, even ids 中级 (what the court-level filter sees). */
export function insertCases(db: Db, count: number): void {
  const insert = db.prepare(
    `INSERT INTO cases (id, source, source_id, kind, court_level, causes, parties, facts, reasoning, result, cited, fact_key)
     VALUES (?, 'test', ?, '刑事', ?, '["盗窃罪"]', '', ?, '', '', '[]', ?)`,
  );
  db.transaction(() => {
    for (let id = 1; id <= count; id += 1) insert.run(id, String(id), id % 2 ? '基层' : '中级', `案情${id}`, `key${id}`);
  })();
}

/** Brute-force L2 nearest ids in JavaScript: the reference the SQL paths are checked against. */
export function bruteForce(
  rows: readonly CaseVectorRow[],
  query: Float32Array,
  k: number,
  keep: (id: number) => boolean = () => true,
): number[] {
  return rows
    .filter((r) => keep(r.id))
    .map((r) => ({ id: r.id, d: r.vector.reduce((s, x, j) => s + (x - (query[j] as number)) ** 2, 0) }))
    .sort((a, b) => a.d - b.d || a.id - b.id)
    .slice(0, k)
    .map((r) => r.id);
}
