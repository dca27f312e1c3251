import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { settingsTable } from '../../../../../../main/store/migrations/workspace/001-settings';
import { auditLogTable } from '../../../../../../main/store/migrations/workspace/002-audit-log';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

const row = {
  seq: 1,
  at: '2026-01-01T00:00:00.000Z',
  actor: '张法官',
  role: 'judge',
  kind: 'system',
  feature: null,
  case_id: null,
  summary: '测试',
  payload: '{}',
  prev_hash: '0'.repeat(64),
  hash: 'a'.repeat(64),
};

describe('workspace migration 002: audit log', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), [settingsTable, auditLogTable]);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const insert = () =>
    db
      .prepare(
        `INSERT INTO audit_log (seq, at, actor, role, kind, feature, case_id, summary, payload, prev_hash, hash)
         VALUES (@seq, @at, @actor, @role, @kind, @feature, @case_id, @summary, @payload, @prev_hash, @hash)`,
      )
      .run(row);

  it('is version 2 and follows the settings migration', () => {
    expect(auditLogTable.version).toBe(2);
    expect(workspaceMigrations[1]).toBe(auditLogTable);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('creates audit_log and audit_head with their columns', () => {
    expect(schemaObjects(db, 'table')).toEqual(['audit_head', 'audit_log', 'settings']);
    expect(columns(db, 'audit_log').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['seq', 'INTEGER', 0, 1],
      ['at', 'TEXT', 1, 0],
      ['actor', 'TEXT', 1, 0],
      ['role', 'TEXT', 1, 0],
      ['kind', 'TEXT', 1, 0],
      ['feature', 'TEXT', 0, 0],
      ['case_id', 'TEXT', 0, 0],
      ['summary', 'TEXT', 1, 0],
      ['payload', 'TEXT', 1, 0],
      ['prev_hash', 'TEXT', 1, 0],
      ['hash', 'TEXT', 1, 0],
    ]);
    expect(columns(db, 'audit_head').map((c) => c.name)).toEqual(['id', 'seq', 'hash']);
  });

  it('creates the indexes and the two append-only triggers', () => {
    expect(schemaObjects(db, 'index')).toEqual(['audit_log_at', 'audit_log_case', 'audit_log_feature']);
    expect(schemaObjects(db, 'trigger')).toEqual(['audit_log_no_delete', 'audit_log_no_update']);
  });

  it('refuses UPDATE of an audit row with a Chinese error and keeps the row', () => {
    insert();
    expect(() => db.prepare("UPDATE audit_log SET summary = '改' WHERE seq = 1").run()).toThrow('审计日志只能追加，不能修改');
    expect(db.prepare('SELECT summary FROM audit_log WHERE seq = 1').pluck().get()).toBe('测试');
  });

  it('refuses DELETE of an audit row with a Chinese error and keeps the row', () => {
    insert();
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow('审计日志只能追加，不能删除');
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow('不能删除');
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
  });

  it('allows only the single head row (id = 1)', () => {
    db.prepare("INSERT INTO audit_head (id, seq, hash) VALUES (1, 1, 'h')").run();
    expect(() => db.prepare("INSERT INTO audit_head (id, seq, hash) VALUES (2, 2, 'h')").run()).toThrow(/CHECK/);
  });
});
