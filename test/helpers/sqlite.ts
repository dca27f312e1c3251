import Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from '../../main/store/migration';
import { runMigrations } from '../../main/store/migration';

export type RawDb = Database.Database;

/** A real SQLite file with exactly `migrations` applied, opened without JudgeDesk's wrapper. */
export function migratedFile(file: string, migrations: readonly Migration[]): RawDb {
  const db = new Database(file);
  runMigrations(db, migrations);
  return db;
}

export function columns(db: RawDb, table: string): Array<{ name: string; type: string; notnull: number; pk: number }> {
  return db.prepare(`PRAGMA table_info(${table})`).all() as Array<{
    name: string;
    type: string;
    notnull: number;
    pk: number;
  }>;
}

export function schemaObjects(db: RawDb, type: 'table' | 'index' | 'trigger'): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name").all(type) as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

export function sqlOf(db: RawDb, name: string): string {
  return (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql;
}
