import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexTokens } from '../../../../../main/services/laws/fts-tokens';
import type { CaseRecord } from '../../../../../main/services/similar-cases/case-record';
import { CaseWriter } from '../../../../../main/services/similar-cases/case-writer';
import { lexicalSearch } from '../../../../../main/services/similar-cases/lexical-search';
import type { LexicalQuery } from '../../../../../main/services/similar-cases/lexical-search';
import {
  buildCasePostings,
  currentPostings,
  decodePostings,
  ftsAverages,
  postingsMeta,
} from '../../../../../main/services/similar-cases/postings-index';
import { factBigrams, tokenCount } from '../../../../../main/services/similar-cases/postings-tokens';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { tempDir } from '../../../../helpers/temp-app';
import { hasCaseData, headLines } from './case-data';

/** What FTS5 stores for a text (fts-tokens.ts), the reference the fast scanner must agree with. */
function referenceBigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of indexTokens(text).split(' ')) if ([...token].length === 2) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

describe('postings tokens', () => {
  it('counts tokens and bigrams exactly as the FTS index stores them, Latin runs, digits, full-width and rare characters included', () => {
    const texts = [
      '被告人王某于2018年3月5日在ＡＢＣ超市盗窃香烟两条，价值人民币800元；借款10万元，年利率24%，ok。',
      '𠮷野家𠮷野家 和 A1 b2 ｃ３ 甲',
      '',
      ...(hasCaseData ? headLines('cases/cail2018/data_test.json', 200).map((l) => (JSON.parse(l) as { fact: string }).fact) : []),
    ];
    for (const text of texts) {
      expect(tokenCount(text)).toBe(indexTokens(text).split(' ').filter(Boolean).length);
      expect([...factBigrams(text)].sort()).toEqual([...referenceBigrams(text)].sort());
    }
  });
});

let serial = 0;
function record(facts: string, kind: '刑事' | '民事' = '刑事', causes = ['盗窃罪']): CaseRecord {
  serial += 1;
  return {
    source: 'test',
    sourceId: String(serial),
    kind,
    court: null,
    courtLevel: null,
    region: null,
    caseNumber: null,
    causes,
    decidedOn: null,
    parties: '',
    facts,
    reasoning: '',
    result: '',
    citationText: '',
    outcome: { prisonMonths: null, lifeImprisonment: false, deathPenalty: false, fine: null, awarded: null },
  };
}

/** FTS5 itself: ids and bm25 (as a positive score) for a MATCH on the facts column. */
function ftsRanking(db: Db, match: string): Array<{ id: number; score: number }> {
  return db
    .prepare(
      'SELECT rowid AS id, -bm25(cases_fts, 1.0, 0.0) AS score FROM cases_fts WHERE cases_fts MATCH ? ORDER BY bm25(cases_fts, 1.0, 0.0), rowid',
    )
    .all(`facts : (${match})`) as Array<{ id: number; score: number }>;
}

