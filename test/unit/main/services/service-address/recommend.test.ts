import { describe, expect, it } from 'vitest';
import { recommendAddresses } from '../../../../../main/services/service-address';
import type { AddressDocument } from '../../../../../main/services/service-address';

const doc = (id: string, category: string, text: string, importedAt = '2026-02-01T00:00:00Z'): AddressDocument => ({
  id,
  fileName: `${id}.txt`,
  category,
  text,
  importedAt,
});

describe('送达地址推荐 ranking', () => {
  const docs = [
    doc('complaint', '起诉状', '原告：王某，住北京市朝阳区甲路1号，电话13800000001。\n被告：李某，住北京市海淀区乙路2号。\n2024年3月1日'),
    doc('id-old', '身份证明', '姓名 李某\n住址 河北省保定市丙村3号\n公民身份号码 110105198005061232'),
    doc('contract-2022', '证据材料', '借款合同\n借款人：李某，通讯地址：北京市西城区丁街4号\n2022年5月1日'),
    doc('contract-2023', '证据材料', '补充协议\n借款人：李某，通讯地址：北京市东城区戊街5号\n2023年6月1日'),
    doc('confirm', '送达地址确认书', '送达地址确认书\n受送达人：李某\n送达地址：天津市和平区己路6号\n2024年3月10日'),
  ];

  it('confirmed address first, then contracts newer first, then the ID card, then pleadings — each with its reason', () => {
    const li = recommendAddresses(docs, ['王某', '李某']).filter((c) => c.kind === 'address' && c.party === '李某');
    expect(li.map((c) => [c.value, c.sourceKind, c.date])).toEqual([
      ['天津市和平区己路6号', 'confirmation', '2024-03-10'],
      ['北京市东城区戊街5号', 'contract', '2023-06-01'],
      ['北京市西城区丁街4号', 'contract', '2022-05-01'],
      ['河北省保定市丙村3号', 'identity', '2026-02-01'],
      ['北京市海淀区乙路2号', 'pleading', '2024-03-01'],
    ]);
    expect(li[0]!.reason).toContain('当事人确认的送达地址确认书');
    expect(li[3]!.reason).toContain('导入日期'); // an ID card's dates are a birth date and a validity period
  });

  it('phones come with the party named beside them, and every value points at its text', () => {
    const all = recommendAddresses(docs, ['王某', '李某']);
    const phone = all.find((c) => c.kind === 'phone')!;
    expect(phone).toMatchObject({ value: '13800000001', party: '王某', documentId: 'complaint' });
    for (const c of all) expect(docs.find((d) => d.id === c.documentId)!.text.slice(c.start, c.end)).toBe(c.value);
  });

  it('an empty dossier gives no candidates', () => {
    expect(recommendAddresses([], ['王某'])).toEqual([]);
  });
});
