import type { Migration } from '../../migration';
import { knowledgeMetaTable } from './001-knowledge-meta';

export const knowledgeMigrations: readonly Migration[] = [knowledgeMetaTable];
