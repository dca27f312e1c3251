import { describe, expect, it } from 'vitest';
import distinctions from '../../../../../resources/criminal-law/charge-distinctions.json';
import type { ChargeDistinctions } from '../../../../../shared/domain/criminal-law';
import {
  catalogueFromRecords,
  ChargeIndex,
  checkCharge,
  generalArticles,
  joinSegmented,
  parseArticleReference,
  penaltyArticleRefs,
  rerankByElements,
} from '../../../../../shared/domain/criminal-law';

const rules = distinctions as ChargeDistinctions;
const bribery =
  '经审理查明：被告人王某系某县某镇财政所所长。2015年至2016年间，被告人王某利用其负责拨付农业补贴资金的职务便利，先后多次收受刘某、陈某等人给予的好处费共计人民币28900元，为他人谋取利益。';
const harbouring =
  '2017年3月5日晚，被告人李某在其位于某小区的租住房内，容留刘某、张某吸食甲基苯丙胺（冰毒）。2017年3月9日，被告人李某再次在其住处容留王某吸食毒品。';

const none = () => false;
const general = (facts: string, term = { kind: 'fixed' as const, months: 8 }) =>
  generalArticles({ facts, charges: ['盗窃罪'], confidentCharges: ['盗窃罪'], term, providesFine: none }).map((g) => g.label);

describe('charge names and catalogue', () => {
  it('reads article, 之一 and 款 from the references of the charge list', () => {
    expect(parseArticleReference('刑法第103条第1款')).toEqual({ articles: [103], suffix: null, paragraph: 1 });
    expect(parseArticleReference('刑法第133条之一')).toEqual({ articles: [133], suffix: 1, paragraph: null });
    expect(parseArticleReference('刑法第236条、第237条第1款').articles).toEqual([236, 237]);
    expect(parseArticleReference('《全国人大常委会关于惩治骗购外汇的决定》第1条').articles).toEqual([]);
  });

  it('joins the word-segmented element texts and finds charges by any spelling', () => {
    expect(joinSegmented('主观 是 故意 ， 即 明知 是 PM2.5 标准')).toBe('主观是故意，即明知是PM2.5标准');
    const charges = catalogueFromRecords(
      [
        { charge: '走私、贩卖、运输、制造毒品罪', chapter: '刑法第347条', level1: '第六章 妨害社会管理秩序罪（146）' },
        { charge: '受贿罪', chapter: '刑法第385条', level1: '第八章 贪污贿赂罪(14)' },
      ],
      { 受贿: { 定义: '受贿 罪 ， 是 指 国家 工作 人员 …', 主体: '特殊 主体' } },
    );
    const index = new ChargeIndex({ origin: 'data-folder', source: '', charges });
    expect(index.get('[走私、贩卖、运输、制造]毒品')?.name).toBe('走私、贩卖、运输、制造毒品罪');
    expect(index.get('贩卖毒品罪')?.articles).toEqual([347]);
    expect(index.get('受贿')?.elements?.subject).toBe('特殊主体');
    expect(index.get('受贿')?.chapter).toBe('第八章 贪污贿赂罪');
    expect(index.get('故意杀人罪')).toBeNull();
  });

  it('follows the article that punishes a charge defined before it (386 → 383 for 受贿罪)', () => {
    const refs = penaltyArticleRefs('受贿', [
      { article: 386, text: '第三百八十六条 对犯受贿罪的，根据受贿所得数额及情节，依照本法第三百八十三条的规定处罚。' },
      { article: 387, text: '第三百八十七条 国家机关、国有公司……索取、非法收受他人财物，为他人谋取利益，情节严重的，对单位判处罚金。' },
    ]);
    expect(refs).toEqual([386, 383]);
  });
});

