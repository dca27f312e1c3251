import { describe, expect, it } from 'vitest';
import { courtLevelOf, provinceOfCaseNumber, regionOf } from '../../../../../main/services/similar-cases/court-info';
import { accusedCharges, chargesIn, normaliseCharge, splitJudgment } from '../../../../../main/services/similar-cases/judgment-sections';
import { awardedIn, fineIn, lastDateIn, prisonMonthsIn } from '../../../../../main/services/similar-cases/outcome-parser';
import { factKey, parseCaseLine } from '../../../../../main/services/similar-cases/source-formats';
import { hasCaseData, headLines } from './case-data';

describe('outcome and date parsing', () => {
  it('reads prison terms in months, the executed sentence first', () => {
    expect(prisonMonthsIn('判处有期徒刑三年六个月，并处罚金人民币五千元')).toBe(42);
    expect(prisonMonthsIn('判处拘役五个月')).toBe(5);
    expect(prisonMonthsIn('犯盗窃罪判处有期徒刑一年，犯诈骗罪判处有期徒刑二年，决定执行有期徒刑二年十个月')).toBe(34);
    expect(prisonMonthsIn('判处管制一年')).toBeNull();
  });
  it('reads fines and civil awards in yuan', () => {
    expect(fineIn('并处罚金人民币三万元')).toBe(30000);
    expect(fineIn('并处罚金5000元')).toBe(5000);
    expect(fineIn('并处罚金人民币2.5万元')).toBe(25000);
    expect(awardedIn('被告夏某1于本判决生效后十日内偿还原告李某1借款本金70000元及利息')).toBe(70000);
  });
  it('takes the last written date (the judgment date after the operative part)', () => {
    expect(lastDateIn('自2017年4月28日起 审判员李某 二〇一七年六月二十八日 书记员')).toBe('2017-06-28');
    expect(lastDateIn('没有日期')).toBeNull();
  });
});

describe('courts and charges', () => {
  it('tells the court level and the province from the court or the case number', () => {
    expect(courtLevelOf('浙江省高级人民法院')).toBe('高级');
    expect(courtLevelOf('上海市第一中级人民法院')).toBe('中级');
    expect(courtLevelOf('金华市婺城区人民法院')).toBe('基层');
    expect(courtLevelOf('最高人民法院')).toBe('最高');
    expect(provinceOfCaseNumber('（2020）浙0702刑初662号')).toBe('浙江');
    expect(regionOf('金华市婺城区人民法院', '（2020）浙0702刑初662号', '')).toBe('浙江');
    expect(regionOf(null, null, '北京市通州区人民检察院指控：')).toBe('北京');
  });
  it('normalises charge names and reads them from judgments without taking prior convictions', () => {
    expect(normaliseCharge('[走私、贩卖、运输、制造]毒品')).toBe('走私、贩卖、运输、制造毒品罪');
    expect(normaliseCharge('盗窃罪')).toBe('盗窃罪');
    expect(chargesIn('被告人张3犯诈骗罪，判处有期徒刑七个月；被告人李某犯诈骗罪')).toEqual(['诈骗罪']);
    const text =
      '被告人邵某，2017年3月3日因犯掩饰、隐瞒犯罪所得罪被本院判处有期徒刑二年。检察院以起诉书指控被告人羊某、邵某犯赌博罪，于2020年9月17日向本院提起公诉。';
    expect(accusedCharges(text)).toEqual(['赌博罪']);
  });
  it('cuts a judgment into parties, facts, reasoning, result and the cited-articles sentence', () => {
    const s = splitJudgment(
      '某县人民法院 刑事判决书 （2018）苏0102刑初1号 公诉机关某县人民检察院。被告人王某，男。 公诉机关指控：被告人王某盗窃电动车一辆。 本院认为，被告人王某构成盗窃罪。依照《中华人民共和国刑法》第二百六十四条之规定，判决如下： 被告人王某犯盗窃罪，判处拘役三个月。 如不服本判决，可上诉。 审判员赵某 二〇一八年三月一日',
    );
    expect(s).toMatchObject({
      court: '某县人民法院',
      caseNumber: '（2018）苏0102刑初1号',
      documentType: '判决书',
      citationText: '《中华人民共和国刑法》第二百六十四条',
    });
    expect(s.parties).toBe('公诉机关某县人民检察院。被告人王某，男。');
    expect(s.facts).toBe('公诉机关指控：被告人王某盗窃电动车一辆。');
    expect(s.reasoning).toMatch(/^本院认为.*之规定，$/);
    expect(s.result).toBe('判决如下： 被告人王某犯盗窃罪，判处拘役三个月。');
  });
});

describe.skipIf(!hasCaseData)('every source format of the data folder', () => {
  const first = (file: string) => parseCaseLine(JSON.parse(headLines(file, 1)[0] ?? 'null'));
  it("reads CAIL2018 with the trainer's fact key, charges with 罪, articles as a 刑法 citation and the term", () => {
    const [p] = first('cases/cail2018/data_train.json');
    expect(p?.ok).toBe(true);
    if (!p?.ok) return;
    expect(p.record.sourceId).toBe(factKey(p.record.facts));
    expect(p.record.causes.every((c) => c.endsWith('罪'))).toBe(true);
    expect(p.record.citationText).toMatch(/^《中华人民共和国刑法》第.+条/);
  });
  it('turns an SCM triplet into three civil 民间借贷 records and a CJRC file into a thousand', () => {
    const scm = first('scm/input.txt');
    expect(scm.map((p) => p.ok && p.record.causes)).toEqual([['民间借贷纠纷'], ['民间借贷纠纷'], ['民间借贷纠纷']]);
    const cjrc = first('cases/cjrc_cail2019/dev_ground_truth.json');
    expect(cjrc).toHaveLength(1000);
    expect(cjrc.filter((p) => p.ok && p.record.kind === '民事')).toHaveLength(500);
  });
  it('reports SPC rulings (裁定书) as not a judgment and unknown shapes as such', () => {
    const [ruling] = first('cases/lawcrimemining/corpus_lawsuit-00.jsonl');
    expect(ruling).toMatchObject({ ok: false, reason: 'not-a-judgment' });
    expect(parseCaseLine({ foo: 1 })).toEqual([expect.objectContaining({ ok: false, reason: 'unknown-format' })]);
    expect(parseCaseLine([1, 2])).toEqual([expect.objectContaining({ ok: false, reason: 'unknown-format' })]);
  });
  it('reads a LeCaRDv2 judgment cut before its reasoning: charges from the indictment, facts from its fact field', () => {
    const [p] = first('lecard/v2/query/test_query.json');
    expect(p).toMatchObject({ ok: true, record: { source: 'lecard_v2', causes: ['赌博罪'], region: '浙江', courtLevel: '基层' } });
  });
});
