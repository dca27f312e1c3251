// Family 6, 裁判文书公开: what 《最高人民法院关于人民法院在互联网公布裁判文书的规定》(2016) 第十条、
// 第十一条 require to be hidden or replaced before publication: ID numbers, phone numbers, bank
// accounts, the detailed home address, and the names of minors and of victims of sexual offences.
import type { ReviewFinding } from '../../../../shared/contract/channels/review';
import type { IdentifierType } from '../../../../shared/domain/identifiers';
import { findIdentifiers, IDENTIFIER_LABELS } from '../../../../shared/domain/identifiers';
import type { FoundDate } from '../dates';
import { isoOf } from '../dates';
import { finding } from '../finding';

const mask = (s: string) => '×'.repeat(s.length);

const numberMasks: Partial<Record<IdentifierType, (digits: string) => string>> = {
  residentId: mask,
  mobile: (d) => `${d.slice(0, 3)}${'×'.repeat(d.length - 7)}${d.slice(-4)}`,
  landline: (d) => `${d.slice(0, 3)}${'×'.repeat(d.length - 7)}${d.slice(-4)}`,
  bankAccount: (d) => `${'×'.repeat(d.length - 4)}${d.slice(-4)}`,
};
const numberRules: Partial<Record<IdentifierType, string>> = {
  residentId: 'privacy.id-number',
  mobile: 'privacy.phone',
  landline: 'privacy.phone',
  bankAccount: 'privacy.bank-account',
};

/** Unmasked 身份证, phone and bank numbers as the shared identifier finder reads them (企业信用代码 are public). */
function numberFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  for (const id of findIdentifiers(text)) {
    const rule = numberRules[id.type];
    const masking = numberMasks[id.type];
    if (!rule || !masking || id.masked) continue;
    const written = text.slice(id.start, id.end);
    out.push(
      finding(text, 'privacy', rule, 'error', id.start, id.end, `公开的裁判文书应隐去${IDENTIFIER_LABELS[id.type]}`, masking(written)),
    );
  }
  return out;
}

/** 住浙江省金华市婺城区某某路12号3幢501室: the part below the 县/区 is hidden. */
function addressFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  for (const m of text.matchAll(
    /(?:现住|住址[:：]?|家住|(?<![所居])住|户籍(?:所在)?地[:：]?)([\u4e00-\u9fff\d\-－]{4,60}?[\d一二三四五六七八九十]+(?:号|室|栋|幢|单元|弄|组|楼))(?=[，,。；（(）)\s]|$)/g,
  )) {
    const address = m[1]!;
    const county = /^.*?(?:自治县|县|区|旗|县级市(?=.)|市(?=[^市]*(?:镇|乡|街道|路|村|街)))/.exec(address);
    const keep = county ? county[0] : '';
    const start = m.index + m[0].length - address.length;
    out.push(
      finding(
        text,
        'privacy',
        'privacy.address',
        'error',
        start + keep.length,
        start + address.length,
        '公开的裁判文书应隐去自然人的详细住址（保留到县、区）',
        '××',
      ),
    );
  }
  return out;
}

function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const masked = /某|×|\*|＊|X|Ｘ|x|ｘ|甲|乙|丙|丁/;
/** Common single-character surnames: a protected person's name starts with one. */
const surnames = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);
/** Words that follow 被害人 and are not names. */
const notAName =
  /^(陈述|户籍|家属|亲属|近亲属|进行|要求|报案|谅解|赔偿|身体|本人|年龄|手机|住处|家中|钱财|财物|母亲|父亲|的|系|称|经|在|被|因|及|与|和|共|均|人身|身份|遭受|方面|损失|医疗|伤情|伤势|尸体|死亡|精神|等)/;
const nameAfter = /^([\u4e00-\u9fff]{2,3}?)(?=[，,（(、]|系|是)/;

/** Victims of sexual offences (强奸、猥亵…) and minors (under 18 on the judgment date) named in full. */
function personFindings(text: string, judgment: FoundDate | null): ReviewFinding[] {
  const names = new Map<string, { start: number; reason: string }>();
  const consider = (at: number, reason: string) => {
    const m = nameAfter.exec(text.slice(at, at + 12));
    if (!m || masked.test(m[1]!) || names.has(m[1]!) || notAName.test(m[1]!) || !surnames.has(m[1]![0]!)) return;
    // A name is declared with what follows it: 被害人张三（女，14岁）, 被害人张三， , 被害人张三系….
    if (!/^[，,（(、]|^系|^是/.test(text.slice(at + m[1]!.length, at + m[1]!.length + 1))) return;
    names.set(m[1]!, { start: at, reason });
  };
  if (/强奸|猥亵|性侵|强制侮辱|组织卖淫|引诱幼女|性骚扰/.test(text)) {
    for (const m of text.matchAll(/被害人/g)) consider(m.index + m[0].length, '性侵害犯罪被害人');
  }
  for (const m of text.matchAll(/未成年人|未成年被害人|幼女|儿童/g)) consider(m.index + m[0].length, '未成年人');
  const on = judgment?.iso;
  if (on) {
    const born =
      /(原告|被告|被告人|被害人|第三人|上诉人|被上诉人|申请人)([\u4e00-\u9fff]{2,4}?)，[男女]，(?:[\u4e00-\u9fff]{1,3}族，)?(\d{4})年(\d{1,2})月(\d{1,2})日出生/g;
    for (const m of text.matchAll(born)) {
      const birth = isoOf(Number(m[3]), Number(m[4]), Number(m[5]));
      if (birth && ageOn(birth, on) < 18) consider(m.index + m[1]!.length, '未成年人');
    }
  }
  const out: ReviewFinding[] = [];
  for (const [name, { start, reason }] of names) {
    out.push(
      finding(
        text,
        'privacy',
        'privacy.protected-name',
        'error',
        start,
        start + name.length,
        `${reason}的姓名公开时应以“${name[0]}某”代替（全文${text.split(name).length - 1}处）`,
        `${name[0]}某`,
      ),
    );
  }
  return out;
}

export function privacyFindings(text: string, judgment: FoundDate | null): ReviewFinding[] {
  return [...numberFindings(text), ...addressFindings(text), ...personFindings(text, judgment)];
}
