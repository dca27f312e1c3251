/**
 * What a civil claim (诉讼请求) asks for, by the words that name it. The same words find the
 * judgment item (判项) that answers it, so a kind is both a claim label and a matching key.
 * Order matters: the first kind whose pattern matches wins (利息 before 本金, since 借款利息 names
 * both a loan and its interest).
 */
export const claimKinds = [
  { kind: '离婚', pattern: /(?<![在于])离婚(?![时后前协])|解除.{0,6}婚姻关系/u },
  { kind: '抚养费', pattern: /抚养费|抚育费|生活费|教育费/u },
  { kind: '抚养', pattern: /抚养|随.{0,4}生活|监护/u },
  { kind: '探望', pattern: /探望/u },
  { kind: '离婚损害赔偿', pattern: /精神损[失害]|损害赔偿|离婚.{0,4}补偿|经济帮助/u },
  { kind: '担保责任', pattern: /连带|保证责任|担保|优先受偿|抵押|质押/u },
  { kind: '租金', pattern: /租金|租赁费|房租/u },
  { kind: '物业费', pattern: /物业(?:服务)?费|物业管理费/u },
  { kind: '货款', pattern: /货款|价款/u },
  { kind: '财产分割', pattern: /财产|房屋|房产|存款|车辆|归.{0,6}所有|分割/u },
  { kind: '共同债务', pattern: /共同债务|债务.{0,6}承担|共同偿还/u },
  { kind: '确认劳动关系', pattern: /确认.{0,12}劳动关系|存在劳动关系/u },
  { kind: '双倍工资', pattern: /双倍工资|二倍工资|未签.{0,8}劳动合同.{0,6}(?:工资|差额)/u },
  { kind: '加班费', pattern: /加班/u },
  { kind: '年休假工资', pattern: /年休假|年假/u },
  { kind: '赔偿金', pattern: /赔偿金|违法解除/u },
  { kind: '经济补偿', pattern: /经济补偿|补偿金/u },
  { kind: '社会保险', pattern: /社会保险|社保|养老保险|医疗保险|失业保险|工伤保险待遇/u },
  { kind: '工伤待遇', pattern: /工伤|伤残|医疗费|停工留薪/u },
  { kind: '工资', pattern: /工资|劳动报酬|薪酬|提成|奖金|绩效/u },
  { kind: '违约金', pattern: /违约金|滞纳金|罚息|逾期付款损失/u },
  { kind: '利息', pattern: /利息|利率|复利/u },
  { kind: '实现债权费用', pattern: /律师费|代理费|保全费|公告费|实现债权/u },
  { kind: '解除合同', pattern: /解除.{0,10}(?:合同|协议)/u },
  { kind: '本金', pattern: /本金|借款|欠款|借款本金|还款|偿还/u },
  { kind: '赔偿', pattern: /赔偿|损失|医疗费|误工费|护理费|残疾/u },
  { kind: '给付', pattern: /支付|给付|返还|退还|付清/u },
] as const;

export type ClaimKind = (typeof claimKinds)[number]['kind'] | '其他';

export function kindOf(text: string): ClaimKind {
  return claimKinds.find((k) => k.pattern.test(text))?.kind ?? '其他';
}

/** The pattern that finds a kind's words in a judgment item (其他 matches nothing). */
export function kindPattern(kind: ClaimKind): RegExp | null {
  return claimKinds.find((k) => k.kind === kind)?.pattern ?? null;
}
