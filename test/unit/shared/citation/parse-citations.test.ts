import { describe, expect, it } from 'vitest';
import { parseCitations, RANGE_EXPANSION_CAP } from '../../../../shared/domain/citation';
import { summarise } from './summarise';

const CIVIL_CODE = '中华人民共和国民法典';
const CRIMINAL_LAW = '中华人民共和国刑法';
const LOAN_RULES = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';

function only(text: string) {
  const { citations, problems } = parseCitations(text);
  expect(problems).toEqual([]);
  expect(citations).toHaveLength(1);
  const [citation] = citations;
  if (citation === undefined) throw new Error('unreachable');
  return citation;
}

describe('parseCitations — single citations', () => {
  it('reads a full title with a Chinese article number', () => {
    const text = '依照《中华人民共和国民法典》第六百六十七条的规定';
    const c = only(text);
    expect(c).toMatchObject({
      raw: '《中华人民共和国民法典》第六百六十七条',
      start: 2,
      end: 21,
      lawTitle: CIVIL_CODE,
      canonicalTitle: CIVIL_CODE,
      relative: false,
      inherited: false,
      anchor: null,
      truncated: false,
    });
    expect(text.slice(c.start, c.end)).toBe(c.raw);
    expect(c.articles).toEqual([{ article: 667, suffix: null, label: '第六百六十七条', paragraph: null, item: null, start: 14, end: 21 }]);
  });

  it('completes a short title and reads Arabic numbers and paragraphs', () => {
    const c = only('《民法典》第679条第二款');
    expect(c.lawTitle).toBe('民法典');
    expect(c.canonicalTitle).toBe(CIVIL_CODE);
    expect(c.articles).toMatchObject([{ article: 679, label: '第六百七十九条', paragraph: 2, item: null }]);
  });

  it('reads full-width digits', () => {
    expect(only('《民法典》第６７９条').articles[0]?.article).toBe(679);
  });

  it('recognises a known law written without title marks', () => {
    const c = only('根据刑法第二百六十四条的规定');
    expect(c).toMatchObject({ raw: '刑法第二百六十四条', lawTitle: '刑法', canonicalTitle: CRIMINAL_LAW });
    expect(only('依照中华人民共和国刑法第六十七条').canonicalTitle).toBe(CRIMINAL_LAW);
  });

  it('prefers the longest known name (劳动合同法 is not 合同法)', () => {
    expect(only('依照劳动合同法第三十九条').canonicalTitle).toBe('中华人民共和国劳动合同法');
    expect(only('依照民诉法解释第九十条').canonicalTitle).toBe('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释');
  });

  it('does not treat an unknown bare word before 第X条 as a law', () => {
    expect(parseCitations('双方签订的借款合同第五条约定了利息').citations).toEqual([]);
    expect(parseCitations('《借款合同》第五条约定了利息').citations).toEqual([]);
  });

  it('reads a judicial interpretation by its full title', () => {
    const c = only('《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条');
    expect(c.canonicalTitle).toBe(LOAN_RULES);
    expect(c.articles.map((a) => a.article)).toEqual([25]);
  });

  it('takes an issuer written before the marks into the title', () => {
    const c = only('最高人民法院《关于审理民间借贷案件适用法律若干问题的规定》第二十六条');
    expect(c.lawTitle).toBe(LOAN_RULES);
    expect(c.canonicalTitle).toBe(LOAN_RULES);
    expect(c.raw.startsWith('最高人民法院《')).toBe(true);
  });

  it('normalises nested marks in an interpretation title', () => {
    const c = only('《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十条');
    expect(c.canonicalTitle).toBe('最高人民法院关于适用《中华人民共和国民事诉讼法》的解释');
    expect(only('《最高人民法院关于适用﹤中华人民共和国婚姻法﹥若干问题的解释（二）》第二十四条').canonicalTitle).toBe(
      '最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）',
    );
  });

  it('reads 之一 / 之二 suffixes', () => {
    const c = only('《刑法》第一百二十条之一');
    expect(c.articles).toMatchObject([{ article: 120, suffix: 1, label: '第一百二十条之一' }]);
    expect(only('《刑法》第一百三十三条之二').articles[0]?.suffix).toBe(2);
  });

  it('does not mistake 之规定 for a suffix', () => {
    expect(only('《刑法》第二百六十四条之规定').articles).toMatchObject([{ article: 264, suffix: null }]);
  });

  it('reads items written 第（三）项, 第(三)项 and 第三项', () => {
    for (const text of [
      '《民事诉讼法》第一百七十七条第一款第（三）项',
      '《民事诉讼法》第一百七十七条第一款第(三)项',
      '《民事诉讼法》第一百七十七条第一款第三项',
    ]) {
      expect(summarise(parseCitations(text).citations)).toEqual([{ law: '中华人民共和国民事诉讼法', articles: ['177(1)[3]'] }]);
    }
  });

  it('reads an item directly under an article', () => {
    expect(summarise([only('《刑法》第二百二十五条第（一）项')])[0]?.articles).toEqual(['225[1]']);
  });

  it('keeps a version note after the title', () => {
    const c = only('《中华人民共和国民事诉讼法》（2017年修正）第一百四十四条');
    expect(c.versionNote).toBe('2017年修正');
    expect(c.articles[0]?.article).toBe(144);
  });

  it('learns a name defined with 以下简称 and uses it later in the text', () => {
    const { citations } = parseCitations('《中华人民共和国海商法》（以下简称海商法）第二十一条。海商法第二十二条第一款第（五）项');
    expect(summarise(citations)).toEqual([
      { law: '中华人民共和国海商法', articles: ['21'] },
      { law: '中华人民共和国海商法', articles: ['22(1)[5]'] },
    ]);
  });

  it('accepts an article number missing its 第 right after a title', () => {
    const c = only('《最高人民法院关于适用〈中华人民共和国担保法〉若干问题的解释》四十二条');
    expect(c.articles[0]?.article).toBe(42);
  });
});

