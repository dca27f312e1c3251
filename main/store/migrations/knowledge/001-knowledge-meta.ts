import type { Migration } from '../../migration';

/** Which knowledge pack is installed; the statute and case tables come with the packs issue. */
export const knowledgeMetaTable: Migration = {
  version: 1,
  name: 'knowledge-meta',
  up(db) {
    db.exec(`
      CREATE TABLE knowledge_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
