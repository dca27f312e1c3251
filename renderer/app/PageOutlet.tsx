import { AuditPage } from '../features/audit/AuditPage';
import { CalculatorsPage } from '../features/calculators/CalculatorsPage';
import { CasesPage } from '../features/cases/CasesPage';
import { ChecklistsPage } from '../features/checklists/ChecklistsPage';
import { DraftingPage } from '../features/drafting/DraftingPage';
import { JudgmentPage } from '../features/judgment/JudgmentPage';
import { LawsPage } from '../features/laws/LawsPage';
import { ModelCardsPage } from '../features/models/ModelCardsPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SimilarCasesPage } from '../features/similar-cases/SimilarCasesPage';
import { TranscriptsPage } from '../features/transcripts/TranscriptsPage';
import type { ComponentType } from 'react';
import type { RouteId } from './routes';

const pages: Record<RouteId, ComponentType> = {
  cases: CasesPage,
  checklists: ChecklistsPage,
  'similar-cases': SimilarCasesPage,
  laws: LawsPage,
  drafting: DraftingPage,
  review: ReviewPage,
  transcripts: TranscriptsPage,
  judgment: JudgmentPage,
  audit: AuditPage,
  settings: SettingsPage,
  models: ModelCardsPage,
  calculators: CalculatorsPage,
};

/** The page of a route; the record makes a route without a page a type error. */
export function PageOutlet({ route }: { route: RouteId }) {
  const Page = pages[route];
  return <Page />;
}
