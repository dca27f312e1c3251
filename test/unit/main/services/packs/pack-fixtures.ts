import { createHash, createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { buildPack, generateSigningKey } from '../../../../../main/services/packs';
import type { GeneratedKey } from '../../../../../main/services/packs';

export { hasStatuteData, lawrefbook, subsetFolder } from '../laws/statute-data';
import type { CatalogueRow } from '../laws/statute-data';

/** 民事诉讼法 2021 only. */
export const civilProcedure2021 = (row: CatalogueRow) => row.name === '民事诉讼法' && row.publish === '2021-12-24';
/** 民事诉讼法 2021 + 2023, 刑法, 民法典 (whose 第一千二百六十条 repeals 合同法 and others). */
export const widerSet = (row: CatalogueRow) =>
  row.name === '民事诉讼法' || row.name === '刑法' || row.name === '民法典' || row.name.startsWith('民法典 ');

export interface TestKey extends GeneratedKey {
  key: KeyObject;
  pem: string;
}

export function testKey(dir: string): TestKey {
  const generated = generateSigningKey(dir);
  const pem = readFileSync(generated.privateKeyPath, 'utf8');
  return { ...generated, pem, key: createPrivateKey(pem) };
}

/** Puts a key's public half in `<dataDir>/trusted-keys/` as `<name>.pem`. */
export function trust(dataDir: string, key: GeneratedKey, name = 'court-it'): void {
  mkdirSync(join(dataDir, 'trusted-keys'), { recursive: true });
  copyFileSync(key.publicKeyPath, join(dataDir, 'trusted-keys', `${name}.pem`));
}

export function build(folder: string, key: TestKey, packVersion: string, out: string, cases?: string[]) {
  return buildPack({ statutes: folder, privateKeyPem: key.pem, packVersion, out, builder: 'test', ...(cases ? { cases } : {}) });
}

/**
 * sha256 over every row of every ordinary table of a SQLite file, FTS5 shadow tables included,
 * in table then rowid order. `except` leaves tables out (knowledge_meta when only statutes matter).
 */
export function storeDigest(file: string, except: readonly string[] = []): string {
  const db = new Database(file, { readonly: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
      sql: string;
    }[];
    for (const { name, sql } of tables) {
      if (sql.startsWith('CREATE VIRTUAL') || except.includes(name)) continue;
      hash.update(`\u0000table ${name}\u0000`);
      const order = /WITHOUT ROWID/i.test(sql) ? '1' : 'rowid';
      for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY ${order}`).raw().iterate()) {
        hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
      }
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

export function packVersionIn(file: string): string | null {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT value FROM knowledge_meta WHERE key = 'packVersion'").pluck().get() as string | undefined) ?? null;
  } finally {
    db.close();
  }
}

/** The packs/ folder as name → sha256, to prove a refused import kept no file and moved none. */
export function packsFolderState(dataDir: string): Record<string, string> {
  const dir = join(dataDir, 'packs');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [
        name,
        createHash('sha256')
          .update(readFileSync(join(dir, name)))
          .digest('hex'),
      ]),
  );
}
