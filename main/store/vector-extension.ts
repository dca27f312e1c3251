// sqlite-vec, the extension behind the case-vector tables (vec0), loaded once per connection: the
// knowledge migrations need it to create those tables, the similar-case search to read them.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import * as sqliteVec from 'sqlite-vec';

const loaded = new WeakSet<Database>();

/**
 * The extension's file. In a packaged app the path resolves inside app.asar, which SQLite's own
 * dlopen cannot read; electron-builder unpacks the file beside it (asarUnpack in electron-builder.yml).
 */
export function vectorExtensionPath(path = sqliteVec.getLoadablePath()): string {
  return path.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Loads sqlite-vec into `db` unless this connection already has it. */
export function loadSqliteVec(db: Database): void {
  if (loaded.has(db)) return;
  db.loadExtension(vectorExtensionPath());
  loaded.add(db);
}
