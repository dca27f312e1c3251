// TriageService over a real workspace: the demo 民间借贷 case and its dossier, the court's rules.
import { describe, expect, it } from 'vitest';
import { defaultTriageConfig, triageModel } from '../../../../../main/services/triage';
import { demoAdmin, useDemoLoanWorkspace } from '../../../../helpers/demo-dossier';
import { refusalOf } from '../../../../helpers/refusal';

describe('TriageService', () => {
  const demo = useDemoLoanWorkspace();

  it('scores the case from its form and its dossier, with the rules as the model and a confidence from the margin', () => {
    const r = demo.ws.services.triage.assess(demo.caseId);
    expect(r).toMatchObject({ caseId: demo.caseId, track: '简', threshold: 5 });
    // The demo defence contests the sum: read from the dossier the service was given.
    expect(r.reasons.find((x) => x.feature === 'contestedFacts')).toMatchObject({ points: 2, source: { fileName: '08-民事答辩状.txt' } });
    expect(r.ai).toMatchObject({ ...triageModel(defaultTriageConfig) });
    const margin = Math.abs(r.score - r.threshold) / r.threshold;
    expect(r.ai.confidence).toBeCloseTo(Math.min(0.95, 0.55 + margin * 0.4));
    const scoring = r.reasons.filter((x) => x.points > 0).map((x) => x.label);
    expect(scoring.length).toBeGreaterThan(0);
    expect(r.ai.summary).toBe(`繁简分流：简（${r.score}分，门槛5分；${scoring.join('、')}）`);
  });

  it('a changed rule set is stored, audited under the acting person, and changes the model identity', () => {
    const before = demo.ws.services.triage.assess(demo.caseId);
    const config = { ...demo.ws.services.triage.getConfig(), threshold: before.score };
    expect(demo.ws.services.triage.setConfig(config, demoAdmin)).toEqual(config);
    expect(demo.ws.services.triage.getConfig()).toEqual(config);
    const after = demo.ws.services.triage.assess(demo.caseId);
    expect(after.track).toBe('繁');
    expect(after.ai.modelSha256).not.toBe(before.ai.modelSha256);
    const [entry] = demo.ws.services.audit.list({ kind: 'settings', feature: 'triage' }, 1, 0).entries;
    expect(entry).toMatchObject({ actor: '何管理员', role: 'admin', summary: `修改繁简分流规则：繁案门槛 5 → ${before.score}` });
    demo.ws.services.triage.setConfig(defaultTriageConfig, demoAdmin);
  });

  it('refuses an unknown case with the shared Refusal', () => {
    expect(refusalOf(() => demo.ws.services.triage.assess('no-such-case'))).toMatchObject({
      code: 'NOT_FOUND',
      message: '找不到该案件，可能已被移除',
    });
  });
});
