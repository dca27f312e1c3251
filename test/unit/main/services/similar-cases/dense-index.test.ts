import { afterEach, describe, expect, it } from 'vitest';
import { denseRetriever, warmDenseIndex } from '../../../../../main/services/similar-cases/dense-index';
import { nearestVectors, quantisedSearch } from '../../../../../main/services/similar-cases/dense-search';
import { readVectorMeta } from '../../../../../main/services/similar-cases/dense-meta';
import type { DenseStrategy, Embed } from '../../../../../main/services/similar-cases/dense-index';
import { writeCaseVectors } from '../../../../../main/services/similar-cases/dense-write';
import type { Db } from '../../../../../main/store/database';
import { bruteForce, insertCases, model, randomRows, vectorStore } from './dense-data';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../../../helpers/temp-app';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

describe('denseRetriever', () => {
  it.each<DenseStrategy>(['exact', 'quantised'])('honours filters and excluded ids (%s)', async (strategy) => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(800, 32, 21);
    insertCases(db, rows.length);
    await writeCaseVectors(db, model, rows);
    const query = rows[9]?.vector as Float32Array;
    // The text stands for the query case; the vector is what the encoder would give for it.
    const embed: Embed = async () => ({ model, vectors: [query] });
    const retriever = denseRetriever(db, embed, model, strategy);
    const excluded = new Set([10, 12, 14]);

    const unfiltered = await retriever.search('案情', undefined, 20, excluded);
    expect(unfiltered.map((h) => h.id)).toEqual(bruteForce(rows, query, 20, (id) => !excluded.has(id)));

    const filtered = await retriever.search('案情', { courtLevels: ['中级'] }, 20, excluded);
    // 中级 = even ids (see insertCases); the query case itself (10) is excluded.
    expect(filtered.map((h) => h.id)).toEqual(bruteForce(rows, query, 20, (id) => id % 2 === 0 && !excluded.has(id)));
    expect(filtered[0]?.score).toBeLessThan(0);
  });

  it('answers an empty list for an empty index', async () => {
    store = vectorStore();
    await writeCaseVectors(store.db, model, []);
    const embed: Embed = async () => ({ model, vectors: [new Float32Array(32)] });
    expect(await denseRetriever(store.db, embed, model).search('案情', undefined, 10)).toEqual([]);
  });

  it('warms the bit index and the encoder session before the first search, only for a usable index', async () => {
    store = vectorStore();
    const db = store.db;
    const rows = randomRows(400, 32, 23);
    await writeCaseVectors(db, model, rows);
    const models = tempDir('judgedesk-models-');
    mkdirSync(join(models.dir, 'legal-encoder'));
    writeFileSync(join(models.dir, 'legal-encoder', 'model.onnx'), '');
    writeFileSync(
      join(models.dir, 'legal-encoder', 'card.json'),
      JSON.stringify({ ...model, files: [{ path: 'model.onnx', sha256: model.sha256 }] }),
    );
    const texts: string[] = [];
    const inference = {
      embed: async (inputs: Array<{ text: string }>) => (texts.push(...inputs.map((i) => i.text)), { model, vectors: [] }),
    };
    const query = rows[7]?.vector as Float32Array;
    const meta = readVectorMeta(db)!;
    const small = { ...quantisedSearch, exactBelow: 100 };
    try {
      expect(await warmDenseIndex(db, inference, join(models.dir, 'nowhere'), small)).toBe(false);
      expect(texts).toEqual([]);
      expect(await warmDenseIndex(db, inference, models.dir, small)).toBe(true);
      expect(texts).toHaveLength(1);
      // The bits were loaded by the warm-up: emptying their table now changes nothing.
      db.exec('DELETE FROM case_vectors_bit');
      expect(nearestVectors(db, meta, query, 5, 'auto', small).map((h) => h.id)).toEqual(bruteForce(rows, query, 5));
    } finally {
      models.cleanup();
    }
  });
});
