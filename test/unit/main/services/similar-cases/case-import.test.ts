import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import { CaseWriter } from '../../../../../main/services/similar-cases/case-writer';
import { currentPostings } from '../../../../../main/services/similar-cases/postings-index';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeFileName } from '../../../../../main/store/stores';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import type { PackImportResult } from '../../../../../shared/contract/channels/packs';
import type { ProgressEvent } from '../../../../../shared/contract/progress';
import { openTempApp, tempDir } from '../../../../helpers/temp-app';
import type { TempApp } from '../../../../helpers/temp-app';
import { build, hasStatuteData, subsetFolder, testKey, trust } from '../packs/pack-fixtures';
import { hasCaseData, headLines, sampleCaseFile } from './case-data';

const caller = localCaller('web');
const criminalLaw = (row: { name: string }) => row.name === '刑法';

describe.skipIf(!hasStatuteData || !hasCaseData)('case corpus through the pack import path', () => {
  let t: TempApp;
  let result: PackImportResult;
  const progress: ProgressEvent[] = [];

  beforeAll(async () => {
    t = openTempApp('web');
    const key = testKey(join(t.dir, 'key'));
    trust(t.dataDir, key);
    const statutes = subsetFolder(t.dir, criminalLaw);
    const pack = build(statutes, key, 'cases-1', join(t.dir, 'cases.jdpack'), [sampleCaseFile(t.dir, 12)]);
    const stop = t.app.onProgress((e) => progress.push(e));
    const imported = await t.app.invoke('packs.import', { path: pack.file, jobId: 'cases' }, caller);
    stop();
    if (!imported.ok) throw new Error(imported.error.message);
    result = imported.value as PackImportResult;
  }, 120_000);
  afterAll(() => {
    knowledge?.close();
    t?.cleanup();
  });

  let knowledge: Database.Database | undefined;
  const db = () => (knowledge ??= new Database(join(t.dataDir, knowledgeFileName), { readonly: true }));

  it('normalises every source into one record and reports the lines it could not use by reason', () => {
    expect(result.cases?.bySource).toMatchObject({ cail2018: 24, epm_ljpe: 12, judge_test: 12, mud: 36 });
    // LeCaRDv2's test queries overlap its other two query files: the repeats are reported as duplicates.
    expect(result.cases?.bySource.lecard_v2).toBe(33);
    // SCM triplets share documents: each distinct text once, the repeats reported as duplicates.
    expect(result.cases?.bySource.scm).toBeGreaterThan(12);
    const reasons = Object.fromEntries((result.cases?.problems ?? []).map((p) => [p.reason, p.count]));
    // corpus_lawsuit holds 裁定书/决定书 of the SPC: reported, not imported, not silently dropped.
    expect(reasons['not-a-judgment']).toBeGreaterThan(0);
    const total = db().prepare('SELECT count(*) FROM cases').pluck().get() as number;
    expect(total).toBe(result.cases?.imported);
  });

  it('keeps court, level, region, case number, charges, date, sections and the structured outcome of a full judgment', () => {
    const fd = JSON.parse(headLines('cases/judge_test/test.json', 1)[0] ?? '{}') as { text_id: string };
    const row = db().prepare("SELECT * FROM cases WHERE source = 'judge_test' AND source_id = ?").get(fd.text_id) as Record<
      string,
      unknown
    >;
    expect(row).toMatchObject({
      court: '上海市奉贤区人民法院',
      court_level: '基层',
      region: '上海',
      case_number: '（2017）沪0120刑初684号',
      causes: JSON.stringify(['诈骗罪']),
      decided_on: '2017-06-28',
      prison_months: 7,
      fine: 30000,
    });
    expect(row.reasoning).toMatch(/^本院认为/);
    expect(row.result).toMatch(/^判决如下/);
    expect(row.parties).toContain('被告人张3');
  });

  it('resolves cited articles against the statute store and indexes them for the by-articles mode', () => {
    const fd = JSON.parse(headLines('cases/judge_test/test.json', 1)[0] ?? '{}') as { text_id: string };
    const cited = JSON.parse(
      db().prepare("SELECT cited FROM cases WHERE source = 'judge_test' AND source_id = ?").pluck().get(fd.text_id) as string,
    ) as Array<{ key: string; articleId: number | null }>;
    expect(cited.map((c) => c.key)).toEqual(['中华人民共和国刑法#266', '中华人民共和国刑法#23', '中华人民共和国刑法#67']);
    expect(cited.every((c) => c.articleId !== null)).toBe(true);
    const text = db().prepare('SELECT text FROM articles WHERE id = ?').pluck().get(cited[0]?.articleId) as string;
    expect(text).toContain('诈骗公私财物');
    expect(db().prepare("SELECT count(*) FROM case_articles WHERE article_key = '中华人民共和国刑法#266'").pluck().get()).toBeGreaterThan(
      0,
    );
  });

  it('shows progress for the cases and stores the report with the pack', () => {
    expect(progress.some((e) => e.done > 0 && !e.finished)).toBe(true);
    const stored = JSON.parse(db().prepare("SELECT value FROM knowledge_meta WHERE key = 'caseImportReport'").pluck().get() as string);
    expect(stored.imported).toBe(result.cases?.imported);
  });

  it('builds the lexical postings index for the imported corpus in the same import', () => {
    expect(currentPostings(db())).toMatchObject({ cases: result.cases?.imported });
    expect(db().prepare('SELECT count(*) FROM case_postings').pluck().get()).toBeGreaterThan(100);
  });

  it('a statutes-only pack leaves the case corpus as it was', async () => {
    const before = db().prepare('SELECT count(*) FROM cases').pluck().get();
    const key = testKey(join(t.dir, 'key2'));
    trust(t.dataDir, key, 'second');
    const pack = build(subsetFolder(join(t.dir, 's2'), criminalLaw), key, 'laws-only', join(t.dir, 'laws.jdpack'));
    const imported = await t.app.invoke('packs.import', { path: pack.file }, caller);
    expect(imported.ok).toBe(true);
    expect(db().prepare('SELECT count(*) FROM cases').pluck().get()).toBe(before);
  }, 60_000);
});

