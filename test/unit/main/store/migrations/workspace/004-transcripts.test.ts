import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { transcriptsTables } from '../../../../../../main/store/migrations/workspace/004-transcripts';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('workspace migration 004: transcripts', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), workspaceMigrations.slice(0, 4));
    db.pragma('foreign_keys = ON');
    db.prepare(
      `INSERT INTO transcripts (id, case_id, procedure, title, header, status, version, created_at, created_by, updated_at)
       VALUES ('T1', '(2026)京0105民初1号', 'civil-first-ordinary', '庭审笔录', '{}', 'draft', 0, 'now', '书记员', 'now')`,
    ).run();
    db.prepare("INSERT INTO transcript_sections (transcript_id, id, position, title) VALUES ('T1', 'S1', 0, '法庭调查')").run();
    db.prepare(
      "INSERT INTO transcript_turns (transcript_id, id, section_id, position, role, name, text, at) VALUES ('T1', 'U1', 'S1', 0, '原告', '张三', '原文', 'now')",
    ).run();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 4, after the cases migration', () => {
    expect(transcriptsTables.version).toBe(4);
    expect(workspaceMigrations[3]).toBe(transcriptsTables);
    expect(db.pragma('user_version', { simple: true })).toBe(4);
  });

  it('creates the transcript tables with their columns', () => {
    const tables = schemaObjects(db, 'table').filter((t) => t.startsWith('transcript'));
    expect(tables).toEqual([
      'transcript_amendments',
      'transcript_ops',
      'transcript_sections',
      'transcript_snapshots',
      'transcript_turns',
      'transcripts',
    ]);
    expect(columns(db, 'transcript_ops').map((c) => c.name)).toEqual([
      'transcript_id',
      'seq',
      'client_id',
      'client_seq',
      'type',
      'op',
      'before',
      'at',
      'actor',
    ]);
    expect(columns(db, 'transcripts').map((c) => c.name)).toContain('case_id');
  });

  it('keeps one journal row per (transcript, client, clientSeq)', () => {
    const insert = db.prepare(
      "INSERT INTO transcript_ops (transcript_id, seq, client_id, client_seq, type, op, at, actor) VALUES ('T1', ?, 'C1', 1, 'updateTurnText', '{}', 'now', '书记员')",
    );
    insert.run(1);
    expect(() => insert.run(2)).toThrow(/UNIQUE/);
  });

  it('refuses UPDATE and DELETE of journal, snapshots and amendments', () => {
    db.prepare(
      "INSERT INTO transcript_ops (transcript_id, seq, client_id, client_seq, type, op, at, actor) VALUES ('T1', 1, 'C1', 1, 'x', '{}', 'now', 'a')",
    ).run();
    db.prepare("INSERT INTO transcript_snapshots VALUES ('T1', 0, 'create', 'now', 'a', '{}')").run();
    db.prepare(
      "INSERT INTO transcript_amendments (transcript_id, turn_id, before, after, reason, actor, role, at, audit_seq) VALUES ('T1', 'U1', 'a', 'b', 'r', 'a', 'clerk', 'now', 1)",
    ).run();
    expect(() => db.prepare("UPDATE transcript_ops SET op = '[]'").run()).toThrow('笔录编辑日志只能追加，不能修改');
    expect(() => db.prepare('DELETE FROM transcript_ops').run()).toThrow('不能删除');
    expect(() => db.prepare("UPDATE transcript_snapshots SET content = '[]'").run()).toThrow('笔录版本只能追加');
    expect(() => db.prepare('DELETE FROM transcript_snapshots').run()).toThrow('不能删除');
    expect(() => db.prepare("UPDATE transcript_amendments SET after = 'c'").run()).toThrow('笔录更正记录只能追加');
    expect(() => db.prepare('DELETE FROM transcript_amendments').run()).toThrow('不能删除');
  });

  it('refuses any change to the turns of a locked transcript', () => {
    db.prepare("UPDATE transcripts SET status = 'locked' WHERE id = 'T1'").run();
    expect(() => db.prepare("UPDATE transcript_turns SET text = '改'").run()).toThrow('笔录已锁定，不能修改');
    expect(() => db.prepare('DELETE FROM transcript_turns').run()).toThrow('笔录已锁定');
    expect(() =>
      db
        .prepare(
          "INSERT INTO transcript_turns (transcript_id, id, section_id, position, role, name, text, at) VALUES ('T1', 'U2', 'S1', 1, '被告', '李四', '新', 'now')",
        )
        .run(),
    ).toThrow('笔录已锁定');
    expect(db.prepare("SELECT text FROM transcript_turns WHERE id = 'U1'").pluck().get()).toBe('原文');
  });

  it('ties turns to a section of the same transcript', () => {
    expect(() =>
      db
        .prepare(
          "INSERT INTO transcript_turns (transcript_id, id, section_id, position, role, name, text, at) VALUES ('T1', 'U3', 'NOPE', 0, '原告', '', '', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
