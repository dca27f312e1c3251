import { createHash } from 'node:crypto';
import type { TriageConfig } from '../../../shared/contract/channels/triage';
import { triageConfigSchema } from '../../../shared/contract/channels/triage';
import type { Actor } from '../../../shared/contract/roles';
import { canonicalJson } from '../../../shared/domain/canonical-json';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import type { AuditLog } from '../audit';
import { defaultTriageConfig } from './default-config';

const settingKey = 'triage.config';

/** The court's triage rules in the workspace settings table; changes are audited with before and after. */
export class TriageSettings {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(): TriageConfig {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(settingKey) as { value: string } | undefined;
    if (!row) return defaultTriageConfig;
    // A stored value from an older version that no longer fits falls back to the defaults rather than failing every triage.
    const parsed = triageConfigSchema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : defaultTriageConfig;
  }

  set(config: TriageConfig, actor: Actor): TriageConfig {
    return inTransaction(this.db, () => {
      const before = this.get();
      this.db
        .prepare(
          'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
        )
        .run(settingKey, JSON.stringify(config), this.now().toISOString());
      this.audit.append({
        actor,
        kind: 'settings',
        feature: 'triage',
        caseId: null,
        summary: `修改繁简分流规则：繁案门槛 ${before.threshold} → ${config.threshold}`,
        payload: { before, after: config },
      });
      return config;
    });
  }
}

/** The rules are the model: their hash identifies every triage in the audit trail. */
export function triageModel(config: TriageConfig) {
  return {
    modelId: 'triage-rules',
    modelVersion: '1',
    modelSha256: createHash('sha256').update(canonicalJson(config)).digest('hex'),
  };
}
