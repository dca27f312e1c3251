import mammoth from 'mammoth';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DraftService } from '../../../../../main/services/drafting';
import { draftMarkText } from '../../../../../main/services/drafting';
import { getArticle } from '../../../../../main/services/laws';
import { Refusal } from '../../../../../shared/contract/refusal';
import { localIsoDate } from '../../../../../shared/domain/case-procedures';
import type { TempServices } from '../../../../helpers/temp-services';
import { openTempServices } from '../../../../helpers/temp-services';
import { hasStatuteData } from '../laws/statute-data';
import { addCase, importStatuteSubset, judge, loanCase, theftCase } from './drafting-fixtures';

const docxBytes = (exported: { base64: string }) => Buffer.from(exported.base64, 'base64');

describe('DraftService', () => {
  let t: TempServices;
  let drafts: DraftService;
  beforeEach(() => {
    t = openTempServices();
    drafts = t.services.drafting;
  });
  afterEach(() => t.cleanup());

  it('fills a 民事判决书 from the case record, sections in court order, appeal period 十五日', async () => {
    const caseId = await addCase(t, loanCase);
    const draft = drafts.create({ caseId, type: 'civil-judgment', date: '2026-11-26' }, judge);
    expect(draft.sections.map((s) => s.title)).toEqual([
      '首部',
      '当事人',
      '审理经过',
      '诉讼请求',
      '答辩意见',
      '事实',
      '本院认为',
      '主文',
      '诉讼费用负担',
      '上诉权告知',
      '落款',
      '附：本判决适用的法律条文',
    ]);
    const text = (key: string) => draft.sections.find((s) => s.key === key)!.text;
    expect(text('header')).toBe('北京市海淀区人民法院\n民事判决书\n（2026）京0108民初123号');
    expect(text('parties')).toBe(
      '原告：张三，住北京市海淀区中关村大街1号。\n委托诉讼代理人：李律师。\n被告：李四，住北京市朝阳区建国路2号。',
    );
    expect(text('procedure')).toContain('原告张三与被告李四民间借贷纠纷一案，本院于2026年3月2日立案后');
    expect(text('claims')).toContain('张三向本院提出诉讼请求：1.判令被告偿还借款本金100000元；2.判令被告承担本案诉讼费用。');
    expect(text('appeal')).toContain('送达之日起十五日内');
    expect(text('judgment')).toContain('依照〔法律依据〕规定');
    expect(text('signature')).toBe('审判长\u3000王五\n审判员\u3000赵六\n人民陪审员\u3000孙七\n二〇二六年十一月二十六日\n书记员\u3000吴九');
    expect(draft.sections.find((s) => s.key === 'parties')!.origin).toBe('record');
    expect(draft.unfilled).toBeGreaterThan(3);
    expect(draft.version).toBe(1);
  });

  it('uses the right appeal period and party style per document type', async () => {
    const civil = await addCase(t, loanCase);
    const criminal = await addCase(t, theftCase);
    const appeal = (caseId: string, type: 'civil-ruling' | 'criminal-judgment') =>
      drafts.create({ caseId, type }, judge).sections.find((s) => s.key === 'appeal')!.text;
    expect(appeal(civil, 'civil-ruling')).toContain('裁定书送达之日起十日内');
    expect(appeal(criminal, 'criminal-judgment')).toContain('接到判决书的第二日起十日内');
    const theft = drafts.create({ caseId: criminal, type: 'criminal-judgment', date: '2026-11-26' }, judge);
    expect(theft.sections.find((s) => s.key === 'parties')!.text).toBe('公诉机关北京市海淀区人民检察院。\n被告人周某。\n辩护人郑律师。');
    expect(theft.sections.find((s) => s.key === 'reasoning')!.text).toContain('其行为已构成盗窃罪');
    expect(theft.sections.some((s) => s.key === 'costs')).toBe(false);
    const mediation = drafts.create({ caseId: civil, type: 'civil-mediation' }, judge);
    expect(mediation.sections.some((s) => s.key === 'appeal')).toBe(false);
  });

  it('keeps every version: save, stale save refused, undo walks back, restore, nothing deleted', async () => {
    const caseId = await addCase(t, loanCase);
    const v1 = drafts.create({ caseId, type: 'civil-judgment' }, judge);
    const v2 = drafts.save(v1.id, 1, [{ key: 'facts', text: '本院经审理认定事实如下：2025年1月1日，被告向原告借款。' }], judge);
    expect(v2.version).toBe(2);
    expect(v2.sections.find((s) => s.key === 'facts')!.origin).toBe('judge');
    expect(() => drafts.save(v1.id, 1, [{ key: 'facts', text: '旧窗口' }], judge)).toThrow(/当前第2版/);
    expect(drafts.save(v1.id, 2, [{ key: 'facts', text: v2.sections.find((s) => s.key === 'facts')!.text }], judge).version).toBe(2);
    expect(() => drafts.save(v1.id, 2, [{ key: 'nope', text: 'x' }], judge)).toThrow('草稿中没有这些部分：nope');
    const v3 = drafts.save(v1.id, 2, [{ key: 'reasoning', text: '本院认为，借贷关系成立。' }], judge);
    expect(v3.undoable).toBe(2);

    const v4 = drafts.undo(v1.id, 3, judge);
    expect(v4.sections.find((s) => s.key === 'reasoning')!.text).toBe(v1.sections.find((s) => s.key === 'reasoning')!.text);
    expect(v4.sections.find((s) => s.key === 'facts')!.text).toContain('被告向原告借款');
    const v5 = drafts.undo(v1.id, 4, judge);
    expect(v5.sections).toEqual(v1.sections);
    expect(() => drafts.undo(v1.id, 5, judge)).toThrow('没有可撤销的修改');

    const v6 = drafts.restore(v1.id, 5, 3, judge);
    expect(v6.sections).toEqual(v3.sections);
    expect(drafts.undo(v1.id, 6, judge).sections).toEqual(v1.sections);
    expect(drafts.history(v1.id).map((h) => h.action)).toEqual(['undo', 'restore', 'undo', 'undo', 'save', 'save', 'create']);
    expect(() => t.stores.workspace.prepare('DELETE FROM draft_versions').run()).toThrow('文书版本只能追加');

    const { entries } = t.services.audit.list({ feature: 'drafting' }, 50, 0);
    expect(JSON.stringify(entries)).toContain('撤销民事判决书草稿');
  });

  it('refuses an unknown case and an unknown draft in Chinese', async () => {
    expect(() => drafts.create({ caseId: 'nope', type: 'civil-judgment' }, judge)).toThrow(Refusal);
    expect(() => drafts.create({ caseId: 'nope', type: 'civil-judgment' }, judge)).toThrow('案件不存在：nope');
    expect(() => drafts.get('nope')).toThrow('文书草稿不存在：nope');
  });

  it('gives the review engine the sections and a plain text whose offsets point at each section', async () => {
    const caseId = await addCase(t, loanCase);
    const { id } = drafts.create({ caseId, type: 'civil-judgment' }, judge);
    const view = drafts.getDraft(id);
    expect(view.sections).toHaveLength(view.sectionTexts.length);
    for (const [i, span] of view.sections.entries()) expect(view.text.slice(span.start, span.end)).toBe(view.sectionTexts[i]!.text);
    const at = view.text.indexOf('十五日');
    expect(view.sections.find((s) => at >= s.start && at < s.end)!.key).toBe('appeal');
  });

  it('exports a DOCX that reads back in order, marked as a draft while a suggestion stands unedited', async () => {
    const caseId = await addCase(t, loanCase);
    const d = drafts.create({ caseId, type: 'civil-judgment', date: '2026-11-26' }, judge);
    const plain = await drafts.exportDocx(d.id, judge);
    const text = (await mammoth.extractRawText({ buffer: docxBytes(plain) })).value;
    const order = [
      '北京市海淀区人民法院',
      '民事判决书',
      '（2026）京0108民初123号',
      '原告：张三',
      '本院认为',
      '判决如下',
      '十五日内',
      '审　判　长　　王五',
      '二〇二六年十一月二十六日',
      '本件与原本核对无异',
      '书　记　员　　吴九',
    ];
    const at = order.map((t) => text.indexOf(t));
    expect(
      at.every((p) => p >= 0),
      order.filter((_, i) => at[i]! < 0).join('、'),
    ).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).not.toContain(draftMarkText);
    expect(plain.fileName).toBe('民事判决书（2026）京0108民初123号.docx');

    drafts.save(d.id, 1, [{ key: 'reasoning', text: '本院认为，借贷关系成立。', origin: 'suggested' }], judge);
    const marked = await drafts.exportDocx(d.id, judge);
    expect((await mammoth.extractRawText({ buffer: docxBytes(marked) })).value).toContain(draftMarkText);
    expect(marked.suggestedSections).toEqual(['本院认为']);
  });

  it('exports a 送达回证 as a table', async () => {
    const caseId = await addCase(t, loanCase);
    const d = drafts.create({ caseId, type: 'service-receipt' }, judge);
    const html = (await mammoth.convertToHtml({ buffer: docxBytes(await drafts.exportDocx(d.id, judge)) })).value;
    expect(html).toContain('<table>');
    expect(html).toMatch(/<td><p>受送达人<\/p><\/td>/);
    expect(html).toContain('（2026）京0108民初123号');
  });
});

