import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AiSwitchService } from '../../../../../main/services/settings/ai-switches';
import { aiFeatures } from '../../../../../shared/contract/ai-features';
import type { AiSwitches } from '../../../../../shared/contract/ai-features';
import type { TempWorkspace } from '../../../../helpers/audit';
import { tempWorkspace } from '../../../../helpers/audit';

describe('AiSwitchService', () => {
  let ws: TempWorkspace;
  let switches: AiSwitchService;
  const who = { actor: '张法官', role: 'judge' as const };
  const auditCount = () => ws.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;

  beforeEach(() => {
    ws = tempWorkspace();
    switches = new AiSwitchService(ws.db, ws.audit);
  });
  afterEach(() => ws.cleanup());

  it('starts with everything on and nothing stored', () => {
    const s = switches.get();
    expect(s.global).toBe(true);
    expect(Object.keys(s.features).sort()).toEqual([...aiFeatures].sort());
    expect(Object.values(s.features).every((v) => v === true)).toBe(true);
    for (const f of aiFeatures) expect(switches.isEnabled(f)).toBe(true);
    expect(ws.db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    expect(auditCount()).toBe(0);
  });

  it('a feature switched off is off alone, persists, and back on again', () => {
    switches.set({ scope: 'lawPush', enabled: false, ...who });
    expect(switches.isEnabled('lawPush')).toBe(false);
    expect(switches.isEnabled('similarCases')).toBe(true);
    // A new service on the same file reads the stored value.
    const again = new AiSwitchService(ws.db, ws.audit);
    expect(again.get().features.lawPush).toBe(false);
    switches.set({ scope: 'lawPush', enabled: true, ...who });
    expect(again.isEnabled('lawPush')).toBe(true);
  });

  it('global off disables every feature without touching their own switches', () => {
    switches.set({ scope: 'similarCases', enabled: false, ...who });
    switches.set({ scope: 'global', enabled: false, ...who });
    for (const f of aiFeatures) expect(switches.isEnabled(f)).toBe(false);
    expect(switches.get().features.lawPush).toBe(true);
    switches.set({ scope: 'global', enabled: true, ...who });
    expect(switches.isEnabled('lawPush')).toBe(true);
    expect(switches.isEnabled('similarCases')).toBe(false);
  });

  it('each change writes exactly one settings audit entry with before and after', () => {
    switches.set({ scope: 'global', enabled: false, ...who });
    expect(auditCount()).toBe(1);
    switches.set({ scope: 'drafting', enabled: false, actor: '李书记员', role: 'clerk' });
    expect(auditCount()).toBe(2);
    // Setting the same value again is still a recorded action.
    switches.set({ scope: 'drafting', enabled: false, actor: '李书记员', role: 'clerk' });
    expect(auditCount()).toBe(3);

    const [third, second, first] = ws.audit.list({}, 10, 0).entries;
    expect(first).toMatchObject({
      kind: 'settings',
      actor: '张法官',
      role: 'judge',
      feature: 'global',
      caseId: null,
      summary: '全局AI辅助：关闭',
      payload: { setting: 'ai.switches', scope: 'global', before: true, after: false },
    });
    expect(second).toMatchObject({
      actor: '李书记员',
      role: 'clerk',
      feature: 'drafting',
      summary: '文书起草：关闭',
      payload: { scope: 'drafting', before: true, after: false },
    });
    expect(third!.payload).toMatchObject({ before: false, after: false });
  });

  it('when the audit entry cannot be written, the switch change is not stored either', () => {
    switches.set({ scope: 'triage', enabled: false, ...who });
    ws.db.exec('DROP TABLE audit_log');
    expect(() => switches.set({ scope: 'lawPush', enabled: false, ...who })).toThrow(/audit_log/);
    expect(() => switches.set({ scope: 'global', enabled: false, ...who })).toThrow();
    expect(switches.get().global).toBe(true);
    expect(switches.get().features.lawPush).toBe(true);
    expect(switches.get().features.triage).toBe(false);
    expect(ws.db.inTransaction).toBe(false);
  });

  it('when the audit append fails on a constraint, the change is rolled back', () => {
    // Corrupt the head so the next append collides with an existing seq.
    ws.audit.append({ actor: 'x', role: 'admin', kind: 'system', feature: null, caseId: null, summary: 's', payload: {} });
    ws.db.prepare('UPDATE audit_head SET seq = 0').run();
    expect(() => switches.set({ scope: 'backfill', enabled: false, ...who })).toThrow(/UNIQUE|PRIMARY/);
    expect(switches.isEnabled('backfill')).toBe(true);
  });

  it('onChange listeners hear every stored change and can unsubscribe', () => {
    const heard: AiSwitches[] = [];
    const off = switches.onChange((s) => heard.push(s));
    switches.set({ scope: 'evidenceGuidance', enabled: false, ...who });
    expect(heard).toHaveLength(1);
    expect(heard[0]!.features.evidenceGuidance).toBe(false);
    expect(heard[0]).toEqual(switches.get());
    off();
    switches.set({ scope: 'evidenceGuidance', enabled: true, ...who });
    expect(heard).toHaveLength(1);
  });

  it('onChange does not fire for a change that failed', () => {
    let calls = 0;
    switches.onChange(() => (calls += 1));
    ws.db.exec('DROP TABLE audit_log');
    expect(() => switches.set({ scope: 'lawPush', enabled: false, ...who })).toThrow();
    expect(calls).toBe(0);
  });

  it('a feature missing from the stored value (added in a later version) starts on', () => {
    ws.db
      .prepare("INSERT INTO settings (key, value, updated_at) VALUES ('ai.switches', ?, 'x')")
      .run(JSON.stringify({ global: true, features: { lawPush: false } }));
    expect(switches.get().features.lawPush).toBe(false);
    expect(switches.get().features.deviationWarning).toBe(true);
  });
});
