import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { knowledgeFileName, knowledgeVersion, openStores, workspaceFileName } from '../../../../main/store/stores';
import { knowledgeMigrations } from '../../../../main/store/migrations/knowledge';
import { workspaceMigrations } from '../../../../main/store/migrations/workspace';
import { tempDir } from '../../../helpers/temp-app';

describe('openStores', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('creates and migrates workspace.db and knowledge.db in the data folder', () => {
    const stores = openStores(join(tmp.dir, 'data'));
    try {
      expect(existsSync(join(tmp.dir, 'data', workspaceFileName))).toBe(true);
      expect(existsSync(join(tmp.dir, 'data', knowledgeFileName))).toBe(true);
      expect(stores.workspace.pragma('user_version', { simple: true })).toBe(workspaceMigrations.length);
      expect(stores.knowledge.pragma('user_version', { simple: true })).toBe(knowledgeMigrations.length);
      expect(knowledgeVersion(stores.knowledge)).toBeNull();
      stores.knowledge.prepare("INSERT INTO knowledge_meta VALUES ('packVersion', '2026.03')").run();
      expect(knowledgeVersion(stores.knowledge)).toBe('2026.03');
    } finally {
      stores.close();
    }
    expect(stores.workspace.open).toBe(false);
    expect(stores.knowledge.open).toBe(false);
  });

  it('opens an encrypted workspace only with its key', () => {
    const dir = join(tmp.dir, 'enc');
    openStores(dir, { workspaceKey: 'k1' }).close();
    expect(() => openStores(dir, { workspaceKey: 'k2' })).toThrow(/not a database/);
    const again = openStores(dir, { workspaceKey: 'k1' });
    expect(again.workspace.pragma('user_version', { simple: true })).toBe(workspaceMigrations.length);
    again.close();
  });
});
