import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { caseGuidanceTables } from '../../../../../../main/store/migrations/workspace/006-case-guidance';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('workspace migration 006: case guidance (checklist marks and dismissals)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(
      join(tmp.dir, 'workspace.db'),
      workspaceMigrations.filter((m) => m.version <= 6),
    );
    db.pragma('foreign_keys = ON');
    db.prepare(
      `INSERT INTO cases (id, case_number, cause_of_action, procedure, court, status, panel, version, created_at, created_by, updated_at, updated_by)
       VALUES ('c1', '（2024）京0105民初1号', '民间借贷纠纷', 'civil-simple', '北京市朝阳区人民法院', 'open', '{}', 1, 't', 'u', 't', 'u')`,
    ).run();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const mark = (status: string, item = 'agreement') =>
    db
      .prepare(
        `INSERT INTO checklist_marks (case_id, checklist_id, item_id, status, marked_by, marked_at) VALUES ('c1', 'private-lending', ?, ?, '张法官', 't')`,
      )
      .run(item, status);

  it('is version 6, follows the dossier migration and creates its two tables', () => {
    expect(caseGuidanceTables.version).toBe(6);
    expect(workspaceMigrations[5]).toBe(caseGuidanceTables);
    expect(schemaObjects(db, 'table')).toEqual(expect.arrayContaining(['checklist_dismissals', 'checklist_marks']));
    expect(columns(db, 'checklist_marks').map((c) => c.name)).toEqual([
      'case_id',
      'checklist_id',
      'item_id',
      'status',
      'note',
      'marked_by',
      'marked_at',
    ]);
  });

  it('keeps one mark per item, refuses an unknown status and a case that does not exist', () => {
    mark('satisfied');
    expect(() => mark('missing')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => mark('proved', 'delivery')).toThrow(/CHECK/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO checklist_marks (case_id, checklist_id, item_id, status, marked_by, marked_at) VALUES ('nope', 'x', 'y', 'missing', 'u', 't')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('dismissals are append-only: no edit, no delete', () => {
    db.prepare(
      `INSERT INTO checklist_dismissals (case_id, checklist_id, item_id, reason, dismissed_by, dismissed_at) VALUES ('c1', 'private-lending', 'delivery', '现金交付', '张法官', 't')`,
    ).run();
    expect(() => db.prepare("UPDATE checklist_dismissals SET reason = ''").run()).toThrow(/不可修改/);
    expect(() => db.prepare('DELETE FROM checklist_dismissals').run()).toThrow(/不可删除/);
  });
});
