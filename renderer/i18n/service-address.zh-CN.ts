/** 送达地址推荐 panel (spread into zh-CN.ts; en-US has the same keys in service-address.en-US.ts). */
export const serviceAddressZhCN = {
  'serviceAddress.order': '排序：当事人确认的送达地址确认书 → 合同约定 → 身份证明 → 诉状答辩状；同类中文书日期新者在前。',
  'serviceAddress.empty': '卷宗中未找到地址或电话',
  'serviceAddress.col.rank': '序',
  'serviceAddress.col.party': '当事人',
  'serviceAddress.col.kind': '类型',
  'serviceAddress.col.value': '内容',
  'serviceAddress.col.source': '来源',
  'serviceAddress.col.reason': '理由',
  'serviceAddress.partyUnknown': '未确定',
  'serviceAddress.address': '地址',
  'serviceAddress.phone': '电话',
  'serviceAddress.source': '{file}（{category}）',
} as const;
