// ChecklistService over a real workspace: guidance from the dossier it was given, marks by an Actor.
import { describe, expect, it } from 'vitest';
import { checklistModel, suggestionRulesVersion } from '../../../../../main/services/checklists';
import { demoClerk, demoJudge, useDemoLoanWorkspace } from '../../../../helpers/demo-dossier';
import { refusalOf } from '../../../../helpers/refusal';

describe('ChecklistService', () => {
  const demo = useDemoLoanWorkspace({ bare: true });

  it('guides from the case dossier, sure as the catalogue of the documents it rests on', () => {
    const g = demo.ws.services.checklists.forCase(demo.caseId);
    expect(g).toMatchObject({ caseId: demo.caseId, checklist: { id: 'private-lending' }, documents: 11 });
    expect(g.items.find((i) => i.id === 'agreement')?.evidence[0]).toMatchObject({ fileName: '06-借条.txt' });
    expect(g.ai).toMatchObject(checklistModel(suggestionRulesVersion));
    expect(g.ai.confidence).toBeGreaterThan(0.5);
    expect(g.ai.confidence).toBeLessThanOrEqual(1);
    const found = g.items.filter((i) => i.suggestion === 'found').length;
    expect(g.ai.summary).toBe(`证据指引「民间借贷纠纷」：${g.items.length}项，卷宗中似有${found}项，缺失提示${g.flaggedCount}项`);
  });

  it('with no documents nothing is found and the confidence is the neutral 0.5', () => {
    const g = demo.ws.services.checklists.forCase(demo.bare);
    expect(g.documents).toBe(0);
    expect(g.items.every((i) => i.suggestion === 'none')).toBe(true);
    expect(g.ai.confidence).toBe(0.5);
  });

  it('records marks and dismissals under the acting person and role', () => {
    const mark = demo.ws.services.checklists.mark(demo.caseId, 'private-lending', 'delivery', 'missing', '金额不符', demoJudge);
    expect(mark).toMatchObject({ status: 'missing', note: '金额不符', by: '林法官' });
    demo.ws.services.checklists.dismiss(demo.caseId, 'private-lending', 'delivery', '当庭补交', demoClerk);
    const entries = demo.ws.services.audit.list({ caseId: demo.caseId, kind: 'decision', feature: 'evidenceGuidance' }, 10, 0).entries;
    expect(entries.map((e) => [e.actor, e.role])).toEqual([
      ['许书记员', 'clerk'],
      ['林法官', 'judge'],
    ]);
    expect(demo.ws.services.checklists.forCase(demo.caseId).items.find((i) => i.id === 'delivery')).toMatchObject({
      dismissed: true,
      mark: { by: '林法官' },
    });
  });

  it('refuses an unknown case, checklist or item with the shared Refusal', () => {
    expect(refusalOf(() => demo.ws.services.checklists.forCase('no-such-case'))).toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到案件（编号 no-such-case）',
    });
    expect(refusalOf(() => demo.ws.services.checklists.forCase(demo.caseId, 'nope'))).toMatchObject({
      code: 'NOT_FOUND',
      message: '没有编号为「nope」的证据指引清单',
    });
    expect(
      refusalOf(() => demo.ws.services.checklists.mark(demo.caseId, 'private-lending', 'nope', 'satisfied', '', demoJudge)),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: '清单「民间借贷纠纷」中没有条目「nope」',
    });
  });
});
