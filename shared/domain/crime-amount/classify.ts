/**
 * What one amount in the facts is, read from the words before it in its sentence: a stated total,
 * a refund, a fine, a share of the loot, a price or loan, an appraised value, or the amount of an
 * act. Each rule names the reason a judge sees beside the item.
 */

/** 涉案金额 item kinds, as a judgment names them. */
export const amountKinds = [
  '盗窃价值',
  '诈骗金额',
  '抢劫数额',
  '抢夺数额',
  '敲诈勒索数额',
  '受贿',
  '行贿',
  '贪污',
  '职务侵占',
  '挪用',
  '吸收存款',
  '违法所得',
  '涉案金额',
  '总额',
  '退赔追回',
  '罚金罚款',
  '分赃销赃',
  '价款借款',
  '民事赔偿',
  '外币',
] as const;
export type AmountKind = (typeof amountKinds)[number];

/** The act verbs, first match wins (抢劫 before 抢夺, 诈骗 before 盗窃 for 骗取 … 盗刷). */
const ACT_KINDS: readonly [RegExp, AmountKind][] = [
  [/收受|索取|受贿|好处费|感谢费|贿赂款/u, '受贿'],
  [/行贿|送给.{0,12}(?:现金|人民币)/u, '行贿'],
  [/贪污|侵吞|套取|截留|私分/u, '贪污'],
  [/职务侵占|侵占/u, '职务侵占'],
  [/挪用/u, '挪用'],
  [/吸收.{0,6}(?:存款|资金)|集资|吸存/u, '吸收存款'],
  [/敲诈|勒索/u, '敲诈勒索数额'],
  [/抢劫|劫取|劫得|抢走|抢得/u, '抢劫数额'],
  [/抢夺|夺走|夺取|夺得/u, '抢夺数额'],
  [/骗取|诈骗|骗得|被骗|骗走|诈取|骗/u, '诈骗金额'],
  [/盗窃|窃取|窃得|盗走|盗取|盗得|被盗|偷|扒|盗刷|盗/u, '盗窃价值'],
  [/违法所得|非法获利|获利/u, '违法所得'],
];

/** 共计 etc. close before the amount; 共同 is not a total. */
export const TOTAL_WORDS = /(?:共计|合计|总计|累计|总共|共(?!同|有\d|[同谋])|总额|总价值|总金额|总面额|总计金额|以上.{0,4}计)/u;
const REFUND =
  /(?<!未|不|拒不|无法|没有|尚未|仍未)(?:退赔|退款|退还|退缴|返还|归还|追回|追缴|发还|退回|退赃|挽回|已还|偿还|赔偿了|赔付|还款|还给|缴获|扣押|冻结|查获|起获|收缴|已退|赔偿被害人|取得.{0,6}谅解)(?![^，。；]{0,10}的)/u;
/** The defence's version (辩称…1000元而不是2200元) is not the finding. */
const DEFENCE = /辩称|辩解|提出异议|有异议|异议，|辩护意见|辩护人提出|而不是|而非/u;
/** What was asked, promised or agreed, not what was taken: 声称需要5万元彩礼, 合同价, 承诺返现. */
const DEMAND = /要交|需交|需缴|需要|声称需|谎称需|提出要|要求.{0,4}(?:交|付)|约定|承诺|报价|合同价|总价|欲骗取|开具了?/u;
const PENALTY = /罚金|罚款|没收个人财产|并处/u;
const SHARE =
  /给了|分得|分赃|分给|分到|分取|每人|各得|平分|销赃|卖得|变卖|出售给|卖给|卖了|低价出售|以.{0,8}(?:价格)?(?:卖|出售)|得款|赃款.{0,6}用于|花费|挥霍/u;
const PRICE =
  /购买|购得|买来|买了|借款|借给|借得|借用|欠款|欠.{0,6}钱|工资|租金|房租|押金|单价|每(?:个|台|斤|克|件|部|瓶|张|人|月|天)|价格为|售价|报酬|好处费为|利息|手续费|保证金|费用/u;
