import { describe, expect, it } from 'vitest';
import { capitalToFen, fenToCapital } from '../../../../../main/services/review/amount-words';
import { judgmentDate } from '../../../../../main/services/review/dates';
import { documentKind } from '../../../../../main/services/review/document-type';
import { lprOn } from '../../../../../main/services/calculators';
import { declaredParties } from '../../../../../main/services/review/parties';
import { amountFindings } from '../../../../../main/services/review/rules/amounts';
import { consistencyFindings } from '../../../../../main/services/review/rules/consistency';
import { privacyFindings } from '../../../../../main/services/review/rules/privacy';
import { structureFindings } from '../../../../../main/services/review/rules/structure';
import { wordingFindings } from '../../../../../main/services/review/rules/wording';

// A short but complete 民事判决书 (fictional parties) that every rule family must pass clean.
const clean = [
  '北京市朝阳区人民法院',
  '民事判决书',
  '（2023）京0105民初1234号',
  '原告张三，男，1980年1月2日出生，汉族，住北京市朝阳区。',
  '被告李四，男，1982年3月4日出生，汉族，住北京市海淀区。',
  '原告张三与被告李四民间借贷纠纷一案，本院于2023年3月1日立案后，依法适用普通程序，于2023年4月10日公开开庭进行了审理。',
  '原告张三向本院提出诉讼请求：被告偿还借款本金100000元及利息。',
  '本院经审理查明：2022年1月5日，被告向原告借款人民币100000元（大写：壹拾万元整），约定年利率10%。',
  '本院认为，双方借贷关系合法有效，被告应按约定年利率10%支付利息。依照《中华人民共和国民法典》第六百七十五条之规定，判决如下：',
  '被告李四于本判决生效之日起十日内偿还原告张三借款本金100000元。',
  '案件受理费2300元，由被告李四负担。',
  '如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，上诉于北京市第三中级人民法院。',
  '审判长王五',
  '二〇二三年五月六日',
  '书记员赵六',
].join('\n');

describe('a clean civil judgment', () => {
  it('reads type, 落款 and parties', () => {
    expect(documentKind(clean)).toMatchObject({ type: '民事判决书', final: false });
    expect(judgmentDate(clean)?.iso).toBe('2023-05-06');
    expect(declaredParties(clean).map((p) => `${p.role}:${p.name}`)).toEqual(['原告:张三', '被告:李四']);
  });

  it('passes every family without a finding', () => {
    const signed = judgmentDate(clean);
    expect(structureFindings(clean, documentKind(clean))).toEqual([]);
    expect(amountFindings(clean, signed, '2023-05-06')).toEqual([]);
    expect(consistencyFindings(clean, declaredParties(clean), signed)).toEqual([]);
    expect(wordingFindings(clean)).toEqual([]);
    expect(privacyFindings(clean, signed)).toEqual([]);
  });
});

