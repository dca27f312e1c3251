import type { AuditLog } from '../services/audit/audit-log';
import type { AiSwitchService } from '../services/settings/ai-switches';
import type { Stores } from '../store/stores';

/** What handlers may use. Built once by main/app.ts. */
export interface Services {
  stores: Stores;
  audit: AuditLog;
  aiSwitches: AiSwitchService;
  appVersion: string;
  modelsDir: string;
}
