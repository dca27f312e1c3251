import { packsImport, packsRollback, packsStatus, packsVerify } from '../../shared/contract/channels/packs';
import { route } from './route';

export const packRoutes = [
  route(packsStatus, (_request, { services }) => services.packs.status()),
  route(packsVerify, (request, { services }) => services.packs.verify(request.path)),
  route(packsImport, (request, { actor, services }) =>
    services.packs.import(request.path, actor, { dryRun: request.dryRun, ...(request.jobId ? { jobId: request.jobId } : {}) }),
  ),
  route(packsRollback, (request, { actor, services }) => services.packs.rollback(actor, request.jobId ? { jobId: request.jobId } : {})),
];
