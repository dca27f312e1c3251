import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importStatutes } from '../../../../../main/services/laws';
import { lawStatusByName, resolveCitations } from '../../../../../main/services/laws/resolve-citations';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, lawrefbook } from './statute-data';

describe.skipIf(!hasStatuteData)('resolveCitations against the whole statute folder', () => {
  const tmp = tempDir();
  let db: Db;

  beforeAll(() => {
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
    importStatutes(db, lawrefbook);
  }, 120_000);
  afterAll(() => {
    db?.close();
    tmp.cleanup();
  });

  const only = (text: string, date?: string) => {
    const result = resolveCitations(db, text, date);
    expect(result.citations).toHaveLength(1);
    return result.citations[0]!;
  };

  it('a repealed law: 合同法 on 2022-03-01 is no longer in force, 民法典 named as successor', () => {
    const citation = only('依照《中华人民共和国合同法》第二百零六条', '2022-03-01');
    expect(citation.law).toMatchObject({ status: '已废止', endDate: '2021-01-01' });
    const [article] = citation.articles;
    expect(article!.resolved).toBe(false);
    expect(article!.problems.map((p) => p.code)).toContain('repealed');
    const repealed = article!.problems.find((p) => p.code === 'repealed')!;
    expect(repealed.successor?.title).toBe('中华人民共和国民法典');
    expect(repealed.successor?.provision).toBe('《中华人民共和国民法典》第一千二百六十条');
  });

  it('the same citation before the repeal is in force; the store has no text for it and says so', () => {
    const [article] = only('《合同法》第二百零六条', '2019-06-01').articles;
    expect(article!.status).toBe('有效');
    expect(article!.problems.map((p) => p.code)).toEqual(['no-text']);
  });

  it('an article in force resolves to its exact text and standard citation', () => {
    const citation = only('根据《民法典》第667条', '2022-03-01');
    expect(citation.canonicalTitle).toBe('中华人民共和国民法典');
    expect(citation.articles[0]).toMatchObject({
      resolved: true,
      status: '有效',
      citation: '《中华人民共和国民法典》第六百六十七条',
      text: '第六百六十七条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。',
      problems: [],
    });
  });

  it('a law not yet in force on the date: 民法典 in 2020 is 尚未生效, with its date and still its text', () => {
    const [article] = only('《民法典》第六百六十七条', '2020-06-01').articles;
    expect(article!.status).toBe('尚未生效');
    expect(article!.problems).toMatchObject([{ code: 'not-in-force' }]);
    expect(article!.problems[0]!.message).toContain('自 2021-01-01 起施行，2020-06-01 尚未生效');
    expect(article!.text).toContain('借款合同是借款人向贷款人借款');
  });

  it('out of range names the last article; a missing 款 names how many there are', () => {
    const [beyond, paragraph, ok] = only('《民法典》第一千三百条、第六百六十七条第二款、第六百八十条第二款', '2022-03-01').articles;
    expect(beyond!.problems).toMatchObject([{ code: 'out-of-range', maxNumber: 1260 }]);
    expect(paragraph!.problems).toMatchObject([{ code: 'no-paragraph', maxNumber: 1 }]);
    expect(ok!.resolved).toBe(true);
    expect(ok!.paragraphText).toBe('借款合同对支付利息没有约定的，视为没有利息。');
    expect(ok!.citation).toBe('《中华人民共和国民法典》第六百八十条第二款');
  });

  it('an unknown law and a relative reference are problems, never guesses', () => {
    const result = resolveCitations(db, '违反《城市管理条例》第三条。依照前款规定', '2022-03-01');
    const [unknown, relative] = result.citations;
    expect(unknown!.law).toBeNull();
    expect(unknown!.articles[0]).toMatchObject({ resolved: false, text: null, citation: null });
    expect(unknown!.articles[0]!.problems[0]!.code).toBe('unknown-law');
    expect(relative!.articles[0]!.problems[0]!.code).toBe('relative');
  });

  it('court abbreviations resolve: 民间借贷规定, 民诉法解释', () => {
    expect(only('《民间借贷规定》第二十五条', '2022-03-01').articles[0]!.text).toMatch(
      /^第二十五条 出借人请求借款人按照合同约定利率支付利息/,
    );
    expect(lawStatusByName(db, '民诉法解释', '2024-01-01')?.title).toMatch(/^最高人民法院关于适用《(?:中华人民共和国)?民事诉讼法》的解释$/);
    expect(lawStatusByName(db, '不存在的法律', '2024-01-01')).toBeNull();
  });

  it('a list and a range each resolve article by article', () => {
    const citation = only('刑法第二百六十四条、第二百六十六条至第二百六十八条', '2024-01-01');
    expect(citation.articles.map((a) => a.label)).toEqual(['第二百六十四条', '第二百六十六条', '第二百六十七条', '第二百六十八条']);
    expect(citation.articles.every((a) => a.resolved)).toBe(true);
    expect(citation.articles[1]!.text).toMatch(/^第二百六十六条 诈骗公私财物/);
  });

  it('a text without citations gives none', () => {
    expect(resolveCitations(db, '原告诉称被告借款未还。', '2022-03-01')).toEqual({ date: '2022-03-01', citations: [], unreadable: [] });
  });
});
