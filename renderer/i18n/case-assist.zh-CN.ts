/** The case view's 类案推送 / 裁判辅助 panel (spread into zh-CN.ts; en-US in case-assist.en-US.ts). */
export const caseAssistZhCN = {
  'caseAssist.title': '智能辅助（仅供参考）',
  'caseAssist.similarTab': '类案推送',
  'caseAssist.assistTab': '裁判辅助',
  'caseAssist.similarRun': '查找本案类案',
  'caseAssist.similarPage': '到类案推送页检索',
  'caseAssist.similarNone': '没有找到可以说明理由的类案。',
  'caseAssist.assistRun': '分析本案',
  'caseAssist.assistPage': '到偏离预警页比较拟判刑期',
  'caseAssist.sourceFile': '依据：卷宗材料《{file}》',
  'caseAssist.sourceRecord': '依据：案由与诉讼请求（卷宗中没有归为“起诉状”的材料）',
} as const;
