import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { dossierTables } from '../../../../../../main/store/migrations/workspace/005-dossier';
import { columns, migratedFile, schemaObjects } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

const sha = 'a'.repeat(64);

describe('workspace migration 005: dossier', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), workspaceMigrations.slice(0, 5));
    db.pragma('foreign_keys = ON');
    db.prepare(
      `INSERT INTO cases (id, case_number, cause_of_action, procedure, court, status, panel, version, created_at, created_by, updated_at, updated_by)
       VALUES ('c1', '（2024）京0105民初1号', '民间借贷纠纷', 'civil-simple', '某法院', 'open', '{}', 1, 'x', 'x', 'x', 'x')`,
    ).run();
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const insertBlob = (hash = sha) =>
    db.prepare('INSERT INTO dossier_blobs (sha256, size, bytes) VALUES (?, 3, ?)').run(hash, Buffer.from('abc'));
  const insertDoc = (id: string, over: Record<string, unknown> = {}) =>
    db
      .prepare(
        `INSERT INTO dossier_documents (id, case_id, file_name, kind, sha256, size, pages, text, imported_at, imported_by, confidence)
         VALUES (@id, @case_id, 'a.txt', @kind, @sha256, 3, @pages, 'abc', 'now', '张书记员', @confidence)`,
      )
      .run({ id, case_id: 'c1', kind: 'txt', sha256: sha, pages: 1, confidence: null, ...over });

  it('is version 5, registered after the transcripts migration', () => {
    expect(dossierTables.version).toBe(5);
    expect(workspaceMigrations[4]).toBe(dossierTables);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
  });

  it('creates blobs, documents and pages with their indexes', () => {
    expect(schemaObjects(db, 'table')).toEqual(expect.arrayContaining(['dossier_blobs', 'dossier_documents', 'dossier_pages']));
    expect(columns(db, 'dossier_pages').map((c) => c.name)).toEqual(['document_id', 'page_no', 'method', 'text']);
    expect(columns(db, 'dossier_documents').map((c) => c.name)).toContain('suggested_category');
    expect(schemaObjects(db, 'index')).toEqual(expect.arrayContaining(['dossier_documents_case_sha', 'dossier_documents_case']));
  });

  it('keeps the same bytes once per case and ties documents to a case and a blob', () => {
    expect(() => insertDoc('d0')).toThrow(/FOREIGN KEY/);
    insertBlob();
    insertDoc('d1');
    expect(() => insertDoc('d2')).toThrow(/UNIQUE/);
    expect(() => insertDoc('d3', { case_id: 'nope' })).toThrow(/FOREIGN KEY/);
  });

  it('refuses unknown kinds, zero pages, confidences outside 0..1 and a short hash', () => {
    insertBlob();
    expect(() => insertDoc('d1', { kind: 'exe' })).toThrow(/CHECK/);
    expect(() => insertDoc('d1', { pages: 0 })).toThrow(/CHECK/);
    expect(() => insertDoc('d1', { confidence: 1.5 })).toThrow(/CHECK/);
    expect(() => insertBlob('abc')).toThrow(/CHECK/);
  });

  it('deletes the pages with their document and refuses an unknown read method', () => {
    insertBlob();
    insertDoc('d1');
    db.prepare("INSERT INTO dossier_pages VALUES ('d1', 1, 'ocr', '第一页')").run();
    expect(() => db.prepare("INSERT INTO dossier_pages VALUES ('d1', 2, 'guess', '')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM dossier_documents WHERE id = 'd1'").run();
    expect(db.prepare('SELECT count(*) FROM dossier_pages').pluck().get()).toBe(0);
  });
});
