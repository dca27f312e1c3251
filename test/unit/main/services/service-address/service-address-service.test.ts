// ServiceAddressService over a real workspace: the demo case's parties and its dossier.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceAddressModel } from '../../../../../main/services/service-address';
import type { DemoWorkspace } from '../../../../helpers/demo-dossier';
import { addDemoLoanCase, demoWorkspace } from '../../../../helpers/demo-dossier';
import { refusalOf } from '../../../../helpers/refusal';

describe('ServiceAddressService', () => {
  let ws: DemoWorkspace;
  let caseId: string;
  let bare: string;
  beforeAll(async () => {
    ws = demoWorkspace();
    caseId = await addDemoLoanCase(ws);
    bare = await addDemoLoanCase(ws, { withDossier: false, caseNumber: '（2026）京0105民初1002号' });
  }, 60_000);
  afterAll(() => ws?.close());

  it('ranks the party-confirmed address first and is surest about it', () => {
    const r = ws.services.serviceAddress.recommend(caseId);
    expect(r.caseId).toBe(caseId);
    expect(r.candidates[0]).toMatchObject({ kind: 'address', party: '周晓岚', sourceKind: 'confirmation', rank: 1 });
    expect(r.ai).toMatchObject({ ...serviceAddressModel, confidence: 0.9 });
    expect(r.ai.summary).toBe(
      `送达地址推荐：${r.candidates.length}条地址或电话，首选「${r.candidates[0]!.value}」（04-送达地址确认书.txt）`,
    );
  });

  it('a case with an empty dossier gets no candidates and no confidence', () => {
    expect(ws.services.serviceAddress.recommend(bare)).toMatchObject({
      candidates: [],
      ai: { confidence: 0, summary: '送达地址推荐：卷宗中未找到地址或电话' },
    });
  });

  it('refuses an unknown case with the shared Refusal', () => {
    expect(refusalOf(() => ws.services.serviceAddress.recommend('no-such-case'))).toMatchObject({ code: 'NOT_FOUND' });
  });
});
