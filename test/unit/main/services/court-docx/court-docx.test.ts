import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { chineseDate, CourtDocx, spreadRole } from '../../../../../main/services/court-docx';

function sampleJudgment(pageNumbers: 'dash' | 'ofTotal' = 'dash'): CourtDocx {
  const doc = new CourtDocx({ pageNumbers });
  doc.courtName('北京市海淀区人民法院').title('民事判决书').caseNumber('（2026）京0108民初123号');
  doc.paragraph('原告：张三，男，汉族。');
  doc.heading('一、审理经过');
  doc.paragraph([{ text: '本院认为，' }, { text: '借贷关系成立', bold: true }, { text: '。' }]);
  doc.table({ columns: ['序号', '材料名称'], rows: [['1', '起诉状']] });
  doc.signature({
    members: [
      { role: '审判长', name: '王五' },
      { role: '人民陪审员', name: '孙七' },
    ],
    date: '2026-11-26',
    clerks: [{ role: '书记员', name: '吴九' }],
  });
  return doc;
}

async function documentXml(bytes: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing`);
  return file.async('string');
}

describe('CourtDocx', () => {
  it('writes the parts in court order, read back by mammoth', async () => {
    const bytes = await sampleJudgment().toBuffer();
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    const order = [
      '北京市海淀区人民法院',
      '民事判决书',
      '（2026）京0108民初123号',
      '原告：张三',
      '一、审理经过',
      '本院认为，借贷关系成立。',
      '起诉状',
      '审　判　长　　王五',
      '人民陪审员　　孙七',
      '二〇二六年十一月二十六日',
      '本件与原本核对无异',
      '书　记　员　　吴九',
    ];
    const positions = order.map((text) => value.indexOf(text));
    expect(
      positions.every((p) => p >= 0),
      `missing: ${order.filter((_, i) => positions[i]! < 0).join('、')}`,
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('sets an East-Asian font and zh-CN on every run, so LibreOffice does not pick Japanese glyphs', async () => {
    const xml = await documentXml(await sampleJudgment().toBuffer());
    const runs = xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(10);
    for (const run of runs) {
      expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="(仿宋|宋体|黑体|楷体)"/);
      expect(run).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    }
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).toContain('w:eastAsia="黑体"');
  });

  it('lays out A4 with court margins, centred title, right-aligned case number, 三号 body at a fixed line', async () => {
    const xml = await documentXml(await sampleJudgment().toBuffer());
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098"[^>]*w:right="1474" w:bottom="1984" w:left="1587"/);
    const paragraphOf = (text: string): string => {
      const found = (xml.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? []).find((p) => p.includes(text));
      if (!found) throw new Error(`no paragraph with ${text}`);
      return found;
    };
    expect(paragraphOf('民事判决书')).toContain('<w:jc w:val="center"/>');
    expect(paragraphOf('京0108民初123号')).toContain('<w:jc w:val="right"/>');
    const body = paragraphOf('原告：张三');
    expect(body).toContain('<w:sz w:val="32"/>');
    expect(body).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"/);
    expect(body).toMatch(/<w:ind w:left="0" w:firstLine="640"\/>/);
  });

  it('numbers pages — in the footer, as "第 X 页 共 Y 页" when asked', async () => {
    const bytes = await sampleJudgment('ofTotal').toBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    expect(footerName).toBeDefined();
    const footer = await documentXml(bytes, footerName);
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toContain('第 ');
    const dash = await documentXml(await sampleJudgment('dash').toBuffer(), footerName);
    expect(dash).not.toContain('NUMPAGES');
  });

  it('refuses a table row of the wrong width and a malformed signing date, in Chinese', () => {
    expect(() => new CourtDocx().table({ columns: ['a', 'b'], rows: [['1']] })).toThrow('表格第 1 行有 1 格，应为 2 格');
    expect(() => new CourtDocx().signature({ members: [], date: '2026-02-30' })).toThrow('日期格式不正确');
  });
});

describe('chineseDate and spreadRole', () => {
  it('writes the signing date in Chinese numerals', () => {
    expect(chineseDate('2026-11-26')).toBe('二〇二六年十一月二十六日');
    expect(chineseDate('2020-01-10')).toBe('二〇二〇年一月十日');
    expect(chineseDate('2021-10-30')).toBe('二〇二一年十月三十日');
  });

  it('pads every role to five character cells', () => {
    expect(spreadRole('审判长')).toBe('审　判　长');
    expect(spreadRole('人民陪审员')).toBe('人民陪审员');
    expect([...spreadRole('法官助理')]).toHaveLength(5);
  });
});
