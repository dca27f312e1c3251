// Writes the case vectors of one encoder build: the float table (exact search, rerank), its
// binary-quantised copy (the hamming first stage at scale) and int8 codes (the stage between),
// with the record in knowledge_meta, all in one transaction — an error anywhere leaves the
// previous index exactly as it was. The tables are those of knowledge migration 006, recreated
// empty by its own definition: a vec0 table's dimension is fixed when it is created, and the
// vectors take the encoder's.
import type { Db } from '../../store/database';
import { createCaseVectorTables, dropCaseVectorTables } from '../../store/migrations/knowledge/006-case-vectors';
import { forgetBitIndex } from './dense-bits';
import { CodeWriter, forgetVectorCodes } from './dense-codes';
import type { EncoderRef, VectorMeta } from './dense-meta';
import {
  bitTable,
  codesTable,
  loadVectorExtension,
  metaKey,
  quantisationVersion,
  rerankTable,
  vectorBlob,
  vectorTable,
} from './dense-meta';

export interface CaseVectorRow {
  id: number;
  vector: Float32Array;
}

/** 'vectors': float rows written so far; 'quantised': the bit rows, once, when the second pass ends. */
export type VectorProgress = (done: number, stage: 'vectors' | 'quantised') => void;

const progressEvery = 1024;

/**
 * Replaces the vector index with `rows` (ids of `cases`, unit vectors of one dimension). Two
 * passes: the floats are written while their mean is summed, then read back to write the sign
 * bits around that mean (the centre is only known once every vector has been seen). `rows` may
 * be async (the encoder embeds batch by batch), so at 1M cases no vector list is held in memory. Row ids are
 * BigInt: sqlite-vec refuses a JavaScript number as a rowid.
 */
export async function writeCaseVectors(
  db: Db,
  model: EncoderRef,
  rows: Iterable<CaseVectorRow> | AsyncIterable<CaseVectorRow>,
  onProgress?: VectorProgress,
): Promise<VectorMeta> {
  loadVectorExtension(db);
  db.exec('BEGIN IMMEDIATE');
  try {
    let dimension = 0;
    let count = 0;
    let sum = new Float64Array(0);
    let insert: ((id: bigint, vector: Buffer) => void) | null = null;
    let codes: CodeWriter | null = null;
    for await (const row of rows) {
      if (!insert) {
        dimension = row.vector.length;
        if (dimension === 0 || dimension % 8 !== 0) throw new Error(`案例向量维度 ${dimension} 无效（须为 8 的正整数倍）：案例 #${row.id}`);
        sum = new Float64Array(dimension);
        dropCaseVectorTables(db);
        createCaseVectorTables(db, dimension);
        codes = new CodeWriter(db, dimension);
        const statement = db.prepare(`INSERT INTO ${vectorTable} (rowid, embedding) VALUES (?, ?)`);
        const plain = db.prepare(`INSERT INTO ${rerankTable} (id, embedding) VALUES (?, ?)`);
        insert = (id, vector) => {
          statement.run(id, vector);
          plain.run(id, vector);
        };
      }
      checkRow(row, dimension, count);
      insert(BigInt(row.id), vectorBlob(row.vector));
      codes?.add(row.id, row.vector);
      for (let j = 0; j < dimension; j += 1) sum[j] = (sum[j] as number) + (row.vector[j] as number);
      count += 1;
      if (count % progressEvery === 0) onProgress?.(count, 'vectors');
    }
    // No vectors: the tables stay, empty, at the dimension they had.
    if (!insert) for (const table of [vectorTable, bitTable, rerankTable, codesTable]) db.exec(`DELETE FROM ${table}`);
    codes?.flush();
    if (count % progressEvery !== 0) onProgress?.(count, 'vectors');
    const meta: VectorMeta = { id: model.id, version: model.version, sha256: model.sha256, dimension, count };
    if (count > 0) {
      const centre = Array.from(sum, (s) => Math.fround(s / count));
      writeBits(db, centre, onProgress);
      meta.quantisation = { kind: 'binary', version: quantisationVersion, table: bitTable, centre, count };
    }
    db.prepare('INSERT OR REPLACE INTO knowledge_meta (key, value) VALUES (?, ?)').run(metaKey, JSON.stringify(meta));
    db.exec('COMMIT');
    forgetBitIndex(db);
    forgetVectorCodes(db);
    return meta;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

function checkRow(row: CaseVectorRow, dimension: number, index: number): void {
  if (!Number.isInteger(row.id) || row.id <= 0) throw new Error(`第 ${index + 1} 个案例向量的案例编号 ${row.id} 无效`);
  if (row.vector.length !== dimension) throw new Error(`案例 #${row.id} 的向量维度 ${row.vector.length} 与索引维度 ${dimension} 不符`);
  for (const x of row.vector) if (!Number.isFinite(x)) throw new Error(`案例 #${row.id} 的向量含非有限数值（NaN 或无穷大）`);
}

/** Second pass in SQL: sqlite-vec reads the floats chunk by chunk, no row crosses into JavaScript. */
function writeBits(db: Db, centre: readonly number[], onProgress?: VectorProgress): void {
  const written = db
    .prepare(`INSERT INTO ${bitTable} (rowid, embedding) SELECT rowid, vec_quantize_binary(vec_sub(embedding, ?)) FROM ${vectorTable}`)
    .run(vectorBlob(Float32Array.from(centre))).changes;
  onProgress?.(written, 'quantised');
}
