import { reviewApplyFix, reviewImport, reviewRedact, reviewRun } from '../../shared/contract/channels/review';
import { route } from './route';

export const reviewRoutes = [
  route(reviewRun, (request, { services }) => services.review.run(request)),
  route(reviewImport, (request, { services }) => services.review.importFile(request.fileName, Buffer.from(request.base64, 'base64'))),
  route(reviewApplyFix, (request, { actor, services }) => services.review.applyFix(request, actor)),
  route(reviewRedact, (request, { actor, services }) => services.review.redact(request, actor)),
];
