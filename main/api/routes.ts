import { channelNames } from '../../shared/contract';
import { auditRoutes } from './audit';
import { backfillRoutes } from './backfill';
import { calculatorRoutes } from './calculators';
import { caseRoutes } from './cases';
import { draftingRoutes } from './drafting';
import { checklistRoutes } from './checklists';
import { serviceAddressRoutes } from './service-address';
import { triageRoutes } from './triage';
import { civilOutcomeRoutes } from './civil-outcome';
import { dossierRoutes } from './dossier';
import { judgmentRoutes } from './judgment';
import { judgmentAmountRoutes } from './judgment-amount';
import { lawRoutes } from './laws';
import { lawsImportRoutes } from './laws-import';
import { modelOutputRoutes } from './model-outputs';
import { modelRoutes } from './models';
import { packRoutes } from './packs';
import { reviewRoutes } from './review';
import type { Route } from './route';
import { settingsRoutes } from './settings';
import { similarCaseRoutes } from './similar-cases';
import { casePostingsRoutes } from './similar-cases-postings';
import { systemRoutes } from './system';
import { transcriptRoutes } from './transcripts';

/** Every contract channel with its handler, one file per capability. */
export const routes: readonly Route[] = [
  ...systemRoutes,
  ...settingsRoutes,
  ...auditRoutes,
  ...modelRoutes,
  ...lawRoutes,
  ...judgmentRoutes,
  ...packRoutes,
  ...caseRoutes,
  ...transcriptRoutes,
  ...dossierRoutes,
  ...reviewRoutes,
  ...checklistRoutes,
  ...backfillRoutes,
  ...triageRoutes,
  ...civilOutcomeRoutes,
  ...serviceAddressRoutes,
  ...similarCaseRoutes,
  ...draftingRoutes,
  ...casePostingsRoutes,
  ...lawsImportRoutes,
  ...modelOutputRoutes,
  ...calculatorRoutes,
  ...judgmentAmountRoutes,
];

const missing = channelNames.filter((name) => !routes.some((r) => r.channel.name === name));
if (missing.length) throw new Error(`接口缺少处理程序：${missing.join(', ')}`);
