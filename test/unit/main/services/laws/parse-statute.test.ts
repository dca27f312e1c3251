import { describe, expect, it } from 'vitest';
import { itemsOf, parseStatute } from '../../../../../main/services/laws/parse-statute';

const SAMPLE = [
  '# 中华人民共和国示例法',
  '',
  '# 总则',
  '',
  '2020年5月28日 第十三届全国人民代表大会第三次会议通过',
  '2021年1月1日 施行',
  '2022年3月1日 第十四届全国人民代表大会常务委员会《关于修改',
  '〈中华人民共和国示例法〉的决定》修正',
  '<!-- INFO END -->',
  '为了示范，制定本法。',
  '## 第一编  总则',
  '### 第一章 一般规定',
  '第一条 本法调整示例关系。',
  '',
  '第二条 当事人有下列情形之一的，可以解除合同：',
  '（一）因不可抗力致使不能实现合同目的；',
  '（二）法律规定的其他情形。',
  '前款规定的解除权，应当及时行使。',
  '### 第二章 附则',
  '第一百二十条之一 资助恐怖活动的，处五年以下有期徒刑：（一）情节较轻的；（二）情节严重的。',
  '第一千二百六十条 本法自2021年1月1日起施行。',
].join('\n');

describe('parseStatute', () => {
  const parsed = parseStatute('示例/示例法.md', SAMPLE);

  it('reads title, subtitle and dated history (a wrapped history line joins the previous one)', () => {
    expect(parsed.title).toBe('中华人民共和国示例法');
    expect(parsed.subtitle).toBe('总则');
    expect(parsed.history).toEqual([
      { date: '2020-05-28', event: '第十三届全国人民代表大会第三次会议通过', line: 5 },
      { date: '2021-01-01', event: '施行', line: 6 },
      { date: '2022-03-01', event: '第十四届全国人民代表大会常务委员会《关于修改〈中华人民共和国示例法〉的决定》修正', line: 7 },
    ]);
    expect(parsed.preamble).toEqual(['为了示范，制定本法。']);
    expect(parsed.problems).toEqual([]);
  });

  it('numbers articles with suffixes, labels, chapter paths and exact text', () => {
    expect(parsed.articles.map((a) => [a.number, a.suffix, a.label, a.line])).toEqual([
      [1, null, '第一条', 13],
      [2, null, '第二条', 15],
      [120, 1, '第一百二十条之一', 20],
      [1260, null, '第一千二百六十条', 21],
    ]);
    expect(parsed.articles[0]?.chapterPath).toEqual(['第一编 总则', '第一章 一般规定']);
    expect(parsed.articles[2]?.chapterPath).toEqual(['第一编 总则', '第二章 附则']);
    expect(parsed.sections.map((s) => [s.depth, s.title])).toEqual([
      [2, '第一编 总则'],
      [3, '第一章 一般规定'],
      [3, '第二章 附则'],
    ]);
    expect(parsed.articles[1]?.text).toBe(
      '第二条 当事人有下列情形之一的，可以解除合同：\n（一）因不可抗力致使不能实现合同目的；\n（二）法律规定的其他情形。\n前款规定的解除权，应当及时行使。',
    );
  });

  it('splits 款 (items stay in the 款 that introduces them) and finds 项 on lines and inside a line', () => {
    const second = parsed.articles[1];
    expect(second?.paragraphs).toEqual([
      '当事人有下列情形之一的，可以解除合同：\n（一）因不可抗力致使不能实现合同目的；\n（二）法律规定的其他情形。',
      '前款规定的解除权，应当及时行使。',
    ]);
    expect(second?.items.map((i) => [i.paragraph, i.number, i.text])).toEqual([
      [0, 1, '（一）因不可抗力致使不能实现合同目的；'],
      [0, 2, '（二）法律规定的其他情形。'],
    ]);
    expect(parsed.articles[2]?.items.map((i) => i.text)).toEqual(['（一）情节较轻的；', '（二）情节严重的。']);
    expect(itemsOf('无项的款。', 0)).toEqual([]);
  });

  it('reports an unreadable article label with file and line, drops that article, keeps the rest', () => {
    const bad = parseStatute(
      '坏/坏文件.md',
      ['# 坏法', '<!-- INFO END -->', '第一条 好的。', '第一百X条 编号坏了。', '坏条的第二款。', '第三条 也是好的。'].join('\n'),
    );
    expect(bad.articles.map((a) => a.label)).toEqual(['第一条', '第三条']);
    expect(bad.problems).toEqual([
      { file: '坏/坏文件.md', line: 4, message: expect.stringContaining('无法识别条文编号') },
      { file: '坏/坏文件.md', line: 5, message: expect.stringContaining('未导入') },
    ]);
  });

  it('reports a missing title, a missing INFO END marker and a repeated number', () => {
    const bad = parseStatute('x.md', ['2020年1月1日 通过', '第一条 甲。', '第一条 乙。'].join('\n'));
    expect(bad.title).toBeNull();
    expect(bad.articles).toHaveLength(2);
    expect(bad.problems.map((p) => [p.line, p.message.slice(0, 6)])).toEqual([
      [0, '缺少 <!-'],
      [1, '缺少标题行（'],
      [3, '条文编号“第'],
    ]);
  });
});