describe('parseCitations — lists and ranges', () => {
  it.each([
    ['《刑法》第十条、第十二条', ['10', '12']],
    ['《刑法》第十条和第十二条', ['10', '12']],
    ['《刑法》第十条及第十二条', ['10', '12']],
    ['《刑法》第十条，第十二条', ['10', '12']],
    ['《刑法》第十条、第十二条第一款', ['10', '12(1)']],
    ['《刑法》第七十二条第一款、第三款', ['72(1)', '72(3)']],
    ['《刑法》第六十七条第一款及第三款', ['67(1)', '67(3)']],
    ['《刑法》第七十二条第一、三款', ['72(1)', '72(3)']],
    ['《刑法》第七十三条第一款第三款', ['73(1)', '73(3)']],
    ['《刑法》第十、十二条', ['10', '12']],
    ['《刑法》第一百三十三条至第一百三十五条', ['133', '134', '135']],
    ['《刑法》第一百三十三条至一百三十五条', ['133', '134', '135']],
    ['《刑法》第一百三十三条之一至第一百三十五条', ['133之1', '134', '135']],
    ['《刑法》第十条第一款至第三款', ['10(1)', '10(2)', '10(3)']],
    ['《民事诉讼法》第一百七十七条第一款第（一）项至第（三）项', ['177(1)[1]', '177(1)[2]', '177(1)[3]']],
  ])('%s', (text, expected) => {
    expect(summarise(parseCitations(text).citations)).toEqual([{ law: expect.any(String), articles: expected }]);
    expect(parseCitations(text).problems).toEqual([]);
  });

  it('caps a long range and says so', () => {
    const { citations, problems } = parseCitations('《民法典》第一条至第一千二百六十条');
    expect(citations[0]?.articles).toHaveLength(RANGE_EXPANSION_CAP);
    expect(citations[0]?.truncated).toBe(true);
    expect(citations[0]?.articles.at(-1)?.article).toBe(RANGE_EXPANSION_CAP);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('仅展开');
  });

  it('expands a range of exactly the cap without flagging it', () => {
    const { citations, problems } = parseCitations(`《民法典》第一条至第${RANGE_EXPANSION_CAP}条`);
    expect(citations[0]?.articles).toHaveLength(RANGE_EXPANSION_CAP);
    expect(citations[0]?.truncated).toBe(false);
    expect(problems).toEqual([]);
  });

  it('reports a backwards range', () => {
    const { citations, problems } = parseCitations('《刑法》第一百三十五条至第一百三十三条');
    expect(citations[0]?.articles.map((a) => a.article)).toEqual([135]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('颠倒');
  });
});

describe('parseCitations — several laws in one sentence', () => {
  it('gives each law its own citation; articles without a law take the last one named', () => {
    const text = '依照《中华人民共和国刑法》第二百六十四条、第六十七条第三款，《中华人民共和国刑事诉讼法》第十五条之规定';
    const { citations, problems } = parseCitations(text);
    expect(problems).toEqual([]);
    expect(summarise(citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['264', '67(3)'] },
      { law: '中华人民共和国刑事诉讼法', articles: ['15'] },
    ]);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.raw);
  });

  it('inherits the last law named for a later list in the same sentence', () => {
    const { citations } = parseCitations('依照《中华人民共和国刑法》第二百六十四条之规定，并依照第六十四条之规定');
    expect(summarise(citations)).toEqual([
      { law: CRIMINAL_LAW, articles: ['264'] },
      { law: CRIMINAL_LAW, articles: ['64'] },
    ]);
    expect(citations[1]).toMatchObject({ inherited: true, lawTitle: CRIMINAL_LAW, raw: '第六十四条' });
  });

  it('does not carry a law across a sentence end', () => {
    const { citations } = parseCitations('依照《中华人民共和国刑法》第二百六十四条之规定。依照第六十四条之规定');
    expect(summarise(citations)).toEqual([{ law: CRIMINAL_LAW, articles: ['264'] }]);
  });

  it('does not let a contract clause inherit the law', () => {
    const { citations } = parseCitations('依照《民法典》第六百六十七条，借款合同第五条约定的利率');
    expect(summarise(citations)).toEqual([{ law: CIVIL_CODE, articles: ['667'] }]);
  });
});

