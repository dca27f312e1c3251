import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueModel, classifyDocument } from '../../../../../main/services/dossier';

const sources = join(import.meta.dirname, '../../../../../resources/demo/sources');
const demo = readdirSync(sources)
  .sort()
  .map((f) => ({ file: f, text: readFileSync(join(sources, f), 'utf8') }));

describe('classifyDocument', () => {
  it('explains a choice with the matched title and phrases at their offsets', () => {
    const text = '民事起诉状\n原告：某某\n诉讼请求：\n一、判令被告偿还借款\n事实与理由：……\n此致';
    const result = classifyDocument(text, 'scan.pdf');
    expect(result.category).toBe('起诉状');
    expect(result.reasons[0]).toEqual({ cue: 'title', matched: '民事起诉状', offset: 0, weight: 4 });
    for (const r of result.reasons) expect(text.slice(r.offset, r.offset + r.matched.length)).toBe(r.matched);
    expect(result.confidence).toBeGreaterThan(0.75);
  });

  it('reads a title run into the text and a court document outside the catalogue as 其他', () => {
    expect(classifyDocument('张某盗窃一审刑事判决书某某县人民法院（2020）某0101刑初1号公诉机关指控', 'x.txt').category).toBe(
      '判决书/裁定书',
    );
    const decision = classifyDocument('北京市朝阳区人民法院\n指定管辖决定书\n（2026）京0105民初1号\n决定如下：', 'x.txt');
    expect(decision).toMatchObject({ category: '其他', reasons: [{ cue: 'title', matched: '指定管辖决定书' }] });
  });

  it('is unsure of a text with no cue and falls back to the file name', () => {
    const none = classifyDocument('请于周五前把材料交到立案庭。', 'memo.txt');
    expect(none).toMatchObject({ category: '其他', reasons: [] });
    const named = classifyDocument('（图片中无可识别文字）', '授权委托书.jpg');
    expect(named.reasons).toEqual([{ cue: 'fileName', matched: '授权委托书', offset: -1, weight: 2 }]);
  });

  it('gives the same category and confidence whoever the parties are (name, sex, ethnicity, birthplace)', () => {
    const swap = (t: string) =>
      t
        .replaceAll('周晓岚', '阿依古丽·买买提')
        .replaceAll('吴建平', '欧阳德胜')
        .replaceAll('女', '男')
        .replaceAll('汉族', '维吾尔族')
        .replaceAll('北京市朝阳区', '新疆维吾尔自治区喀什市');
    for (const { file, text } of demo) {
      const a = classifyDocument(text, 'scan.txt');
      const b = classifyDocument(swap(text), 'scan.txt');
      expect([file, b.category, b.confidence]).toEqual([file, a.category, a.confidence]);
    }
  });

  it('names the rules as a model whose hash changes with them', () => {
    expect(catalogueModel.modelId).toBe('dossier-catalogue-rules');
    expect(catalogueModel.modelSha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
