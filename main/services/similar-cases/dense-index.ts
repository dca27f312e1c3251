// Dense retrieval: one legal-encoder vector per case in a sqlite-vec table inside knowledge.db.
// The vectors belong to one encoder build (its model.onnx sha256 is kept in knowledge_meta); a
// different encoder, or none, means no dense list, never a list from mismatched vectors.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as sqliteVec from 'sqlite-vec';
import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';
import { filterSql, hasFilters } from './case-filters';
import type { RankedId } from './lexical-search';
import type { DenseRetriever } from './search-similar';

export const vectorTable = 'case_vectors';
const metaKey = 'caseVectorsModel';
const encoderId = 'legal-encoder';
const batchSize = 256;

export interface EncoderRef {
  id: string;
  version: string;
  sha256: string;
}

/** What turns texts into unit vectors: InferenceHost.embed in the app, the same host in the eval. */
export type Embed = (texts: string[]) => Promise<{ model: EncoderRef; vectors: Float32Array[] }>;

interface VectorMeta extends EncoderRef {
  dimension: number;
  count: number;
}

const loaded = new WeakSet<Db>();
export function loadVectorExtension(db: Db): void {
  if (loaded.has(db)) return;
  sqliteVec.load(db);
  loaded.add(db);
}

/** The installed encoder's model.onnx sha256 from its card, or null when none is installed. */
export function installedEncoder(modelsDir: string): EncoderRef | null {
  const cardFile = join(modelsDir, encoderId, 'card.json');
  if (!existsSync(cardFile) || !existsSync(join(modelsDir, encoderId, 'model.onnx'))) return null;
  const card = JSON.parse(readFileSync(cardFile, 'utf8')) as { id: string; version: string; files: Array<{ path: string; sha256: string }> };
  const sha256 = card.files.find((f) => f.path === 'model.onnx')?.sha256;
  return sha256 ? { id: card.id, version: card.version, sha256 } : null;
}

function vectorMeta(db: Db): VectorMeta | null {
  const raw = db.prepare('SELECT value FROM knowledge_meta WHERE key = ?').pluck().get(metaKey) as string | undefined;
  return raw ? (JSON.parse(raw) as VectorMeta) : null;
}

export function denseIndexState(db: Db, modelsDir: string): { available: boolean; vectors: number; note: string } {
  const encoder = installedEncoder(modelsDir);
  const meta = vectorMeta(db);
  if (!encoder) return { available: false, vectors: 0, note: '未安装法律文本编码器：仅字面检索与结构化要素' };
  if (!meta || meta.sha256 !== encoder.sha256) {
    return { available: false, vectors: meta?.count ?? 0, note: '类案向量索引未建立或与当前编码器不符：运行 judgedesk search index-cases' };
  }
  return { available: true, vectors: meta.count, note: `向量索引：${meta.count} 件，${meta.dimension} 维（${encoder.id} ${encoder.version}）` };
}

/**
 * (Re)builds the vector table for every case, in one transaction, with progress. Row ids are
 * BigInt: sqlite-vec refuses a JavaScript number as a rowid.
 */
export async function buildCaseVectors(db: Db, embed: Embed, onProgress?: (done: number, total: number) => void): Promise<VectorMeta> {
  loadVectorExtension(db);
  const ids = db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as number[];
  const factsOf = db.prepare('SELECT facts FROM cases WHERE id = ?').pluck();
  let meta: VectorMeta | null = null;
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(`DROP TABLE IF EXISTS ${vectorTable}`);
    for (let start = 0; start < ids.length; start += batchSize) {
      const batch = ids.slice(start, start + batchSize);
      const { model, vectors } = await embed(batch.map((id) => factsOf.get(id) as string));
      if (!meta) {
        meta = { ...model, dimension: vectors[0]?.length ?? 0, count: 0 };
        db.exec(`CREATE VIRTUAL TABLE ${vectorTable} USING vec0(embedding float[${meta.dimension}])`);
      }
      const insert = db.prepare(`INSERT INTO ${vectorTable} (rowid, embedding) VALUES (?, ?)`);
      batch.forEach((id, i) => insert.run(BigInt(id), Buffer.from((vectors[i] as Float32Array).buffer)));
      meta.count += batch.length;
      onProgress?.(meta.count, ids.length);
    }
    meta ??= { id: encoderId, version: '', sha256: '', dimension: 0, count: 0 };
    db.prepare('INSERT OR REPLACE INTO knowledge_meta (key, value) VALUES (?, ?)').run(metaKey, JSON.stringify(meta));
    db.exec('COMMIT');
    return meta;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Nearest cases by vector; filters applied to an over-fetched list (sqlite-vec KNN has no joins). */
export function denseRetriever(db: Db, embed: Embed, model: EncoderRef): DenseRetriever {
  loadVectorExtension(db);
  return {
    model,
    async search(text: string, filters: SimilarFilters | undefined, limit: number, excludeIds?: ReadonlySet<number>): Promise<RankedId[]> {
      const { vectors } = await embed([text]);
      const vector = vectors[0];
      if (!vector) return [];
      const fetch = (hasFilters(filters) ? limit * 8 : limit) + (excludeIds?.size ?? 0);
      const rows = db
        .prepare(`SELECT rowid AS id, distance FROM ${vectorTable} WHERE embedding MATCH ? AND k = ? ORDER BY distance`)
        .all(Buffer.from(vector.buffer), fetch) as Array<{ id: number | bigint; distance: number }>;
      let hits = rows.map((r) => ({ id: Number(r.id), score: -r.distance })).filter((h) => !excludeIds?.has(h.id));
      if (hasFilters(filters)) {
        const { where, params } = filterSql(filters);
        const keep = db.prepare(`SELECT 1 FROM cases c WHERE c.id = ? AND ${where}`).pluck();
        hits = hits.filter((h) => keep.get(h.id, ...params) !== undefined);
      }
      return hits.slice(0, limit);
    },
  };
}

/** The app's dense retriever: the installed encoder through the inference host, if its vectors are built. */
export async function openDenseRetriever(
  db: Db,
  inference: { embed(inputs: Array<{ text: string }>, options: { feature: 'similarCases' }): Promise<{ model: EncoderRef; vectors: Float32Array[] }> } | null,
  modelsDir: string,
): Promise<DenseRetriever | null> {
  if (!inference || !denseIndexState(db, modelsDir).available) return null;
  const encoder = installedEncoder(modelsDir);
  if (!encoder) return null;
  const embed: Embed = (texts) => inference.embed(texts.map((text) => ({ text })), { feature: 'similarCases' });
  return denseRetriever(db, embed, encoder);
}
