// ChecklistService over a real workspace: guidance from the dossier it was given, marks by an Actor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistModel, suggestionRulesVersion } from '../../../../../main/services/checklists';
import type { DemoWorkspace } from '../../../../helpers/demo-dossier';
import { addDemoLoanCase, demoClerk, demoJudge, demoWorkspace } from '../../../../helpers/demo-dossier';
import { refusalOf } from '../../../../helpers/refusal';

describe('ChecklistService', () => {
  let ws: DemoWorkspace;
  let caseId: string;
  let bare: string;
  beforeAll(async () => {
    ws = demoWorkspace();
    caseId = await addDemoLoanCase(ws);
    bare = await addDemoLoanCase(ws, { withDossier: false, caseNumber: '（2026）京0105民初1002号' });
  }, 60_000);
  afterAll(() => ws?.close());

  it('guides from the case dossier, sure as the catalogue of the documents it rests on', () => {
    const g = ws.services.checklists.forCase(caseId);
    expect(g).toMatchObject({ caseId, checklist: { id: 'private-lending' }, documents: 11 });
    expect(g.items.find((i) => i.id === 'agreement')?.evidence[0]).toMatchObject({ fileName: '06-借条.txt' });
    expect(g.ai).toMatchObject(checklistModel(suggestionRulesVersion));
    expect(g.ai.confidence).toBeGreaterThan(0.5);
    expect(g.ai.confidence).toBeLessThanOrEqual(1);
    const found = g.items.filter((i) => i.suggestion === 'found').length;
    expect(g.ai.summary).toBe(`证据指引「民间借贷纠纷」：${g.items.length}项，卷宗中似有${found}项，缺失提示${g.flaggedCount}项`);
  });

  it('with no documents nothing is found and the confidence is the neutral 0.5', () => {
    const g = ws.services.checklists.forCase(bare);
    expect(g.documents).toBe(0);
    expect(g.items.every((i) => i.suggestion === 'none')).toBe(true);
    expect(g.ai.confidence).toBe(0.5);
  });

  it('records marks and dismissals under the acting person and role', () => {
    const mark = ws.services.checklists.mark(caseId, 'private-lending', 'delivery', 'missing', '金额不符', demoJudge);
    expect(mark).toMatchObject({ status: 'missing', note: '金额不符', by: '林法官' });
    ws.services.checklists.dismiss(caseId, 'private-lending', 'delivery', '当庭补交', demoClerk);
    const entries = ws.services.audit.list({ caseId, kind: 'decision', feature: 'evidenceGuidance' }, 10, 0).entries;
    expect(entries.map((e) => [e.actor, e.role])).toEqual([
      ['许书记员', 'clerk'],
      ['林法官', 'judge'],
    ]);
    expect(ws.services.checklists.forCase(caseId).items.find((i) => i.id === 'delivery')).toMatchObject({
      dismissed: true,
      mark: { by: '林法官' },
    });
  });

  it('refuses an unknown case, checklist or item with the shared Refusal', () => {
    expect(refusalOf(() => ws.services.checklists.forCase('no-such-case'))).toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到案件（编号 no-such-case）',
    });
    expect(refusalOf(() => ws.services.checklists.forCase(caseId, 'nope'))).toMatchObject({
      code: 'NOT_FOUND',
      message: '没有编号为「nope」的证据指引清单',
    });
    expect(refusalOf(() => ws.services.checklists.mark(caseId, 'private-lending', 'nope', 'satisfied', '', demoJudge))).toMatchObject({
      code: 'NOT_FOUND',
      message: '清单「民间借贷纠纷」中没有条目「nope」',
    });
  });
});