const CRIME_TAKING = /骗|盗|窃|偷|收受|索取|侵吞|挪用|套取|抢|夺|勒索|敲诈|侵占|贪污/u;
const CIVIL = /附带民事|诉讼请求|诉请|请求判令|医疗费|误工费|护理费|伤残赔偿|丧葬费|精神损害|精神抚慰|交通费|鉴定费/u;
export const APPRAISED = /经.{0,24}?(?:鉴定|认定|评估|价格认证|认证|估价|核定|核算|审计|评定)|鉴定价值|认定价值|评估价值|价格认定/u;
/** Words right after the amount that say where it went: 以300元卖给他人, 2000元已退还. */
const SOLD_AFTER = /^(?:的价格|价格)?[^，。；]{0,8}?(?:卖|出售|销赃|变卖|典当|抵押给|质押)/u;
const BOUGHT_AFTER = /^(?:的价格|价格)?[^，。；]{0,6}?(?:购买|购得|买下|买入|收购|借给|借款)/u;
const REFUND_AFTER = /^[^，。；]{0,4}?(?:已|被|均已)?(?:退还|退赔|追回|发还|返还|退缴|归还)/u;
const CASH = /现金|人民币.{0,2}$|钱款|存款|转账|汇款|微信|支付宝|银行/u;

export interface Classified {
  kind: AmountKind;
  counted: boolean;
  reason: string;
  /** The value was set by an appraisal (经鉴定…): it replaces an earlier stated value of the same thing. */
  appraised: boolean;
  /** A 共计-style total, checked against the sum. */
  statedTotal: boolean;
  /** The item is a value (价值…) rather than cash, so an appraisal of the same thing supersedes it. */
  isValue: boolean;
}

/** The act kind named in `text`, or null. */
export function actKind(text: string): AmountKind | null {
  for (const [pattern, kind] of ACT_KINDS) if (pattern.test(text)) return kind;
  return null;
}

/**
 * Classifies one amount from `clause` (its sentence up to the amount, from the last 。；) and
 * `near` (the same, from the last comma: the words that govern the amount) and `after` (the words
 * right after it, up to the clause end).
 */
export function classifyAmount(clause: string, near: string, fallbackKind: AmountKind, after = ''): Classified {
  const base = { appraised: false, statedTotal: false, isValue: false };
  if (SOLD_AFTER.test(after) && !CRIME_TAKING.test(near)) {
    return { ...base, kind: '分赃销赃', counted: false, reason: '赃物变卖所得：同一笔赃物的变价，不重复计入' };
  }
  if (BOUGHT_AFTER.test(after) && !CRIME_TAKING.test(near)) {
    return { ...base, kind: '价款借款', counted: false, reason: '价款、借款或其他往来款项，不是犯罪数额' };
  }
  if (REFUND_AFTER.test(after) && !/^[^，。；]{0,4}?(?:未|不|没有|拒不)/u.test(after) && !CRIME_TAKING.test(near)) {
    return { ...base, kind: '退赔追回', counted: false, reason: '退赔、退还或追回的数额：列出，但不从犯罪数额中扣减，也不另行计入' };
  }
  if (CIVIL.test(clause)) return { ...base, kind: '民事赔偿', counted: false, reason: '附带民事诉讼请求或赔偿项目，不是犯罪数额' };
  if (DEFENCE.test(clause)) return { ...base, kind: fallbackKind, counted: false, reason: '被告人、辩护人的辩解或异议中的数额，不计入' };
  if (DEMAND.test(near) && !/骗取|骗得|窃取|收受|索取/u.test(near)) {
    return { ...base, kind: '价款借款', counted: false, reason: '所称、约定或要求的数额，不是实际取得的数额' };
  }
  if (PENALTY.test(near)) return { ...base, kind: '罚金罚款', counted: false, reason: '罚金、罚款不计入犯罪数额' };
  if (REFUND.test(near))
    return { ...base, kind: '退赔追回', counted: false, reason: '退赔、退还或追回的数额：列出，但不从犯罪数额中扣减，也不另行计入' };
  if (SHARE.test(near) && !/骗取|窃取|收受|索取/u.test(near)) {
    return { ...base, kind: '分赃销赃', counted: false, reason: '分赃、销赃或赃款去向：同一笔赃物的份额或变价，不重复计入' };
  }
  // 以借款为由骗取 / 被骗后借给: a loan obtained by deceit is the fraud amount.
  if (PRICE.test(near) && !CRIME_TAKING.test(near) && !CRIME_TAKING.test(clause)) {
    return { ...base, kind: '价款借款', counted: false, reason: '价款、借款或其他往来款项，不是犯罪数额' };
  }
  const kind = actKind(near) ?? actKind(clause) ?? fallbackKind;
  if (TOTAL_WORDS.test(near))
    return { ...base, kind: '总额', counted: false, reason: '所述总额：用于核对分项之和，不重复计入', statedTotal: true };
  const appraised = APPRAISED.test(clause);
  const isValue = /价值|价格|价款|估价|市值/u.test(near) && !CASH.test(near);
  return { kind, counted: true, reason: appraised ? '经鉴定或认定的价值，计入' : '计入', appraised, statedTotal: false, isValue };
}
