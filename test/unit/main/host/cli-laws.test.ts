import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleArgument } from '../../../../main/host/cli-laws';
import { runCli } from '../../../../main/host/cli';
import { tempDir } from '../../../helpers/temp-app';
import { hasStatuteData, lawrefbook } from '../services/laws/statute-data';

async function cli(argv: string[]): Promise<{ code: number; text: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, text: out.join('\n'), err };
}

/** `count` non-blank source lines from 1-based `line` of a statute file, exactly as on disk (the files put a blank line between 款). */
function sourceLines(file: string, line: number, count: number): string {
  return readFileSync(join(lawrefbook, file), 'utf8')
    .split('\n')
    .slice(line - 1)
    .filter((l) => l.trim() !== '')
    .slice(0, count)
    .join('\n');
}

describe('parseArticleArgument', () => {
  it.each([
    ['667', { article: 667, suffix: null }],
    ['第六百六十七条', { article: 667, suffix: null }],
    ['六百六十七', { article: 667, suffix: null }],
    ['133之一', { article: 133, suffix: 1 }],
    ['第一百三十三条之一', { article: 133, suffix: 1 }],
    ['１２', { article: 12, suffix: null }],
  ])('%s', (text, expected) => expect(parseArticleArgument(text)).toEqual(expected));

  it.each(['', '第条', 'abc', '667之', '十十', '12条之零'])('rejects %j', (text) => expect(parseArticleArgument(text)).toBeNull());
});

describe('judgedesk laws commands: usage', () => {
  it('law without an article number is a usage error (exit 2)', async () => {
    const { code, text } = await cli(['law', '民法典']);
    expect(code).toBe(2);
    expect(JSON.parse(text).error.message).toContain('judgedesk law 民法典 667');
  });

  it('an unreadable article number is a usage error naming it', async () => {
    const { code, text } = await cli(['law', '民法典', '六六七x']);
    expect(code).toBe(2);
    expect(JSON.parse(text).error.message).toContain('六六七x');
  });

  it('laws import without a folder is a usage error; a folder without db_law.jsonl is refused by name', async () => {
    const tmp = tempDir();
    try {
      expect((await cli(['laws', 'import', '--data-dir', tmp.dir])).code).toBe(2);
      const bad = await cli(['laws', 'import', tmp.dir, '--data-dir', join(tmp.dir, 'data')]);
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.text).error.message).toContain(`缺少 db_law.jsonl）：${tmp.dir}`);
    } finally {
      tmp.cleanup();
    }
  });

  it('cite and search need their text', async () => {
    expect((await cli(['cite'])).code).toBe(2);
    expect((await cli(['search', 'laws'])).code).toBe(2);
  });
});

