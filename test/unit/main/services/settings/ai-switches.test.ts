import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Services } from '../../../../../main/api/services';
import { buildServices } from '../../../../../main/app';
import type { AiSwitchService } from '../../../../../main/services/settings';
import { openStores } from '../../../../../main/store/stores';
import { aiFeatures } from '../../../../../shared/contract/ai-features';
import type { AiSwitches } from '../../../../../shared/contract/ai-features';
import type { Actor } from '../../../../../shared/contract/roles';
import { tempDir } from '../../../../helpers/temp-app';

describe('AiSwitchService', () => {
  let tmp: ReturnType<typeof tempDir>;
  const opened: Services[] = [];
  let db: Services['stores']['workspace'];
  let audit: Services['audit'];
  let switches: AiSwitchService;
  const who: Actor = { userId: 'zhang', displayName: '张法官', roles: ['judge', 'admin'], role: 'judge' };
  const clerk: Actor = { userId: 'li', displayName: '李书记员', roles: ['clerk'], role: 'clerk' };
  const auditCount = () => db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
  /** The services over the temp data folder, each call on its own connections. */
  const open = (): Services => {
    const services = buildServices({
      stores: openStores(join(tmp.dir, 'data')),
      dataDir: join(tmp.dir, 'data'),
      modelsDir: join(tmp.dir, 'models'),
    });
    opened.push(services);
    return services;
  };

  beforeEach(() => {
    tmp = tempDir();
    mkdirSync(join(tmp.dir, 'models'));
    const services = open();
    db = services.stores.workspace;
    audit = services.audit;
    switches = services.aiSwitches;
  });
  afterEach(() => {
    for (const services of opened.splice(0)) {
      void services.inference.close();
      if (services.stores.workspace.open) services.stores.close();
    }
    tmp.cleanup();
  });

  it('starts with everything on and nothing stored', () => {
    const s = switches.get();
    expect(s.global).toBe(true);
    expect(Object.keys(s.features).sort()).toEqual([...aiFeatures].sort());
    expect(Object.values(s.features).every((v) => v === true)).toBe(true);
    for (const f of aiFeatures) expect(switches.isEnabled(f)).toBe(true);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    expect(auditCount()).toBe(0);
  });

  it('a feature switched off is off alone, persists, and back on again', () => {
    switches.set({ scope: 'lawPush', enabled: false }, who);
    expect(switches.isEnabled('lawPush')).toBe(false);
    expect(switches.isEnabled('similarCases')).toBe(true);
    // A new service on the same file reads the stored value.
    const again = open().aiSwitches;
    expect(again.get().features.lawPush).toBe(false);
    switches.set({ scope: 'lawPush', enabled: true }, who);
    expect(again.isEnabled('lawPush')).toBe(true);
  });

  it('global off disables every feature without touching their own switches', () => {
    switches.set({ scope: 'similarCases', enabled: false }, who);
    switches.set({ scope: 'global', enabled: false }, who);
    for (const f of aiFeatures) expect(switches.isEnabled(f)).toBe(false);
    expect(switches.get().features.lawPush).toBe(true);
    switches.set({ scope: 'global', enabled: true }, who);
    expect(switches.isEnabled('lawPush')).toBe(true);
    expect(switches.isEnabled('similarCases')).toBe(false);
  });

  it('each change writes exactly one settings audit entry with before and after', () => {
    switches.set({ scope: 'global', enabled: false }, who);
    expect(auditCount()).toBe(1);
    switches.set({ scope: 'drafting', enabled: false }, clerk);
    expect(auditCount()).toBe(2);
    // Setting the same value again is still a recorded action.
    switches.set({ scope: 'drafting', enabled: false }, clerk);
    expect(auditCount()).toBe(3);

    const [third, second, first] = audit.list({}, 10, 0).entries;
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
    switches.set({ scope: 'triage', enabled: false }, who);
    db.exec('DROP TABLE audit_log');
    expect(() => switches.set({ scope: 'lawPush', enabled: false }, who)).toThrow(/audit_log/);
    expect(() => switches.set({ scope: 'global', enabled: false }, who)).toThrow();
    expect(switches.get().global).toBe(true);
    expect(switches.get().features.lawPush).toBe(true);
    expect(switches.get().features.triage).toBe(false);
    expect(db.inTransaction).toBe(false);
  });

  it('when the audit append fails on a constraint, the change is rolled back', () => {
    // Corrupt the head so the next append collides with an existing seq.
    audit.append({ actor: { ...who, role: 'admin' }, kind: 'system', feature: null, caseId: null, summary: 's', payload: {} });
    db.prepare('UPDATE audit_head SET seq = 0').run();
    expect(() => switches.set({ scope: 'backfill', enabled: false }, who)).toThrow(/UNIQUE|PRIMARY/);
    expect(switches.isEnabled('backfill')).toBe(true);
  });

  it('onChange listeners hear every stored change and can unsubscribe', () => {
    const heard: AiSwitches[] = [];
    const off = switches.onChange((s) => heard.push(s));
    switches.set({ scope: 'evidenceGuidance', enabled: false }, who);
    expect(heard).toHaveLength(1);
    expect(heard[0]!.features.evidenceGuidance).toBe(false);
    expect(heard[0]).toEqual(switches.get());
    off();
    switches.set({ scope: 'evidenceGuidance', enabled: true }, who);
    expect(heard).toHaveLength(1);
  });

  it('onChange does not fire for a change that failed', () => {
    let calls = 0;
    switches.onChange(() => (calls += 1));
    db.exec('DROP TABLE audit_log');
    expect(() => switches.set({ scope: 'lawPush', enabled: false }, who)).toThrow();
    expect(calls).toBe(0);
  });

  it('a feature missing from the stored value (added in a later version) starts on', () => {
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('ai.switches', ?, 'x')").run(
      JSON.stringify({ global: true, features: { lawPush: false } }),
    );
    expect(switches.get().features.lawPush).toBe(false);
    expect(switches.get().features.deviationWarning).toBe(true);
  });
});
