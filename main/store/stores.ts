import { join } from 'node:path';
import type { Db } from './database';
import { openDatabase } from './database';
import { knowledgeMigrations } from './migrations/knowledge';
import { workspaceMigrations } from './migrations/workspace';

export interface Stores {
  workspace: Db;
  knowledge: Db;
  close(): void;
}

export const workspaceFileName = 'workspace.db';
export const knowledgeFileName = 'knowledge.db';

/** Opens both stores in `dataDir`, creating and migrating them on first start. */
export function openStores(dataDir: string, options: { workspaceKey?: string } = {}): Stores {
  const workspace = openDatabase({
    file: join(dataDir, workspaceFileName),
    migrations: workspaceMigrations,
    ...(options.workspaceKey !== undefined ? { key: options.workspaceKey } : {}),
  });
  let knowledge: Db;
  try {
    knowledge = openDatabase({ file: join(dataDir, knowledgeFileName), migrations: knowledgeMigrations });
  } catch (error) {
    workspace.close();
    throw error;
  }
  return {
    workspace,
    knowledge,
    close() {
      workspace.close();
      knowledge.close();
    },
  };
}

export function knowledgeVersion(knowledge: Db): string | null {
  const row = knowledge.prepare("SELECT value FROM knowledge_meta WHERE key = 'packVersion'").get() as { value: string } | undefined;
  return row?.value ?? null;
}