describe('case writer', () => {
  it('counts bad JSON, unknown shapes, duplicates and too-short facts by reason instead of dropping them', () => {
    const tmp = tempDir();
    const db = openDatabase({ file: join(tmp.dir, 'k.db'), migrations: knowledgeMigrations });
    try {
      const writer = new CaseWriter(db);
      const fact = '被告人王某于2018年3月在某超市盗窃香烟两条，价值人民币八百元，后被当场抓获。';
      const line = JSON.stringify({
        fact,
        meta: { accusation: ['盗窃'], relevant_articles: [264], term_of_imprisonment: { imprisonment: 6 } },
      });
      writer.addLine(line, '第 1 行');
      writer.addLine(line, '第 2 行');
      writer.addLine('{"fact": ', '第 3 行');
      writer.addLine('{"hello": 1}', '第 4 行');
      writer.addLine(JSON.stringify({ fact: '太短', meta: {} }), '第 5 行');
      const report = writer.finish();
      expect(report.imported).toBe(1);
      expect(Object.fromEntries(report.problems.map((p) => [p.reason, p.count]))).toEqual({
        duplicate: 1,
        'invalid-json': 1,
        'unknown-format': 1,
        'no-facts': 1,
      });
      expect(report.problems.find((p) => p.reason === 'invalid-json')?.examples).toEqual(['? 第 3 行']);
      // No statutes in this store: the article is kept, marked unresolved and counted.
      expect(report.unresolvedArticles).toBe(1);
      expect(db.prepare('SELECT causes, prison_months FROM cases').get()).toEqual({ causes: '["盗窃罪"]', prison_months: 6 });
    } finally {
      db.close();
      tmp.cleanup();
    }
  });
});
