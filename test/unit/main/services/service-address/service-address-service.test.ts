// ServiceAddressService over a real workspace: the demo case's parties and its dossier.
import { describe, expect, it } from 'vitest';
import { serviceAddressModel } from '../../../../../main/services/service-address';
import { useDemoLoanWorkspace } from '../../../../helpers/demo-dossier';
import { refusalOf } from '../../../../helpers/refusal';

describe('ServiceAddressService', () => {
  const demo = useDemoLoanWorkspace({ bare: true });

  it('ranks the party-confirmed address first and is surest about it', () => {
    const r = demo.ws.services.serviceAddress.recommend(demo.caseId);
    expect(r.caseId).toBe(demo.caseId);
    expect(r.candidates[0]).toMatchObject({ kind: 'address', party: '周晓岚', sourceKind: 'confirmation', rank: 1 });
    expect(r.ai).toMatchObject({ ...serviceAddressModel, confidence: 0.9 });
    expect(r.ai.summary).toBe(
      `送达地址推荐：${r.candidates.length}条地址或电话，首选「${r.candidates[0]!.value}」（04-送达地址确认书.txt）`,
    );
  });

  it('a case with an empty dossier gets no candidates and no confidence', () => {
    expect(demo.ws.services.serviceAddress.recommend(demo.bare)).toMatchObject({
      candidates: [],
      ai: { confidence: 0, summary: '送达地址推荐：卷宗中未找到地址或电话' },
    });
  });

  it('refuses an unknown case with the shared Refusal', () => {
    expect(refusalOf(() => demo.ws.services.serviceAddress.recommend('no-such-case'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
