import { afterEach, describe, expect, it } from 'vitest';
import { searchSimilar } from '../../../../../main/services/similar-cases';
import type { DenseRetriever } from '../../../../../main/services/similar-cases';
import type { Db } from '../../../../../main/store/database';
import { insertCases, model, vectorStore } from './dense-data';

let store: { db: Db; cleanup: () => void } | null = null;
afterEach(() => store?.cleanup());

const facts = '被告人王某在某超市内盗窃香烟两条，价值人民币八百元，后被当场抓获，到案后如实供述自己的罪行。';

/** Records, in order, when the dense search is asked and when a lexical index is first read. */
function watched(db: Db, events: string[]): Db {
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    if (/cases_fts|case_postings/.test(sql)) events.push('lexical');
    return prepare(sql);
  }) as Db['prepare'];
  return db;
}

describe('hybrid search timing', () => {
  it('asks for the dense list (the query embedding) before the lexical search runs, and waits for it', async () => {
    store = vectorStore();
    insertCases(store.db, 5);
    const events: string[] = [];
    const db = watched(store.db, events);
    const dense: DenseRetriever = {
      model,
      search: (): Promise<Array<{ id: number; score: number }>> => {
        events.push('dense asked');
        return new Promise((resolve) =>
          setTimeout(() => {
            events.push('dense answered');
            resolve([{ id: 3, score: -0.1 }]);
          }, 20),
        );
      },
    };
    const out = await searchSimilar(db, { query: facts, mode: 'facts', method: 'hybrid', k: 5 }, dense);
    expect(events[0]).toBe('dense asked');
    expect(events).toContain('lexical');
    expect(events.at(-1)).toBe('dense answered');
    // The dense hit was used: nothing explains 案情3 against the query, so it is counted, not shown.
    expect(out.unexplained).toBe(1);
  });

  it('a failing lexical search fails the request and leaves no unhandled rejection from the dense side', async () => {
    store = vectorStore();
    const db = store.db;
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      if (/cases_fts|case_postings/.test(sql)) throw new Error('索引损坏');
      return prepare(sql);
    }) as Db['prepare'];
    const dense: DenseRetriever = { model, search: () => Promise.reject(new Error('编码器不可用')) };
    await expect(searchSimilar(db, { query: facts, mode: 'facts', method: 'hybrid', k: 5 }, dense)).rejects.toThrow('索引损坏');
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', onUnhandled);
    expect(unhandled).toEqual([]);
  });
});
