import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { getArticle, importStatutes, lawStatusOn, searchArticles } from '../../../../../main/services/laws';
import type { ImportProgress, ImportStatutesResult } from '../../../../../main/services/laws';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, lawrefbook } from './statute-data';

const ARTICLE_START = /^第[零〇一二两三四五六七八九十百千万]+条(?:之[一二三四五六七八九十]+)?(?:[ \t\u3000]|$)/;

interface ArticleRow {
  id: number;
  number: number;
  suffix: number | null;
  label: string;
  text: string;
  source_file: string;
  source_line: number;
}

/** The article as the source file has it: its line, then following non-blank lines up to the next article or heading. */
function sourceText(file: string, line: number): string {
  const lines = readFileSync(join(lawrefbook, file), 'utf8').split('\n');
  const out = [lines[line - 1] ?? ''];
  for (let i = line; i < lines.length; i += 1) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    if (ARTICLE_START.test(l.trim()) || l.startsWith('#')) break;
    out.push(l);
  }
  return out.join('\n');
}

function articleLines(file: string): number {
  return readFileSync(join(lawrefbook, file), 'utf8')
    .split('\n')
    .filter((l) => ARTICLE_START.test(l)).length;
}

describe.skipIf(!hasStatuteData)('importStatutes over the whole LawRefBook folder', () => {
  const tmp = tempDir();
  let db: Db;
  let result: ImportStatutesResult;
  const progress: ImportProgress[] = [];
  const articlesOf = (shortTitle: string, effective?: string) =>
    db
      .prepare(
        `SELECT a.* FROM articles a JOIN law_versions v ON v.id = a.law_version_id JOIN laws l ON l.id = v.law_id
         WHERE l.short_title = ? AND (? IS NULL OR v.effective_date = ?) ORDER BY a.law_version_id, a.ordinal`,
      )
      .all(shortTitle, effective ?? null, effective ?? null) as ArticleRow[];

  beforeAll(() => {
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    result = importStatutes(db, lawrefbook, (p) => progress.push(p));
    console.log(
      `法规导入：${result.laws} 部法规，${result.versions} 个版本，${result.articles} 条，${result.problems.length} 个问题，用时 ${result.ms} ms`,
    );
  });
  afterAll(() => {
    db.close();
    tmp.cleanup();
  });

  it('imports every file with progress, and reports the files it left out', () => {
    expect(result.articles).toBeGreaterThan(60_000);
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
    for (const problem of result.problems) {
      expect(problem.file).not.toBe('');
      expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has all 1,260 articles of 民法典 as one law, numbered 1 … 1260 in order', () => {
    const civil = articlesOf('民法典');
    expect(civil.map((a) => a.number)).toEqual(Array.from({ length: 1260 }, (_, i) => i + 1));
    expect(
      db.prepare("SELECT count(*) AS n FROM law_versions v JOIN laws l ON l.id = v.law_id WHERE l.short_title = '民法典'").get(),
    ).toEqual({ n: 1 });
  });

  it('has every article of the consolidated 刑法, 之一 articles included', () => {
    const criminal = articlesOf('刑法');
    expect(criminal.length).toBe(articleLines('刑法/刑法.md'));
    expect(criminal.find((a) => a.number === 120 && a.suffix === 1)?.label).toBe('第一百二十条之一');
    expect(criminal.at(-1)?.number).toBe(452);
  });

  it('keeps both versions of 民事诉讼法 with their effective and end dates', () => {
    const versions = db
      .prepare(
        `SELECT v.effective_date, v.end_date, v.article_count FROM law_versions v JOIN laws l ON l.id = v.law_id
         WHERE l.short_title = '民事诉讼法' ORDER BY v.effective_date`,
      )
      .all();
    expect(versions).toEqual([
      { effective_date: '2022-01-01', end_date: '2023-09-01', article_count: articleLines('诉讼与非诉讼程序法/民事诉讼法(2021-12-24).md') },
      { effective_date: '2023-09-01', end_date: null, article_count: articleLines('诉讼与非诉讼程序法/民事诉讼法(2023-09-01).md') },
    ]);
    expect(lawStatusOn(db, '民事诉讼法', '2022-06-01')?.version?.effectiveDate).toBe('2022-01-01');
    expect(lawStatusOn(db, '民事诉讼法', '2024-06-01')?.version?.effectiveDate).toBe('2023-09-01');
  });

  it('stores 50 sampled articles character for character as in the source files', () => {
    const all = db.prepare('SELECT * FROM articles WHERE number > 0 ORDER BY id').all() as ArticleRow[];
    const step = Math.floor(all.length / 50);
    const sample = Array.from({ length: 50 }, (_, i) => all[i * step] as ArticleRow);
    for (const row of [...sample, ...articlesOf('民法典').slice(0, 3), ...articlesOf('刑法').slice(-3)]) {
      expect(row.text, `${row.source_file}:${row.source_line}`).toBe(sourceText(row.source_file, row.source_line));
      expect(row.text.startsWith(row.label)).toBe(true);
    }
  });

  it('returns 民法典 第六百六十七条 exactly, with neighbours and chapter path', () => {
    const found = getArticle(db, '民法典', 667, null, '2024-01-01');
    expect(found.found).toBe(true);
    if (!found.found) return;
    expect(found.article.text).toBe('第六百六十七条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。');
    expect(found.article.chapterPath).toEqual(['第二分编 典型合同', '第十二章 借款合同']);
    expect([found.previous?.label, found.next?.label]).toEqual(['第六百六十六条', '第六百六十八条']);
    expect(found.law.status).toBe('有效');
    expect(getArticle(db, '中华人民共和国民法典', 1261)).toMatchObject({ found: false, reason: 'no-article', maxNumber: 1260 });
    expect(getArticle(db, '不存在的法', 1)).toMatchObject({ found: false, reason: 'unknown-law' });
  });

  it('marks 合同法 repealed on 2021-01-01 with 民法典 as successor, taken from 民法典 第一千二百六十条', () => {
    const contract = lawStatusOn(db, '《中华人民共和国合同法》', '2022-03-01');
    expect(contract).toMatchObject({
      shortTitle: '合同法',
      status: '已废止',
      endDate: '2021-01-01',
      hasText: false,
      successor: { title: '中华人民共和国民法典', provision: '《中华人民共和国民法典》第一千二百六十条' },
    });
    expect(lawStatusOn(db, '合同法', '2020-12-31')?.status).toBe('有效');
    for (const repealed of ['物权法', '担保法', '婚姻法', '民法总则']) {
      expect(lawStatusOn(db, repealed, '2021-01-01')?.status, repealed).toBe('已废止');
    }
    expect(lawStatusOn(db, '民法典', '2020-12-31')?.status).toBe('尚未生效');
  });

  it('finds the right articles for two-character queries, ranked sensibly', () => {
    const top = (query: string, n = 10) =>
      searchArticles(db, { query, limit: n, asOf: '2024-06-01' }).hits.map((h) => `${h.shortTitle} ${h.label}`);
    expect(top('自首', 3)).toContain('刑法 第六十七条');
    expect(top('诈骗')).toContain('刑法 第二百六十六条');
    expect(top('盗窃', 3)).toContain('刑法 第二百六十四条');
    const lending = top('借贷');
    expect(lending.slice(0, 3).every((t) => t.startsWith('最高人民法院关于审理民间借贷案件适用法律若干问题的规定'))).toBe(true);
    expect(lending).toContain('最高人民法院关于审理民间借贷案件适用法律若干问题的规定 第二十四条');
    const hit = searchArticles(db, { query: '诈骗', levels: ['法律'], limit: 50 }).hits.find(
      (h) => h.shortTitle === '刑法' && h.number === 266,
    );
    expect(hit).toMatchObject({ level: '法律', status: '有效', versionDate: '2021-03-01' });
    const { start, end } = hit?.highlights[0] ?? { start: 0, end: 0 };
    expect(hit?.snippet.slice(start, end)).toBe('诈骗');
  });

  it('filters by level and validity, and pages', () => {
    const laws = searchArticles(db, { query: '借款', levels: ['法律'], limit: 100 });
    expect(laws.hits.every((h) => h.level === '法律')).toBe(true);
    const amended = searchArticles(db, { query: '诉讼', validity: ['已修改'], asOf: '2024-06-01', limit: 100 });
    expect(amended.hits.some((h) => h.shortTitle === '民事诉讼法' && h.versionDate === '2022-01-01')).toBe(true);
    expect(amended.hits.every((h) => h.status === '已修改')).toBe(true);
    const page1 = searchArticles(db, { query: '合同', limit: 5 });
    const page2 = searchArticles(db, { query: '合同', limit: 5, offset: 5 });
    expect(page1.total).toBe(page2.total);
    expect(page1.hits.map((h) => h.articleId)).not.toContain(page2.hits[0]?.articleId);
    expect(searchArticles(db, { query: '，。' })).toEqual({ total: 0, hits: [] });
  });
});
