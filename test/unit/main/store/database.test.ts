import Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../main/store/database';
import { inTransaction, openDatabase } from '../../../../main/store/database';
import type { Migration } from '../../../../main/store/migration';
import { currentVersion } from '../../../../main/store/migration';
import { tempDir } from '../../../helpers/temp-app';

function counting(version: number, sql: string): Migration & { runs: number } {
  const m = {
    version,
    name: `m${version}`,
    runs: 0,
    up(db: Db) {
      m.runs += 1;
      db.exec(sql);
    },
  };
  return m;
}

describe('openDatabase', () => {
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  const open: Db[] = [];
  const track = (db: Db) => {
    open.push(db);
    return db;
  };
  beforeEach(() => {
    tmp = tempDir();
    file = join(tmp.dir, 'nested', 'dir', 'store.db');
  });
  afterEach(() => {
    for (const db of open.splice(0)) if (db.open) db.close();
    tmp.cleanup();
  });

  it('creates the folder and sets WAL, foreign keys, busy timeout and synchronous FULL', () => {
    const db = track(openDatabase({ file, migrations: [] }));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('enforces foreign keys', () => {
    const db = track(
      openDatabase({
        file,
        migrations: [counting(1, 'CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE c (p INTEGER REFERENCES p(id));')],
      }),
    );
    expect(() => db.prepare('INSERT INTO c VALUES (42)').run()).toThrow(/FOREIGN KEY/);
  });

  it('runs each migration once, in version order, and records user_version', () => {
    const m1 = counting(1, 'CREATE TABLE a (x)');
    const m2 = counting(2, 'ALTER TABLE a ADD COLUMN y');
    const db = track(openDatabase({ file, migrations: [m2, m1] }));
    expect(currentVersion(db)).toBe(2);
    expect([m1.runs, m2.runs]).toEqual([1, 1]);
    expect((db.prepare('PRAGMA table_info(a)').all() as Array<{ name: string }>).map((c) => c.name)).toEqual(['x', 'y']);
    db.close();

    const again = track(openDatabase({ file, migrations: [m1, m2] }));
    expect([m1.runs, m2.runs]).toEqual([1, 1]);
    expect(currentVersion(again)).toBe(2);
    again.close();

    // A newer program adds migration 3: only that one runs on the old file.
    const m3 = counting(3, 'CREATE TABLE b (z)');
    const newer = track(openDatabase({ file, migrations: [m1, m2, m3] }));
    expect([m1.runs, m2.runs, m3.runs]).toEqual([1, 1, 1]);
    expect(currentVersion(newer)).toBe(3);
  });

  it('rejects non-contiguous migration versions before touching the file', () => {
    const m1 = counting(1, 'CREATE TABLE a (x)');
    const m3 = counting(3, 'CREATE TABLE b (x)');
    expect(() => openDatabase({ file, migrations: [m1, m3] })).toThrow(/迁移编号不连续：m3 的版本号应为 2/);
    expect(m1.runs).toBe(0);
    expect(() => openDatabase({ file, migrations: [counting(2, 'CREATE TABLE b (x)')] })).toThrow(/迁移编号不连续/);
    expect(() => openDatabase({ file, migrations: [m1, counting(1, 'CREATE TABLE c (x)')] })).toThrow(/迁移编号不连续/);
  });

  it('refuses a file written by a newer JudgeDesk with a Chinese "请升级" message', () => {
    const raw = new Database(file.replace('nested/dir/', ''));
    raw.pragma('user_version = 7');
    raw.close();
    expect(() => openDatabase({ file: file.replace('nested/dir/', ''), migrations: [counting(1, 'CREATE TABLE a (x)')] })).toThrow(
      /数据库版本 7 高于本程序支持的版本 1，请升级 JudgeDesk/,
    );
  });

  it('leaves the file at the last good version when a migration fails', () => {
    const m1 = counting(1, 'CREATE TABLE a (x)');
    const bad = counting(2, 'CREATE TABLE half (x); THIS IS NOT SQL');
    expect(() => openDatabase({ file, migrations: [m1, bad] })).toThrow();
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    raw.close();
  });

  it('inTransaction stores everything or, when the work throws, nothing', () => {
    const db = track(openDatabase({ file, migrations: [counting(1, 'CREATE TABLE t (v INTEGER)')] }));
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    expect(
      inTransaction(db, () => {
        insert.run(1);
        insert.run(2);
        return 'done';
      }),
    ).toBe('done');
    expect(() =>
      inTransaction(db, () => {
        insert.run(3);
        insert.run(4);
        throw new Error('中途失败');
      }),
    ).toThrow('中途失败');
    expect(db.prepare('SELECT v FROM t ORDER BY v').pluck().all()).toEqual([1, 2]);
    expect(db.inTransaction).toBe(false);
  });

  it('inTransaction nested inside another rolls back with the outer one', () => {
    const db = track(openDatabase({ file, migrations: [counting(1, 'CREATE TABLE t (v INTEGER)')] }));
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    expect(() =>
      inTransaction(db, () => {
        inTransaction(db, () => insert.run(1));
        throw new Error('outer fails');
      }),
    ).toThrow('outer fails');
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(0);
  });

  it('encrypts with a key: the wrong key or no key cannot open it, the right key can', () => {
    const migrations = [counting(1, 'CREATE TABLE secret (v TEXT)')];
    const db = openDatabase({ file, migrations, key: "k'ey-正确" });
    db.prepare('INSERT INTO secret VALUES (?)').run('当事人隐私');
    db.close();

    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('当事人隐私'))).toBe(false);

    expect(() => openDatabase({ file, migrations, key: 'wrong' })).toThrow(/not a database/);
    expect(() => openDatabase({ file, migrations })).toThrow(/not a database/);

    const reopened = track(openDatabase({ file, migrations, key: "k'ey-正确" }));
    expect(reopened.prepare('SELECT v FROM secret').pluck().get()).toBe('当事人隐私');
    expect(reopened.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('a plain file is readable without a key (control for the encryption test)', () => {
    const migrations = [counting(1, 'CREATE TABLE plain (v TEXT)')];
    openDatabase({ file, migrations }).close();
    expect(readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
  });
});
