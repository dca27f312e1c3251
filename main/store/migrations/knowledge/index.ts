import type { Migration } from '../../migration';
import { knowledgeMetaTable } from './001-knowledge-meta';
import { lawsTables } from './002-laws';
import { caseCorpusTables } from './003-case-corpus';
import { casePostingsTables } from './004-case-postings';
import { caseTermDfIndex } from './005-case-term-df';
import { caseVectorTables } from './006-case-vectors';

export const knowledgeMigrations: readonly Migration[] = [
  knowledgeMetaTable,
  lawsTables,
  caseCorpusTables,
  casePostingsTables,
  caseTermDfIndex,
  caseVectorTables,
];
