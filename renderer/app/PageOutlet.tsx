import { AuditPage } from '../features/audit/AuditPage';
import { CasesPage } from '../features/cases/CasesPage';
import { EvidencePage } from '../features/evidence/EvidencePage';
import { DeviationPage } from '../features/deviation/DeviationPage';
import { DraftingPage } from '../features/drafting/DraftingPage';
import { LawsPage } from '../features/laws/LawsPage';
import { ModelCardsPage } from '../features/models/ModelCardsPage';
import { ReviewPage } from '../features/review/ReviewPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SimilarPage } from '../features/similar/SimilarPage';
import { TranscriptsPage } from '../features/transcripts/TranscriptsPage';
import { UnderConstructionPage } from '../features/under-construction/UnderConstructionPage';
import type { RouteId } from './routes';

export function PageOutlet({ route }: { route: RouteId }) {
  switch (route) {
    case 'cases':
      return <CasesPage />;
    case 'evidence':
      return <EvidencePage />;
    case 'audit':
      return <AuditPage />;
    case 'settings':
      return <SettingsPage />;
    case 'models':
      return <ModelCardsPage />;
    case 'laws':
      return <LawsPage />;
    case 'transcript':
      return <TranscriptsPage />;
    case 'deviation':
      return <DeviationPage />;
    case 'drafting':
      return <DraftingPage />;
    case 'review':
      return <ReviewPage />;
    case 'similar':
      return <SimilarPage />;
    default:
      return <UnderConstructionPage key={route} route={route} />;
  }
}
