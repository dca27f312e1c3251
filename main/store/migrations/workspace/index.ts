import type { Migration } from '../../migration';
import { settingsTable } from './001-settings';
import { auditLogTable } from './002-audit-log';
import { casesTables } from './003-cases';
import { transcriptsTables } from './004-transcripts';
import { dossierTables } from './005-dossier';
import { caseGuidanceTables } from './006-case-guidance';
import { draftsTables } from './007-drafts';

export const workspaceMigrations: readonly Migration[] = [
  settingsTable,
  auditLogTable,
  casesTables,
  transcriptsTables,
  dossierTables,
  caseGuidanceTables,
  draftsTables,
];