describe('element checks', () => {
  it('moves a 财政所所长 taking bribes from 非国家工作人员受贿罪 to 受贿罪, saying why', () => {
    const move = rerankByElements(bribery, '非国家工作人员受贿', rules);
    expect(move?.to).toBe('受贿罪');
    expect(move?.reason).toContain('财政所所长');
    const own = checkCharge(bribery, '非国家工作人员受贿罪', rules);
    expect(own?.unmet.find((e) => e.element === '主体')?.status).toBe('contradicted');
    expect(move?.check.met.map((e) => e.element)).toEqual(['主体', '客观方面']);
  });

  it('leaves a company manager taking kickbacks with 非国家工作人员受贿罪', () => {
    const facts = '被告人赵某系某电子有限公司采购部经理，利用负责采购的职务便利，收受供应商给予的回扣共计人民币15万元。';
    expect(rerankByElements(facts, '非国家工作人员受贿罪', rules)).toBeNull();
  });

  it('moves 容留 facts without any sale from 走私、贩卖、运输、制造毒品罪 to 容留他人吸毒罪', () => {
    const move = rerankByElements(harbouring, '[走私、贩卖、运输、制造]毒品', rules);
    expect(move?.to).toBe('容留他人吸毒罪');
    expect(rerankByElements(`${harbouring}另查明，李某以200元的价格将冰毒卖给刘某。`, '走私、贩卖、运输、制造毒品罪', rules)).toBeNull();
  });
});

describe('总则 articles from the circumstances', () => {
  it('reads 自首 with the clause that triggers it', () => {
    const facts = '被告人张某盗窃电动车一辆，价值3000元。案发后，被告人张某主动到派出所投案，如实供述了犯罪事实。';
    const found = generalArticles({
      facts,
      charges: ['盗窃罪'],
      confidentCharges: ['盗窃罪'],
      term: { kind: 'fixed', months: 8 },
      providesFine: none,
    });
    const surrender = found.find((g) => g.label === '自首');
    expect(surrender?.article).toBe(67);
    expect(surrender?.paragraph).toBe(1);
    expect(surrender?.trigger?.text).toContain('主动到派出所投案');
    expect(facts.slice(surrender?.trigger?.start, surrender?.trigger?.end)).toBe(surrender?.trigger?.text);
  });

  it('reads 累犯, 从犯 and 未遂', () => {
    expect(general('被告人曾因盗窃罪被判处有期徒刑一年，2016年3月刑满释放。2017年5月又盗窃手机一部。')).toContain('累犯');
    expect(general('被告人甲伙同乙盗窃，乙在门外望风，起辅助作用，系从犯。')).toEqual(expect.arrayContaining(['共同犯罪', '从犯']));
    expect(general('被告人欲骗取被害人现金10万元，被被害人当场识破未得手。')).toContain('犯罪未遂');
  });

  it('suggests 缓刑 for a short term with remorse, never for a ten-year term or a 累犯', () => {
    const facts = '被告人盗窃财物价值5000元，案发后退赔了被害人的全部损失，取得谅解。';
    expect(general(facts, { kind: 'fixed', months: 10 })).toContain('缓刑');
    expect(general(facts, { kind: 'fixed', months: 120 })).not.toContain('缓刑');
    expect(general(`被告人曾因盗窃罪被判处有期徒刑一年，刑满释放后又犯本罪。${facts}`, { kind: 'fixed', months: 10 })).not.toContain(
      '缓刑',
    );
  });

  it('adds 罚金 only where the charge’s article provides it, and 数罪并罚 only for two confident charges', () => {
    const facts = '被告人盗窃财物价值5000元。';
    const term = { kind: 'fixed' as const, months: 10 };
    const labels = (providesFine: (c: string) => boolean, confidentCharges: string[]) =>
      generalArticles({ facts, charges: ['盗窃罪', '诈骗罪'], confidentCharges, term, providesFine }).map((g) => g.article);
    expect(labels(() => true, ['盗窃罪', '诈骗罪'])).toEqual(expect.arrayContaining([52, 53, 69]));
    expect(labels(none, ['盗窃罪'])).not.toContain(52);
    expect(labels(none, ['盗窃罪'])).not.toContain(69);
  });
});
