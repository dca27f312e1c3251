// Dense retrieval: one legal-encoder vector per case in sqlite-vec tables inside knowledge.db.
// The vectors belong to one encoder build (its model.onnx sha256 is kept in knowledge_meta); a
// different encoder, or none, means no dense list, never a list from mismatched vectors. Writing
// is in dense-write.ts, the exact and quantised nearest-vector searches in dense-search.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Refusal } from '../../../shared/contract/refusal';
import type { SimilarFilters } from '../../../shared/contract/channels/similar-cases';
import type { Db } from '../../store/database';
import { filterSql, hasFilters } from './case-filters';
import type { EncoderRef, VectorMeta } from './dense-meta';
import { loadVectorExtension, readVectorMeta, usableQuantisation } from './dense-meta';
import type { DenseStrategy, QuantisedTuning } from './dense-search';
import { nearestVectors, quantisedSearch } from './dense-search';
import { preloadBitIndex } from './dense-bits';
import { vectorCodes } from './dense-codes';
import { writeCaseVectors } from './dense-write';
import type { RankedId } from './lexical-search';
import type { DenseRetriever } from './search-similar';

export type { EncoderRef, VectorMeta } from './dense-meta';
export { loadVectorExtension, vectorTable } from './dense-meta';
export { writeCaseVectors } from './dense-write';
export type { CaseVectorRow, VectorProgress } from './dense-write';
export type { DenseStrategy } from './dense-search';

const encoderId = 'legal-encoder';
const batchSize = 256;

/** What turns texts into unit vectors: InferenceHost.embed in the app, the same host in the eval. */
export type Embed = (texts: string[]) => Promise<{ model: EncoderRef; vectors: Float32Array[] }>;

/** The installed encoder's model.onnx sha256 from its card, or null when none is installed. */
export function installedEncoder(modelsDir: string): EncoderRef | null {
  const cardFile = join(modelsDir, encoderId, 'card.json');
  if (!existsSync(cardFile) || !existsSync(join(modelsDir, encoderId, 'model.onnx'))) return null;
  const card = JSON.parse(readFileSync(cardFile, 'utf8')) as {
    id: string;
    version: string;
    files: Array<{ path: string; sha256: string }>;
  };
  const sha256 = card.files.find((f) => f.path === 'model.onnx')?.sha256;
  return sha256 ? { id: card.id, version: card.version, sha256 } : null;
}

export function denseIndexState(db: Db, modelsDir: string): { available: boolean; vectors: number; note: string } {
  const encoder = installedEncoder(modelsDir);
  const meta = readVectorMeta(db);
  if (!encoder) return { available: false, vectors: 0, note: '未安装法律文本编码器：仅字面检索与结构化要素' };
  if (!meta || meta.sha256 !== encoder.sha256) {
    return { available: false, vectors: meta?.count ?? 0, note: '类案向量索引未建立或与当前编码器不符：运行 judgedesk search index-cases' };
  }
  const method = searchMethodNote(db, meta);
  return {
    available: true,
    vectors: meta.count,
    note: `向量索引：${meta.count} 件，${meta.dimension} 维（${encoder.id} ${encoder.version}）；${method}`,
  };
}

function searchMethodNote(db: Db, meta: VectorMeta): string {
  loadVectorExtension(db);
  if (usableQuantisation(db, meta)) {
    return meta.count >= quantisedSearch.exactBelow ? '二值量化初筛 + 精确重排' : '精确检索（规模较小）';
  }
  // Without a usable quantised copy (none recorded, another layout version, the bit table gone)
  // the exact search still gives the right list, only slowly at scale.
  return meta.count >= quantisedSearch.exactBelow ? '精确检索（索引无量化副本，重建后可加速）' : '精确检索';
}

/**
 * (Re)builds the vectors of every case with the encoder, batch by batch, in one transaction (see
 * writeCaseVectors), with progress over the number of cases.
 */
