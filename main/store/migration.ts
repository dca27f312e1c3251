import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One schema step. Each lives in its own file under migrations/<store>/ with its own test. */
export interface Migration {
  /** 1, 2, 3 … in order; stored in PRAGMA user_version once applied. */
  version: number;
  name: string;
  up(db: Database): void;
}

export function currentVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration newer than the file, each in its own transaction. */
export function runMigrations(db: Database, migrations: readonly Migration[]): void {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`迁移编号不连续：${m.name} 的版本号应为 ${i + 1}`);
  });
  const from = currentVersion(db);
  if (from > ordered.length) {
    throw new Error(`数据库版本 ${from} 高于本程序支持的版本 ${ordered.length}，请升级 JudgeDesk`);
  }
  for (const migration of ordered.slice(from)) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
