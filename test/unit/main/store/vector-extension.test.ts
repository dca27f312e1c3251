import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { loadSqliteVec, vectorExtensionPath } from '../../../../main/store/vector-extension';

describe('sqlite-vec loading (main/store/vector-extension.ts)', () => {
  it('loads the extension into a connection, once however often it is asked', () => {
    const db = new Database(':memory:');
    try {
      expect(() => db.prepare('SELECT vec_version()').get()).toThrow(/no such function/);
      loadSqliteVec(db);
      loadSqliteVec(db);
      expect(db.prepare('SELECT vec_version()').pluck().get()).toMatch(/^v0\./);
    } finally {
      db.close();
    }
  });

  it('points SQLite at the unpacked copy when the path lies inside a packaged app.asar', () => {
    expect(vectorExtensionPath('/opt/JudgeDesk/resources/app.asar/node_modules/sqlite-vec-linux-x64/vec0.so')).toBe(
      '/opt/JudgeDesk/resources/app.asar.unpacked/node_modules/sqlite-vec-linux-x64/vec0.so',
    );
    expect(vectorExtensionPath('C:\\JudgeDesk\\resources\\app.asar\\node_modules\\sqlite-vec-windows-x64\\vec0.dll')).toBe(
      'C:\\JudgeDesk\\resources\\app.asar.unpacked\\node_modules\\sqlite-vec-windows-x64\\vec0.dll',
    );
    const plain = '/work/judgedesk/node_modules/sqlite-vec-linux-x64/vec0.so';
    expect(vectorExtensionPath(plain)).toBe(plain);
  });
});