describe('amounts', () => {
  it('大写 ↔ 分 both ways', () => {
    expect(capitalToFen('壹拾万元整')).toBe(10_000_000);
    expect(capitalToFen('壹万贰仟叁佰肆拾伍元陆角柒分')).toBe(1_234_567);
    expect(fenToCapital(10_050_000)).toBe('壹拾万零伍佰元整');
    for (const fen of [100, 1_000_000, 1_230_400, 100_000_100, 99_999]) expect(capitalToFen(fenToCapital(fen))).toBe(fen);
  });

  it('大写 disagreeing with 小写 is an error whose fix is the right 大写', () => {
    const text = clean.replace('壹拾万元整', '壹拾万伍仟元整');
    const [f] = amountFindings(text, null, '2023-05-06');
    expect(f).toMatchObject({ rule: 'amount.words-mismatch', excerpt: '壹拾万伍仟元整', fix: '壹拾万元整' });
  });

  it('a total that is not the sum of the listed amounts', () => {
    const text = '被告应支付本金10000元、利息2000元，合计13000元。';
    const [f] = amountFindings(text, null, '2023-05-06');
    expect(f).toMatchObject({ rule: 'amount.total', excerpt: '13000元', fix: '12000元' });
    expect(amountFindings(text.replace('13000', '12000'), null, '2023-05-06')).toEqual([]);
  });

  it('interest stated against principal × rate × time (days over 365 or 360, or months)', () => {
    const right = '利息以100000元为基数，按年利率6%，自2021年1月1日起计算至2021年12月31日止，为6000元。';
    expect(amountFindings(right, null, '2022-05-06')).toEqual([]);
    const monthly = '以50000元为基数，按月利率1%，自2021年1月1日起计算至2021年7月1日止，利息3000元。';
    expect(amountFindings(monthly, null, '2022-05-06')).toEqual([]);
    const [f] = amountFindings(right.replace('为6000元', '为7200元'), null, '2022-05-06');
    expect(f).toMatchObject({ rule: 'amount.interest', excerpt: '7200元' });
    expect(f!.message).toContain('364 天');
  });

  const capFindings = (text: string) =>
    amountFindings(text, judgmentDate(text), '2023-05-06').filter((f) => f.rule === 'amount.interest-cap');

  it('a supported rate above four times the LPR at contract formation, with the LPR named', () => {
    expect(lprOn('2022-01-05')).toMatchObject({ percent: 3.8 });
    expect(lprOn('2023-03-01')).toMatchObject({ percent: 3.65 });
    const text = clean.replaceAll('年利率10%', '年利率18%');
    const found = capFindings(text);
    // Only the rate the court supports (after 本院认为), not the one the facts recite.
    expect(found).toHaveLength(1);
    // The loan of 2022-01-05 sets the cap (3.8 % × 4), not the filing of 2023-03-01 (3.65 % × 4).
    expect(found[0]!.message).toContain('合同成立时（2022-01-05）一年期LPR为3.8%（2021-12-20公布），四倍为15.2%');
    expect(found[0]!.message).not.toContain('3.65%');
    expect(capFindings(text.replaceAll('年利率18%', '年利率15.2%'))).toEqual([]);
    const cut = text.replace('被告应按约定年利率18%支付利息', '约定年利率18%超过部分不予支持');
    expect(capFindings(cut)).toEqual([]);
  });

  it('a 2021 contract filed in 2023: the 2021 LPR, not the one at filing', () => {
    const text = clean.replace('2022年1月5日，被告向原告借款', '2021年3月1日，被告向原告借款').replaceAll('年利率10%', '年利率15%');
    // 4 × 3.85 % = 15.4 % at contract formation; at filing 4 × 3.65 % = 14.6 % would flag 15 %.
    expect(capFindings(text)).toEqual([]);
    const [f] = capFindings(text.replaceAll('年利率15%', '年利率16%'));
    expect(f!.message).toContain('合同成立时（2021-03-01）一年期LPR为3.85%（2020-04-20公布），四倍为15.4%');
  });

  it('a 2019 contract filed in 2022: four times the LPR at filing from 2020-08-20 (第三十一条第二款)', () => {
    const text = clean
      .replace('2023年3月1日立案', '2022年3月1日立案')
      .replace('2022年1月5日，被告向原告借款', '2019年6月1日，被告向原告借款')
      .replaceAll('年利率10%', '年利率15%');
    // 4 × 3.7 % (LPR of 2022-01-20) = 14.8 %: 15 % is over; 24 % would not flag it.
    const [f] = capFindings(text);
    expect(f!.message).toContain('合同成立于2019-06-01');
    expect(f!.message).toContain('起诉时一年期LPR为3.7%（2022-01-20公布），四倍为14.8%');
    expect(f!.message).toContain('第三十一条第二款');
    expect(capFindings(text.replaceAll('年利率15%', '年利率14.8%'))).toEqual([]);
  });

  it('a case filed in 2019: the 2015 rules, 24 %', () => {
    const text = clean
      .replace('2023年3月1日立案', '2019年9月1日立案')
      .replace('2022年1月5日，被告向原告借款', '2019年6月1日，被告向原告借款')
      .replaceAll('年利率10%', '年利率20%');
    expect(capFindings(text)).toEqual([]);
    const [f] = capFindings(text.replaceAll('年利率20%', '年利率25%'));
    expect(f!.message).toContain('本案于2019-09-01立案，早于2020年8月20日，适用年利率24%的上限');
  });

  it('no contract date in the text: the filing date stands in, and the message says so', () => {
    const text = clean.replace('2022年1月5日，被告向原告借款', '被告向原告借款').replaceAll('年利率10%', '年利率18%');
    const [f] = capFindings(text);
    expect(f!.message).toContain('文书中未找到借款或合同成立日期，按立案日推定');
    expect(f!.message).toContain('合同成立时（2023-03-01）一年期LPR为3.65%');
    expect(f!.message).toContain('14.6%');
  });

  it('a repayment or a demand date is not the contract date', () => {
    const text = clean
      .replace('2022年1月5日，被告向原告借款', '被告向原告借款')
      .replace('约定年利率10%。', '约定年利率10%。2022年6月1日，原告向被告催要借款未果。')
      .replaceAll('年利率10%', '年利率18%');
    expect(capFindings(text)[0]!.message).toContain('按立案日推定');
  });
});

