import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { draftsTables } from '../../../../../../main/store/migrations/workspace/007-drafts';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('workspace migration 007: drafts', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), workspaceMigrations.slice(0, 7));
    db.pragma('foreign_keys = ON');
    db.prepare(
      `INSERT INTO cases (id, case_number, cause_of_action, procedure, court, status, panel, version, created_at, created_by, updated_at, updated_by)
       VALUES ('C1', '（2026）京0108民初1号', '民间借贷纠纷', 'civil-ordinary', '北京市海淀区人民法院', 'open', '{}', 1, 'now', '法官', 'now', '法官')`,
    ).run();
    db.prepare(
      "INSERT INTO drafts (id, case_id, doc_type, version, created_at, created_by, updated_at, updated_by) VALUES ('D1', 'C1', 'civil-judgment', 1, 'now', '法官', 'now', '法官')",
    ).run();
    db.prepare(
      "INSERT INTO draft_versions (draft_id, version, parent, action, sections, changed, at, by) VALUES ('D1', 1, NULL, 'create', '[]', '[]', 'now', '法官')",
    ).run();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 7', () => {
    expect(draftsTables.version).toBe(7);
    expect(workspaceMigrations[6]).toBe(draftsTables);
    expect(db.pragma('user_version', { simple: true })).toBe(7);
  });

  it('creates drafts and append-only draft_versions', () => {
    expect(schemaObjects(db, 'table').filter((t) => t.startsWith('draft'))).toEqual(['draft_versions', 'drafts']);
    expect(columns(db, 'draft_versions').map((c) => c.name)).toEqual([
      'draft_id',
      'version',
      'parent',
      'action',
      'sections',
      'changed',
      'at',
      'by',
    ]);
    expect(() => db.prepare("UPDATE draft_versions SET sections = '[1]'").run()).toThrow('文书版本只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM draft_versions').run()).toThrow('文书版本只能追加，不能删除');
  });

  it('refuses a draft for a case that does not exist and a version 0', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO drafts (id, case_id, doc_type, version, created_at, created_by, updated_at, updated_by) VALUES ('D2', 'nope', 'x', 1, '', '', '', '')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO draft_versions (draft_id, version, parent, action, sections, changed, at, by) VALUES ('D1', 0, NULL, 'save', '[]', '[]', '', '')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});
