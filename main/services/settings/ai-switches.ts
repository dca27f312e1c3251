import type { AiFeature, AiSwitches } from '../../../shared/contract/ai-features';
import { aiFeatureLabels, aiFeatures, isAiFeatureEnabled } from '../../../shared/contract/ai-features';
import type { Actor } from '../../../shared/contract/roles';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';

const settingKey = 'ai.switches';

function defaults(): AiSwitches {
  return {
    global: true,
    features: Object.fromEntries(aiFeatures.map((f) => [f, true])) as Record<AiFeature, boolean>,
  };
}

export interface SwitchChange {
  scope: 'global' | AiFeature;
  enabled: boolean;
}

/** The global and per-feature AI assistance switches, kept in workspace.db and audited. */
export class AiSwitchService {
  private readonly listeners = new Set<(switches: AiSwitches) => void>();

  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
  ) {}

  get(): AiSwitches {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(settingKey) as { value: string } | undefined;
    const stored = row ? (JSON.parse(row.value) as Partial<AiSwitches>) : {};
    const base = defaults();
    // A feature added in a later version starts on; one stored off stays off.
    return {
      global: stored.global ?? base.global,
      features: { ...base.features, ...stored.features },
    };
  }

  isEnabled(feature: AiFeature): boolean {
    return isAiFeatureEnabled(this.get(), feature);
  }

  /** Stores the change and its audit entry in one transaction. */
  set(change: SwitchChange, actor: Actor): AiSwitches {
    const next = inTransaction(this.db, () => {
      const current = this.get();
      const before = change.scope === 'global' ? current.global : current.features[change.scope];
      const updated: AiSwitches =
        change.scope === 'global'
          ? { ...current, global: change.enabled }
          : { ...current, features: { ...current.features, [change.scope]: change.enabled } };
      this.db
        .prepare(
          `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
        )
        .run(settingKey, JSON.stringify(updated), new Date().toISOString());
      const label = change.scope === 'global' ? '全局AI辅助' : aiFeatureLabels[change.scope];
      this.audit.append({
        actor,
        kind: 'settings',
        feature: change.scope,
        caseId: null,
        summary: `${label}：${change.enabled ? '开启' : '关闭'}`,
        payload: { setting: settingKey, scope: change.scope, before, after: change.enabled },
      });
      return updated;
    });
    for (const listener of this.listeners) listener(next);
    return next;
  }

  /** Lets the inference host drop model sessions of a feature the moment it is switched off. */
  onChange(listener: (switches: AiSwitches) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
