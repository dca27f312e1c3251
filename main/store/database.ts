import Database from 'better-sqlite3-multiple-ciphers';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Migration } from './migration';
import { runMigrations } from './migration';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  file: string;
  migrations: readonly Migration[];
  /**
   * Encryption key for the file (SQLite3MultipleCiphers `PRAGMA key`). The workspace is opened
   * with one once accounts exist; the knowledge store stays plain (it is public law text).
   */
  key?: string;
  readonly?: boolean;
}

/** Opens a store with the settings every JudgeDesk database shares, then migrates it. */
export function openDatabase(options: OpenDatabaseOptions): Db {
  if (!options.readonly) mkdirSync(dirname(options.file), { recursive: true });
  const db = new Database(options.file, { readonly: options.readonly ?? false });
  try {
    if (options.key !== undefined) db.pragma(`key = '${options.key.replaceAll("'", "''")}'`);
    // WAL: readers never block the writer, and a crash mid-write leaves the last commit intact.
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL: a transaction acknowledged to the user survives power loss (transcripts, audit).
    db.pragma('synchronous = FULL');
    if (!options.readonly) runMigrations(db, options.migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Runs `work` in one IMMEDIATE transaction: all of it is stored, or none of it. */
export function inTransaction<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}