describe('structure', () => {
  it('names the missing section', () => {
    const text = clean.replace('案件受理费2300元，由被告李四负担。', '');
    expect(structureFindings(text, documentKind(text)).map((f) => f.message)).toEqual(['民事判决书缺少“诉讼费用负担”部分，请补充']);
  });

  it('appeal period by document type: 民事判决 15, 刑事判决 10', () => {
    const civil = clean.replace('送达之日起十五日内', '送达之日起十日内');
    const [f] = structureFindings(civil, documentKind(civil));
    expect(f).toMatchObject({ rule: 'structure.appeal-period', excerpt: '十', fix: '十五' });
    // The performance period 生效之日起十日内偿还 is not an appeal period.
    expect(structureFindings(clean, documentKind(clean))).toEqual([]);
    const criminal = '某某县人民法院\n刑事判决书\n（2023）京0105刑初1号\n如不服本判决，可在接到判决书的第二日起十五日内提出上诉。';
    expect(structureFindings(criminal, documentKind(criminal)).find((x) => x.rule === 'structure.appeal-period')?.fix).toBe('十');
  });
});

describe('consistency', () => {
  it('a one-character variant of a declared party name', () => {
    const text = clean.replace('被告李四于本判决', '被告李泗于本判决');
    const [f] = consistencyFindings(text, declaredParties(text), judgmentDate(text));
    expect(f).toMatchObject({ rule: 'consistency.party-name', excerpt: '李泗', fix: '李四' });
  });

  it('ID check digit, case number and date order', () => {
    const text = clean
      .replace('（2023）京0105民初1234号', '（2023）京0105民初字第1234号')
      .replace('汉族，住北京市朝阳区', '汉族，公民身份号码110105198001020012，住北京市朝阳区')
      .replace('2023年4月10日公开开庭', '2023年2月10日公开开庭');
    const rules = consistencyFindings(text, declaredParties(text), judgmentDate(text)).map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['consistency.case-number', 'consistency.id-checksum', 'consistency.date-order']));
  });

  it('a party of the case record absent from the text', () => {
    const [f] = consistencyFindings(clean, declaredParties(clean), null, [{ name: '王二', role: '第三人' }]);
    expect(f!.message).toContain('王二');
  });
});

describe('wording', () => {
  it.each([
    ['上诉人张三不服，提起上述。', '提起上述', '提起上诉'],
    ['上诉事实有证据证实。', '上诉', '上述'],
    ['截止2023年1月1日，尚欠借款。', '截止', '截至'],
    ['侵犯了原告的合法权力。', '合法权力', '合法权利'],
    ['转入被告的银行帐户。', '帐', '账'],
    ['被告的的行为。', '的的', '的'],
    ['原告张三,男。', ',', '，'],
    ['依照中华人民共和刑法之规定。', '中华人民共和', '中华人民共和国'],
  ])('%s', (text, excerpt, fix) => {
    expect(wordingFindings(text)).toEqual([expect.objectContaining({ excerpt, fix })]);
  });

  it.each(['被被害人发现后逃离。', '对上诉人的上诉理由不予采纳。', '金额为1,000元。', '本院认为，事实清楚。', '上述人员均到庭。'])(
    'no finding in %s',
    (text) => {
      expect(wordingFindings(text)).toEqual([]);
    },
  );
});

describe('privacy', () => {
  it('ID, phone, bank account, detailed address and a sexual-offence victim’s name', () => {
    const text =
      '被告人王某，公民身份号码110105198001020016，联系电话13812345678，住河南省新县城关镇人民路12号。被告人向被害人刘小红（女，15岁）实施猥亵，将钱款转入银行账号6222021234567890123。刘小红报警。';
    const found = privacyFindings(text, null);
    expect(found.map((f) => f.rule).sort()).toEqual([
      'privacy.address',
      'privacy.bank-account',
      'privacy.id-number',
      'privacy.phone',
      'privacy.protected-name',
    ]);
    expect(found.find((f) => f.rule === 'privacy.address')!.excerpt).toBe('城关镇人民路12号');
    expect(found.find((f) => f.rule === 'privacy.protected-name')).toMatchObject({ excerpt: '刘小红', fix: '刘某' });
  });

  it('a minor by birth date on the judgment date', () => {
    const text = '原告陈小明，男，2010年5月1日出生，汉族。\n二〇二三年五月六日\n书记员赵六';
    expect(privacyFindings(text, judgmentDate(text)).map((f) => f.excerpt)).toEqual(['陈小明']);
  });
});