describe.skipIf(!hasStatuteData)('judgedesk law / cite / search laws on the imported statute folder', () => {
  const tmp = tempDir();
  const dataDir = join(tmp.dir, 'data');
  const d = ['--data-dir', dataDir];
  let importRun: { code: number; text: string; err: string[] };

  beforeAll(async () => {
    importRun = await cli(['laws', 'import', lawrefbook, ...d]);
  }, 120_000);
  afterAll(() => tmp.cleanup());

  it('laws import reports counts on stdout and progress on stderr', () => {
    expect(importRun.code).toBe(0);
    const value = JSON.parse(importRun.text).value;
    expect(value.articles).toBeGreaterThan(60_000);
    expect(value.laws).toBeGreaterThan(1_000);
    expect(importRun.err.length).toBeGreaterThan(5);
    expect(importRun.err.some((l) => /^导入法规 \d+\/\d+（100%）/.test(l))).toBe(true);
    expect(importRun.err.at(-1)).toMatch(/^完成：\d+ 部法规/);
  });

  it('`judgedesk law 民法典 667` prints the article exactly as in the source file', async () => {
    const { code, text } = await cli(['law', '民法典', '667', ...d]);
    expect(code).toBe(0);
    expect(text).toBe('第六百六十七条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。');
    const json = JSON.parse((await cli(['law', '民法典', '667', '--json', ...d])).text).value;
    expect(json.article.sourceFile).toBe('民法典/合同编.md');
    expect(sourceLines(json.article.sourceFile, json.article.sourceLine, 1)).toBe(text);
    expect(json.citation).toBe('《中华人民共和国民法典》第六百六十七条');
    expect(json.law).toMatchObject({ shortTitle: '民法典', status: '有效' });
    expect(json.previous.label).toBe('第六百六十六条');
    expect(json.next.label).toBe('第六百六十八条');
    expect(json.article.chapterPath).toEqual(['第二分编 典型合同', '第十二章 借款合同']);
  });

  it('a multi-paragraph article (刑法 第一百三十三条之一) prints line for line as in the source', async () => {
    const { code, text } = await cli(['law', '中华人民共和国刑法', '第一百三十三条之一', ...d]);
    expect(code).toBe(0);
    const json = JSON.parse((await cli(['law', '刑法', '133之一', '--json', ...d])).text).value;
    expect(json.article.text).toBe(text);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(3);
    expect(lines[0]).toMatch(/^第一百三十三条之一 在道路上驾驶机动车/);
    expect(sourceLines(json.article.sourceFile, json.article.sourceLine, lines.length)).toBe(text);
  });

  it('an abbreviation in court use finds its law (民间借贷规定)', async () => {
    const { code, text } = await cli(['law', '民间借贷规定', '25', ...d]);
    expect(code).toBe(0);
    expect(text).toMatch(/^第二十五条 出借人请求借款人按照合同约定利率支付利息的/);
  });

  it('an article beyond the last fails (exit 1) naming the last article', async () => {
    const { code, text } = await cli(['law', '民法典', '1261', ...d]);
    expect(code).toBe(1);
    expect(JSON.parse(text).error).toEqual({
      code: 'NOT_FOUND',
      message: '《中华人民共和国民法典》没有第一千二百六十一条，最后一条是第一千二百六十条',
    });
  });

  it('an unknown law fails (exit 1)', async () => {
    const { code, text } = await cli(['law', '不存在的法', '1', ...d]);
    expect(code).toBe(1);
    expect(JSON.parse(text).error.message).toContain('本库中没有《不存在的法》');
  });

  it('`judgedesk cite "依照《中华人民共和国合同法》第二百零六条" --date 2022-03-01` reports 合同法 no longer in force, 民法典 its successor', async () => {
    const { code, text } = await cli(['cite', '依照《中华人民共和国合同法》第二百零六条', '--date', '2022-03-01', ...d]);
    expect(code).toBe(0);
    const value = JSON.parse(text).value;
    expect(value.date).toBe('2022-03-01');
    expect(value.citations).toHaveLength(1);
    const [citation] = value.citations;
    expect(citation.raw).toBe('《中华人民共和国合同法》第二百零六条');
    expect(citation.law).toMatchObject({ title: '中华人民共和国合同法', status: '已废止', endDate: '2021-01-01' });
    const [article] = citation.articles;
    expect(article).toMatchObject({ label: '第二百零六条', resolved: false, status: '已废止' });
    const repealed = article.problems.find((p: { code: string }) => p.code === 'repealed');
    expect(repealed.successor.title).toBe('中华人民共和国民法典');
    expect(repealed.message).toContain('已于 2021-01-01 废止，2022-03-01 已不再有效');
    expect(repealed.message).toContain('由《中华人民共和国民法典》取代');
  });

  it('cite: unknown law, an article out of range with the highest article, and a resolved article with its text', async () => {
    const { text } = await cli(['cite', '依据《城管条例》第三条、《民法典》第二千条和第六百六十七条', '--date', '2024-01-01', ...d]);
    const [unknown, civil] = JSON.parse(text).value.citations;
    expect(unknown.law).toBeNull();
    expect(unknown.articles[0].problems[0]).toMatchObject({ code: 'unknown-law' });
    const [beyond, loan] = civil.articles;
    expect(beyond.problems[0]).toMatchObject({ code: 'out-of-range', maxNumber: 1260 });
    expect(beyond.problems[0].message).toContain('最后一条是第一千二百六十条');
    expect(loan).toMatchObject({ resolved: true, status: '有效', citation: '《中华人民共和国民法典》第六百六十七条' });
    expect(loan.text).toBe('第六百六十七条 借款合同是借款人向贷款人借款，到期返还借款并支付利息的合同。');
  });

  it.each(['借贷', '诈骗'])('`judgedesk search laws %s`: a 2-character query finds ranked articles that hold it', async (query) => {
    const { code, text } = await cli(['search', 'laws', query, '--limit', '10', ...d]);
    expect(code).toBe(0);
    const { total, hits } = JSON.parse(text).value;
    expect(total).toBeGreaterThan(20);
    expect(hits).toHaveLength(10);
    for (const hit of hits) {
      expect(hit.snippet).toContain(query);
      const [first] = hit.highlights;
      expect(hit.snippet.slice(first.start, first.end)).toBe(query);
    }
    const scores = hits.map((h: { score: number }) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('search laws --level 法律 keeps only laws; --limit caps the hits', async () => {
    const { hits } = JSON.parse((await cli(['search', 'laws', '诈骗', '--level', '法律', '--limit', '3', ...d])).text).value;
    expect(hits).toHaveLength(3);
    for (const hit of hits) expect(hit.level).toBe('法律');
    const criminal = JSON.parse((await cli(['search', 'laws', '诈骗公私财物', '--level', '法律', '--limit', '20', ...d])).text).value;
    expect(criminal.hits.some((h: { shortTitle: string; label: string }) => h.shortTitle === '刑法' && h.label === '第二百六十六条')).toBe(
      true,
    );
  });
});
