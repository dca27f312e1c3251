import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { settingsTable } from '../../../../../../main/store/migrations/workspace/001-settings';
import { workspaceMigrations } from '../../../../../../main/store/migrations/workspace';
import { columns, migratedFile, schemaObjects, sqlOf } from '../../../../../helpers/sqlite';
import type { RawDb } from '../../../../../helpers/sqlite';
import { tempDir } from '../../../../../helpers/temp-app';

describe('workspace migration 001: settings', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: RawDb;
  beforeEach(() => {
    tmp = tempDir();
    db = migratedFile(join(tmp.dir, 'workspace.db'), [settingsTable]);
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  it('is version 1 and the first workspace migration', () => {
    expect(settingsTable.version).toBe(1);
    expect(workspaceMigrations[0]).toBe(settingsTable);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
  });

  it('creates exactly the settings table with key, value, updated_at', () => {
    expect(schemaObjects(db, 'table')).toEqual(['settings']);
    expect(columns(db, 'settings').map((c) => [c.name, c.type, c.notnull, c.pk])).toEqual([
      ['key', 'TEXT', 1, 1],
      ['value', 'TEXT', 1, 0],
      ['updated_at', 'TEXT', 1, 0],
    ]);
    expect(sqlOf(db, 'settings')).toMatch(/STRICT/);
  });

  it('keeps one value per key and refuses a missing value', () => {
    const insert = db.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
    insert.run('a', '1', 'now');
    expect(() => insert.run('a', '2', 'now')).toThrow(/UNIQUE/);
    expect(() => insert.run('b', null, 'now')).toThrow(/NOT NULL/);
    // STRICT: a number is not silently stored in a TEXT column as-is from a blob.
    expect(() => insert.run('c', Buffer.from('x'), 'now')).toThrow(/cannot store BLOB/);
  });

  it('fails when applied twice (it is not idempotent, so the runner must apply it once)', () => {
    const again = new Database(':memory:');
    settingsTable.up(again);
    expect(() => settingsTable.up(again)).toThrow(/already exists/);
    again.close();
  });
});
