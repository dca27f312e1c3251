import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { settingsTable } from '../../../../../../main/store/migrations/workspace/001-settings';
import { auditLogTable } from '../../../../../../main/store/migrations/workspace/002-audit-log';
import { casesTables } from '../../../../../../main/store/migrations/workspace/003-cases';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

const caseRow = {
  id: 'c1',
  case_number: '（2024）京0105民初1234号',
  cause_of_action: '民间借贷纠纷',
  procedure: 'civil-simple',
  court: '北京市朝阳区人民法院',
  status: 'open',
  filed_on: '2024-03-01',
  hearing_on: null,
  time_limit_days: 90,
  closed_on: null,
  panel: '{}',
  version: 1,
  created_at: '2024-03-01T00:00:00.000Z',
  created_by: '张法官',
  updated_at: '2024-03-01T00:00:00.000Z',
  updated_by: '张法官',
};

describe('workspace migration 003: cases', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), [settingsTable, auditLogTable, casesTables]);
    db.pragma('foreign_keys = ON');
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const insertCase = (over: Partial<typeof caseRow> = {}) =>
    db
      .prepare(
        `INSERT INTO cases (id, case_number, cause_of_action, procedure, court, status, filed_on, hearing_on,
           time_limit_days, closed_on, panel, version, created_at, created_by, updated_at, updated_by)
         VALUES (@id, @case_number, @cause_of_action, @procedure, @court, @status, @filed_on, @hearing_on,
           @time_limit_days, @closed_on, @panel, @version, @created_at, @created_by, @updated_at, @updated_by)`,
      )
      .run({ ...caseRow, ...over });

  it('is version 3 and follows the audit log migration', () => {
    expect(casesTables.version).toBe(3);
    expect(workspaceMigrations[2]).toBe(casesTables);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
  });

  it('creates the four case tables with their columns and indexes', () => {
    expect(schemaObjects(db, 'table')).toEqual([
      'audit_head',
      'audit_log',
      'case_claims',
      'case_history',
      'case_parties',
      'cases',
      'settings',
    ]);
    expect(columns(db, 'cases').map((c) => c.name)).toEqual(Object.keys(caseRow));
    expect(columns(db, 'case_parties').map((c) => c.name)).toEqual([
      'case_id',
      'position',
      'role',
      'name',
      'kind',
      'id_number',
      'address',
      'phone',
      'agent',
    ]);
    expect(columns(db, 'case_claims').map((c) => c.name)).toEqual(['case_id', 'position', 'text', 'amount_fen']);
    expect(columns(db, 'case_history').map((c) => c.name)).toEqual([
      'case_id',
      'version',
      'snapshot',
      'replaced_at',
      'replaced_by',
      'undone_at',
    ]);
    expect(schemaObjects(db, 'index')).toEqual(
      expect.arrayContaining(['case_parties_name', 'cases_case_number', 'cases_filed_on', 'cases_status']),
    );
  });

  it('keeps a case number unique among cases that are not removed', () => {
    insertCase();
    expect(() => insertCase({ id: 'c2' })).toThrow(/UNIQUE/);
    db.prepare("UPDATE cases SET status = 'removed' WHERE id = 'c1'").run();
    insertCase({ id: 'c2' });
    expect(() => db.prepare("UPDATE cases SET status = 'open' WHERE id = 'c1'").run()).toThrow(/UNIQUE/);
  });

  it('refuses an unknown status, party kind, zero time limit or version 0', () => {
    expect(() => insertCase({ status: 'deleted' })).toThrow(/CHECK/);
    expect(() => insertCase({ time_limit_days: 0 })).toThrow(/CHECK/);
    expect(() => insertCase({ version: 0 })).toThrow(/CHECK/);
    insertCase();
    expect(() =>
      db.prepare("INSERT INTO case_parties (case_id, position, role, name, kind) VALUES ('c1', 0, '原告', '王某', 'robot')").run(),
    ).toThrow(/CHECK/);
  });

  it('ties parties, claims and history to an existing case', () => {
    expect(() =>
      db.prepare("INSERT INTO case_parties (case_id, position, role, name, kind) VALUES ('nope', 0, '原告', '王某', 'person')").run(),
    ).toThrow(/FOREIGN KEY/);
    insertCase();
    db.prepare("INSERT INTO case_parties (case_id, position, role, name, kind) VALUES ('c1', 0, '原告', '王某', 'person')").run();
    db.prepare("INSERT INTO case_claims (case_id, position, text, amount_fen) VALUES ('c1', 0, '偿还借款', 10000000)").run();
    expect(() => db.prepare("INSERT INTO case_claims (case_id, position, text) VALUES ('c1', 0, '重复')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(db.prepare("SELECT amount_fen FROM case_claims WHERE case_id = 'c1'").pluck().get()).toBe(10000000);
  });
});
