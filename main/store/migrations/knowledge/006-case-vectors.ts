import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Migration } from '../../migration';
import { loadSqliteVec } from '../../vector-extension';

/**
 * The legal encoder's output size (models/legal-encoder/card.json): the dimension the vector tables
 * are created with until an index of another encoder replaces them.
 */
export const caseVectorDimension = 256;

/**
 * The case vectors of the similar-case search (main/services/similar-cases/dense-*.ts), one row a
 * case keyed by cases.id:
 * - `case_vectors` (vec0, float[d]): the exact nearest-vector search, and the source of the bits;
 * - `case_vectors_bit` (vec0, bit[d]): sign bits of (vector − corpus mean), the hamming first stage;
 * - `case_vector_rows`: the same floats as plain rows, for the rerank's reads by id;
 * - `case_vector_codes`: int8 codes, 1,024 cases a record, the stage before the exact rerank.
 * vec0 fixes the dimension when a table is created, so an index written with vectors of another
 * size recreates the tables through this function (dense-write.ts), the one definition of their
 * schema. IF NOT EXISTS: a store whose vector tables predate this migration keeps them and its
 * vectors as they are.
 */
export function createCaseVectorTables(db: Database, dimension: number): void {
  if (!Number.isInteger(dimension) || dimension <= 0 || dimension % 8 !== 0) {
    throw new Error(`案例向量维度 ${dimension} 无效（须为 8 的正整数倍）`);
  }
  loadSqliteVec(db);
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS case_vectors USING vec0(embedding float[${dimension}]);
    CREATE VIRTUAL TABLE IF NOT EXISTS case_vectors_bit USING vec0(embedding bit[${dimension}]);
    CREATE TABLE IF NOT EXISTS case_vector_rows (id INTEGER PRIMARY KEY, embedding BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS case_vector_codes (
      record INTEGER PRIMARY KEY,
      -- float64 case ids, int8 codes (row after row), float32 scales: 1,024 cases at most
      ids BLOB NOT NULL,
      codes BLOB NOT NULL,
      scales BLOB NOT NULL
    );
  `);
}

/** The vector tables dropped (with their vec0 shadow tables), for a rebuild at another dimension. */
export function dropCaseVectorTables(db: Database): void {
  loadSqliteVec(db);
  for (const table of ['case_vectors', 'case_vectors_bit', 'case_vector_rows', 'case_vector_codes'])
    db.exec(`DROP TABLE IF EXISTS ${table}`);
}

/** The dimension of a case_vectors table written before this migration, if the store has one. */
function existingDimension(db: Database): number | null {
  const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'case_vectors'").pluck().get() as string | undefined;
  const match = sql ? /float\[(\d+)\]/.exec(sql) : null;
  return match ? Number(match[1]) : null;
}

export const caseVectorTables: Migration = {
  version: 6,
  name: 'case-vectors',
  up(db) {
    // Tables an older index lacks (the bits, the plain rows, the codes) join it at its dimension.
    createCaseVectorTables(db, existingDimension(db) ?? caseVectorDimension);
  },
};
