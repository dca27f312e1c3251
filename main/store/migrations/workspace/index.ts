import type { Migration } from '../../migration';
import { settingsTable } from './001-settings';
import { auditLogTable } from './002-audit-log';
import { casesTables } from './003-cases';

export const workspaceMigrations: readonly Migration[] = [settingsTable, auditLogTable, casesTables];