describe.skipIf(!hasCaseData)('case postings over a real corpus sample', () => {
  const tmp = tempDir();
  let db: Db;
  const rare: number[] = [];
  let civil = 0;
  const rareQuery = '案发地点位于璇玑路附近的仓库内';

  beforeAll(async () => {
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    const writer = new CaseWriter(db);
    db.transaction(() => {
      headLines('cases/cail2018/data_train.json', 400).forEach((line, i) => writer.addLine(line, `第 ${i + 1} 行`));
      // 璇玑路: a bigram in 15 of ~415 cases (under 5 %), with different counts and lengths, so
      // its postings have a clear order by impact; the weakest is the only civil case.
      for (let i = 0; i < 14; i += 1) {
        const id = writer.add(record(`被告人甲${i}在璇玑路${'璇玑路'.repeat(i % 3)}实施盗窃。${'后被抓获归案。'.repeat(i % 5)}`));
        if (id !== null) rare.push(id);
      }
      civil =
        writer.add(
          record(`原告乙诉称，被告丙在璇玑路经营商铺，拖欠货款若干，${'请求判令被告返还货款并支付利息。'.repeat(6)}`, '民事', [
            '买卖合同纠纷',
          ]),
        ) ?? 0;
    })();
    await buildCasePostings(db);
  }, 60_000);
  afterAll(() => {
    db?.close();
    tmp.cleanup();
  });

  const both = (query: Omit<LexicalQuery, 'column'>) => ({
    postings: lexicalSearch(db, { ...query, column: 'facts' }),
    fts: lexicalSearch(db, { ...query, column: 'facts', via: 'fts' }),
  });

  it('is current after the build and records what it was built for', () => {
    const meta = currentPostings(db);
    expect(meta).toMatchObject({ cases: 415, maxId: 415, maxPostings: 3000 });
    expect(meta?.terms).toBeGreaterThan(1000);
    // The average row length is FTS5's own (facts + focus tokens), as counted from the texts.
    const rows = db.prepare('SELECT facts, reasoning FROM cases').all() as Array<{ facts: string; reasoning: string }>;
    const tokens = rows.reduce((sum, r) => sum + tokenCount(r.facts) + tokenCount(r.reasoning || r.facts), 0);
    expect(ftsAverages(db)).toEqual({ rows: 415, tokens });
    expect(meta?.avgdl).toBeCloseTo(tokens / 415, 9);
  });

  it('stores every case of a rare bigram, best first, with FTS5’s own bm25 as the impact', () => {
    const row = db.prepare("SELECT df, postings FROM case_postings WHERE term = '璇玑'").get() as { df: number; postings: Buffer };
    expect(row.df).toBe(15);
    const { ids, impacts } = decodePostings(row.postings);
    const fts = ftsRanking(db, '"璇玑"');
    expect([...ids]).toEqual(fts.map((r) => r.id));
    fts.forEach((r, i) => expect(impacts[i]).toBeCloseTo(r.score, 4));
    expect(ids.at(-1)).toBe(civil);
  });

  it('drops bigrams found in more than 5 % of cases, and counts document frequency as FTS does', () => {
    const common = db.prepare("SELECT doc FROM cases_fts_terms WHERE term = '被告'").pluck().get() as number;
    expect(common).toBeGreaterThan(415 * 0.05);
    expect(db.prepare("SELECT count(*) FROM case_postings WHERE term = '被告'").pluck().get()).toBe(0);
    const sample = db
      .prepare('SELECT p.term, p.df, v.doc FROM case_postings p JOIN cases_fts_terms v ON v.term = p.term LIMIT 300')
      .all() as Array<{ df: number; doc: number }>;
    expect(sample.length).toBe(300);
    for (const s of sample) expect(s.df).toBe(s.doc);
  });

  it('ranks long fact queries as the FTS path does while every posting is kept', () => {
    const queries = db.prepare('SELECT id, facts FROM cases WHERE id % 37 = 1').all() as Array<{ id: number; facts: string }>;
    expect(queries.length).toBeGreaterThan(8);
    for (const q of queries) {
      const { postings, fts } = both({ text: q.facts, limit: 30, excludeIds: new Set([q.id]) });
      expect(postings.terms).toEqual(fts.terms);
      expect(postings.hits.map((h) => h.id)).toEqual(fts.hits.map((h) => h.id));
      postings.hits.forEach((h, i) => expect(h.score).toBeCloseTo(fts.hits[i]?.score ?? 0, 3));
      expect(postings.hits.some((h) => h.id === q.id)).toBe(false);
    }
  });

  it('honours filters and excluded ids like the FTS path', () => {
    const text = (db.prepare('SELECT facts FROM cases WHERE id = 3').pluck().get() as string).slice(0, 300);
    const causes = db.prepare('SELECT cause FROM case_causes WHERE case_id = 3').pluck().all() as string[];
    const first = both({ text, limit: 10 });
    const excludeIds = new Set(first.fts.hits.slice(0, 3).map((h) => h.id));
    for (const filters of [{ causes }, { kind: '民事' as const }, { causes, courtLevels: ['基层' as const] }]) {
      const { postings, fts } = both({ text, limit: 10, filters, excludeIds });
      expect(postings.hits.map((h) => h.id)).toEqual(fts.hits.map((h) => h.id));
      for (const h of postings.hits) expect(excludeIds.has(h.id)).toBe(false);
    }
    const civilOnly = both({ text: rareQuery, limit: 5, filters: { kind: '民事' } });
    expect(civilOnly.postings.hits.map((h) => h.id)).toEqual([civil]);
  });

  it('falls back to FTS when pruning cut the only cases that pass the filters', async () => {
    await buildCasePostings(db, { maxPostings: 5 });
    try {
      const { ids } = decodePostings(db.prepare("SELECT postings FROM case_postings WHERE term = '璇玑'").pluck().get() as Buffer);
      expect(ids.length).toBe(5);
      expect([...ids]).not.toContain(civil);
      // Unfiltered, the pruned index answers alone: the civil case (weakest) is not among its hits.
      expect(lexicalSearch(db, { text: rareQuery, column: 'facts', limit: 5 }).hits.map((h) => h.id)).not.toContain(civil);
      // Filtered to civil cases, nothing the index kept passes, so the FTS path answers and finds it.
      expect(lexicalSearch(db, { text: rareQuery, column: 'facts', limit: 5, filters: { kind: '民事' } }).hits.map((h) => h.id)).toEqual([
        civil,
      ]);
    } finally {
      await buildCasePostings(db);
    }
  });

  it('is stale after any write to the corpus, and search then answers from FTS', async () => {
    const writer = new CaseWriter(db);
    const added = writer.add(record('被告人丁在玄武湖畔盗窃游船一艘，价值人民币五千元，后被公安机关抓获。')) as number;
    try {
      expect(currentPostings(db)).toBeNull();
      const found = lexicalSearch(db, { text: '被告人丁在玄武湖畔盗窃游船一艘', column: 'facts', limit: 5 });
      expect(found.hits[0]?.id).toBe(added);
    } finally {
      db.prepare('DELETE FROM cases WHERE id = ?').run(added);
    }
    // Back to 415 cases, but the version moved on: still stale until rebuilt.
    expect(currentPostings(db)).toBeNull();
    await buildCasePostings(db);
    expect(currentPostings(db)).not.toBeNull();
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const before = postingsMeta(db);
    db.exec('BEGIN IMMEDIATE');
    db.prepare("UPDATE cases SET facts = facts || '。' WHERE id = 1").run();
    const progress: number[] = [];
    await buildCasePostings(db, { onProgress: (done) => progress.push(done) });
    expect(db.inTransaction).toBe(true);
    db.exec('ROLLBACK');
    expect(postingsMeta(db)).toEqual(before);
    expect(currentPostings(db)).not.toBeNull();
    expect(progress.at(-1)).toBe(415);
  });
});