export async function buildCaseVectors(db: Db, embed: Embed, onProgress?: (done: number, total: number) => void): Promise<VectorMeta> {
  const ids = db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as number[];
  const factsOf = db.prepare('SELECT facts FROM cases WHERE id = ?').pluck();
  const embedBatch = async (start: number) => {
    const batch = ids.slice(start, start + batchSize);
    return { batch, ...(await embed(batch.map((id) => factsOf.get(id) as string))) };
  };
  // The first batch names the encoder that made the vectors; an empty corpus records the id only.
  const first = ids.length > 0 ? await embedBatch(0) : null;
  const model: EncoderRef = first?.model ?? { id: encoderId, version: '', sha256: '' };
  async function* rows(): AsyncGenerator<{ id: number; vector: Float32Array }> {
    for (let start = 0; start < ids.length; start += batchSize) {
      const result = start === 0 && first ? first : await embedBatch(start);
      if (result.model.sha256 !== model.sha256) throw new Refusal('CONFLICT', '建立向量索引期间法律文本编码器发生变化，请重新建立索引');
      for (let i = 0; i < result.batch.length; i += 1) yield { id: result.batch[i] as number, vector: result.vectors[i] as Float32Array };
    }
  }
  return writeCaseVectors(db, model, rows(), (done, stage) => {
    if (stage === 'vectors') onProgress?.(done, ids.length);
  });
}

/**
 * Nearest cases by vector (quantised + exact rerank on large indexes, see dense-search.ts);
 * filters applied to an over-fetched list (sqlite-vec KNN has no joins). The index record is
 * read once: a retriever lives for one request.
 */
export function denseRetriever(db: Db, embed: Embed, model: EncoderRef, strategy: DenseStrategy = 'auto'): DenseRetriever {
  loadVectorExtension(db);
  const meta = readVectorMeta(db);
  return {
    model,
    async search(text: string, filters: SimilarFilters | undefined, limit: number, excludeIds?: ReadonlySet<number>): Promise<RankedId[]> {
      const { vectors } = await embed([text]);
      const vector = vectors[0];
      if (!vector || !meta || meta.count === 0) return [];
      const fetch = (hasFilters(filters) ? limit * 8 : limit) + (excludeIds?.size ?? 0);
      let hits = nearestVectors(db, meta, vector, fetch, strategy)
        .map((r) => ({ id: r.id, score: -r.distance }))
        .filter((h) => !excludeIds?.has(h.id));
      if (hasFilters(filters)) {
        const { where, params } = filterSql(filters);
        const keep = db.prepare(`SELECT 1 FROM cases c WHERE c.id = ? AND ${where}`).pluck();
        hits = hits.filter((h) => keep.get(h.id, ...params) !== undefined);
      }
      return hits.slice(0, limit);
    },
  };
}

/** What the service asks of the inference host: the legal encoder's vectors, under the 类案推送 switch. */
export type EmbedHost = {
  embed(inputs: Array<{ text: string }>, options: { feature: 'similarCases' }): Promise<{ model: EncoderRef; vectors: Float32Array[] }>;
};

/**
 * Makes the next dense search as fast as the ones after it: loads the bit index and the int8
 * codes when the corpus is searched quantised (≈ 300 MB at 1M cases; the first quantised search
 * of `npm run bench dense` shows the load time), and starts the encoder session with one short
 * text. Called when the 类案推送 page opens (similarCases.status), while the judge is still
 * typing. True when the index was usable.
 */
export async function warmDenseIndex(
  db: Db,
  inference: EmbedHost | null,
  modelsDir: string,
  tuning: QuantisedTuning = quantisedSearch,
): Promise<boolean> {
  if (!denseIndexState(db, modelsDir).available) return false;
  const meta = readVectorMeta(db);
  const quantisation = usableQuantisation(db, meta);
  if (meta && quantisation && meta.count >= tuning.exactBelow) {
    preloadBitIndex(db, meta, quantisation);
    vectorCodes(db, meta);
  }
  await inference?.embed([{ text: '案情' }], { feature: 'similarCases' });
  return true;
}

/** The app's dense retriever: the installed encoder through the inference host, if its vectors are built. */
export async function openDenseRetriever(db: Db, inference: EmbedHost | null, modelsDir: string): Promise<DenseRetriever | null> {
  if (!inference || !denseIndexState(db, modelsDir).available) return null;
  const encoder = installedEncoder(modelsDir);
  if (!encoder) return null;
  const embed: Embed = (texts) =>
    inference.embed(
      texts.map((text) => ({ text })),
      { feature: 'similarCases' },
    );
  return denseRetriever(db, embed, encoder);
}
