import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentTypes } from '../../../../../shared/contract/channels/drafting';
import { documentTemplate, parseTemplates, templateInfos } from '../../../../../main/services/drafting';

const folder = join(__dirname, '../../../../../resources/document-templates');
const files = Object.fromEntries(
  readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8')) as unknown]),
);

describe('document templates', () => {
  it('has one valid template per document type, read from resources/document-templates', () => {
    expect(Object.keys(files)).toHaveLength(documentTypes.length);
    expect([...parseTemplates(files).keys()].sort()).toEqual([...documentTypes].sort());
    expect(templateInfos().map((t) => t.name)).toEqual([
      '民事判决书',
      '刑事判决书',
      '民事裁定书',
      '民事调解书',
      '送达回证',
      '类案检索报告',
    ]);
  });

  it('puts the judgment sections in the SPC order', () => {
    const order = (type: (typeof documentTypes)[number]) => documentTemplate(type).sections.map((s) => s.title);
    const civil = order('civil-judgment');
    const expected = ['首部', '当事人', '诉讼请求', '事实', '本院认为', '主文', '诉讼费用负担', '上诉权告知'];
    expect(expected.map((t) => civil.indexOf(t))).toEqual([...expected.map((t) => civil.indexOf(t))].sort((a, b) => a - b));
    expect(expected.every((t) => civil.includes(t))).toBe(true);
    const criminal = order('criminal-judgment');
    expect(['首部', '当事人', '指控', '事实', '本院认为', '主文', '上诉权告知'].map((t) => criminal.indexOf(t))).toEqual([
      0, 1, 3, 5, 6, 7, 8,
    ]);
  });

  it('carries the statutory appeal period: 民事判决 15 日, 民事裁定 10 日, 刑事判决 10 日, none for 调解书', () => {
    expect(documentTemplate('civil-judgment').appealDays).toBe(15);
    expect(documentTemplate('civil-ruling').appealDays).toBe(10);
    expect(documentTemplate('criminal-judgment').appealDays).toBe(10);
    expect(documentTemplate('civil-mediation').appealDays).toBeNull();
  });

  it('names the file and the problem when a template is broken', () => {
    const broken = { ...files, 'civil-ruling.json': { ...(files['civil-ruling.json'] as object), appealDays: null } };
    expect(() => parseTemplates(broken)).toThrow(
      '文书模板 civil-ruling.json 格式错误：appealDays 模板引用了{上诉期限}，但 appealDays 为空',
    );
    const noHeader = { ...files, 'civil-judgment.json': { ...(files['civil-judgment.json'] as { sections: unknown[] }), sections: [] } };
    expect(() => parseTemplates(noHeader)).toThrow(/civil-judgment\.json 格式错误/);
    const missing = Object.fromEntries(Object.entries(files).filter(([f]) => f !== 'service-receipt.json'));
    expect(() => parseTemplates(missing)).toThrow('缺少文书模板：service-receipt');
  });
});