describe('parseCitations — relative references', () => {
  it('reports 本法第X条 as relative instead of dropping it', () => {
    const c = only('依照本法第六十一条、第六十二条的规定');
    expect(c).toMatchObject({ lawTitle: '本法', canonicalTitle: null, relative: true, raw: '本法第六十一条、第六十二条' });
    expect(c.articles.map((a) => a.article)).toEqual([61, 62]);
  });

  it('reads 本条例 / 本解释 as relative too', () => {
    expect(only('违反本条例第十条').lawTitle).toBe('本条例');
    expect(only('依照本解释第三条').relative).toBe(true);
  });

  it('reports 前款, 前两款, 前条 and 前款第一项 as anchored references', () => {
    expect(only('依照前款规定').anchor).toEqual({ position: 'previous', unit: 'paragraph', count: 1, paragraph: null, item: null });
    expect(only('前两款规定的情形').anchor).toMatchObject({ unit: 'paragraph', count: 2 });
    expect(only('前条规定的期间').anchor).toMatchObject({ unit: 'article', count: 1 });
    const withItem = only('有前款第一项情形的');
    expect(withItem.raw).toBe('前款第一项');
    expect(withItem.anchor).toMatchObject({ unit: 'paragraph', item: 1 });
    expect(withItem).toMatchObject({ relative: true, articles: [] });
  });

  it('reports 本条第二款 as a reference within the same article', () => {
    expect(only('依照本条第二款的规定').anchor).toEqual({ position: 'this', unit: 'paragraph', count: 1, paragraph: 2, item: null });
  });

  it('does not read 前提条件 as a reference', () => {
    expect(parseCitations('前提条件已经成就').citations).toEqual([]);
  });
});

describe('parseCitations — malformed input is reported, never thrown', () => {
  it.each([
    ['《刑法》第条', '缺少序号', 4],
    ['《刑法》第一百零零条', '一百零零', 5],
    ['依照《刑法》第十条、第条', '缺少序号', 10],
    ['《中华人民共和国民事诉讼法》第六十四条、第一百四十四之规定', '缺少“条”', 20],
  ])('%s', (text, fragment, start) => {
    const { problems } = parseCitations(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain(fragment);
    expect(problems[0]?.start).toBe(start);
  });

  it('reports an empty title and does not let its articles inherit an earlier law', () => {
    const { citations, problems } = parseCitations('依照《刑法》第十条，《》第三条');
    expect(summarise(citations)).toEqual([{ law: CRIMINAL_LAW, articles: ['10'] }]);
    expect(problems).toEqual([{ start: 10, end: 12, message: '书名号内缺少法律名称' }]);
  });

  it('reports an unclosed 《 and still finds the known law inside', () => {
    const text = '依照《中华人民共和国刑法第二百六十四条之规定。';
    const { citations, problems } = parseCitations(text);
    expect(problems).toEqual([{ start: 2, end: 3, message: '书名号“《”没有对应的“》”' }]);
    expect(summarise(citations)).toEqual([{ law: CRIMINAL_LAW, articles: ['264'] }]);
  });

  it('flags an article after an unrecognised law name instead of guessing', () => {
    const { citations, problems } = parseCitations('依据上述司法解释第七条的规定');
    expect(citations).toEqual([]);
    expect(problems[0]?.message).toContain('法律名称未能识别');
  });

  it('does not complain about 第三人, 第一次 or 第三编', () => {
    expect(parseCitations('依照《民法典》第三编的规定，第三人于第一次开庭时到庭')).toEqual({ citations: [], problems: [] });
  });

  it('survives arbitrary text', () => {
    const junk = ['', '《', '》', '第', '第第条', '《《》》第一条', '前', '本法第', '之一', '第1条至', '第一条至第', '（以下简称'];
    for (const text of junk) expect(() => parseCitations(text)).not.toThrow();
  });
});
