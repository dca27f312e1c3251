import {
  similarCasesBuildIndex,
  similarCasesFeedback,
  similarCasesGet,
  similarCasesReportDraft,
  similarCasesReportExport,
  similarCasesSearch,
  similarCasesStatus,
} from '../../shared/contract/channels/similar-cases';
import { route } from './route';

export const similarCaseRoutes = [
  route(similarCasesSearch, (request, { services }) => services.similarCases.search(request)),
  route(similarCasesGet, (request, { services }) => services.similarCases.get(request.id)),
  route(similarCasesStatus, (_request, { services }) => services.similarCases.status()),
  route(similarCasesBuildIndex, (request, { services }) => services.similarCases.buildIndex(request.jobId)),
  route(similarCasesFeedback, (request, { actor, services }) => services.similarCases.feedback(request, actor)),
  route(similarCasesReportDraft, (request, { actor, services }) => services.similarCases.reportDraft(request, actor)),
  route(similarCasesReportExport, (request, { actor, services }) => services.similarCases.reportExport(request, actor)),
];
