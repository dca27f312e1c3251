import { join } from 'node:path';
import type { AuditEntryBody, NewAuditEntry } from '../../main/services/audit/audit-log';
import type { Role } from '../../shared/contract/roles';
import { AuditLog } from '../../main/services/audit/audit-log';
import type { Db } from '../../main/store/database';
import { openDatabase } from '../../main/store/database';
import { workspaceMigrations } from '../../main/store/migrations/workspace';
import { tempDir } from './temp-app';

export interface TempWorkspace {
  dir: string;
  file: string;
  db: Db;
  audit: AuditLog;
  /** The clock the audit log reads; tests move it. */
  clock: { now: Date };
  cleanup(): void;
}

/** A real, migrated workspace.db in a temp folder with an AuditLog on a controllable clock. */
export function tempWorkspace(): TempWorkspace {
  const tmp = tempDir();
  const file = join(tmp.dir, 'workspace.db');
  const db = openDatabase({ file, migrations: workspaceMigrations });
  const clock = { now: new Date('2026-11-26T02:00:00.000Z') };
  const audit = new AuditLog(db, () => clock.now);
  return {
    dir: tmp.dir,
    file,
    db,
    audit,
    clock,
    cleanup() {
      if (db.open) db.close();
      tmp.cleanup();
    },
  };
}

/** An entry by `actor` (a display name) acting as `role`; the rest as given or a system event. */
export function entry(overrides: Partial<AuditEntryBody> & { actor?: string; role?: Role } = {}): NewAuditEntry {
  const { actor = '张法官', role = 'judge', ...body } = overrides;
  return {
    actor: { userId: actor, displayName: actor, roles: [role], role },
    kind: 'system',
    feature: null,
    caseId: null,
    summary: '测试事件',
    payload: {},
    ...body,
  };
}