describe.skipIf(!hasStatuteData)('法律依据 from the statute store', () => {
  let t: TempServices;
  let filed = 0;
  beforeAll(() => {
    t = openTempServices();
    importStatuteSubset(t.stores.knowledge, t.dir);
  }, 120_000);
  afterAll(() => t?.cleanup());

  /** The same loan case with other party names (and its own 案号, as each case has one). */
  async function suggestFor(names: { plaintiff: string; defendant: string }) {
    filed += 1;
    const input = {
      ...loanCase,
      caseNumber: `(2026)京0108民初${200 + filed}号`,
      parties: [
        { ...loanCase.parties![0]!, name: names.plaintiff },
        { ...loanCase.parties![1]!, name: names.defendant },
      ],
    };
    const drafts = t.services.drafting;
    const d = drafts.create({ caseId: await addCase(t, input), type: 'civil-judgment' }, judge);
    drafts.save(
      d.id,
      1,
      [
        {
          key: 'reasoning',
          text: '本院认为，依据《中华人民共和国民法典》第六百六十七条、第六百七十五条及《中华人民共和国合同法》第二百零六条，借款人应当按照约定的期限返还借款。',
        },
      ],
      judge,
    );
    return drafts.suggestCitations(d.id, []);
  }

  it('suggests the 依照…规定 lead with only the articles in force, and the appendix with their exact text', async () => {
    const result = await suggestFor({ plaintiff: '张三', defendant: '李四' });
    const judgment = result.suggestions.find((s) => s.sectionKey === 'judgment')!;
    expect(judgment.text).toMatch(/^依照《中华人民共和国民法典》第六百六十七条、第六百七十五条规定，判决如下：/);
    expect(judgment.reason).toContain('未采用：《中华人民共和国合同法》第二百零六条');
    const appendix = result.suggestions.find((s) => s.sectionKey === 'appendix')!.text;
    const article667 = getArticle(t.stores.knowledge, '中华人民共和国民法典', 667, null, localIsoDate(new Date()));
    expect(article667.found).toBe(true);
    if (article667.found) expect(appendix).toContain(`第六百六十七条\u3000${article667.article.text.replace(/^第六百六十七条\s*/, '')}`);
    expect(appendix).toContain(
      '《中华人民共和国民事诉讼法》\n第二百六十四条\u3000被执行人未按判决、裁定和其他法律文书指定的期间履行给付金钱义务的',
    );
    expect(appendix).not.toContain('合同法');
    expect(result.ai.confidence).toBeCloseTo(2 / 3);
    expect(result.ai).toMatchObject({ modelId: 'drafting-citations' });
    expect(result.ai.summary).toMatch(/^民事判决书法律依据建议：/);
  });

  it('does not change with who the parties are', async () => {
    const a = await suggestFor({ plaintiff: '张三', defendant: '李四' });
    const b = await suggestFor({ plaintiff: '阿依古丽', defendant: '欧阳建国' });
    expect(b.articles).toEqual(a.articles);
    expect(b.suggestions.find((s) => s.sectionKey === 'appendix')).toEqual(a.suggestions.find((s) => s.sectionKey === 'appendix'));
    const lead = (r: typeof a) => r.suggestions.find((s) => s.sectionKey === 'judgment')!.text.split('，判决如下')[0];
    expect(lead(b)).toBe(lead(a));
  });
});
