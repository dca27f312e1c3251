import { packsImport, packsRollback, packsStatus, packsVerify } from '../../shared/contract/channels/packs';
import type { PackImportResult } from '../../shared/contract/channels/packs';
import type { ImportOutcome, PackService } from '../services/packs';
import { PackRejected } from '../services/packs';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';
import type { Services } from './services';

function packsOf(services: Services): PackService {
  if (!services.packs) throw new ApiFailure('INTERNAL', '知识包服务未启用');
  return services.packs;
}

function view(outcome: ImportOutcome): PackImportResult {
  return { ...outcome, problems: outcome.problems.length };
}

async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PackRejected) {
      throw new ApiFailure(error.kind === 'missing' ? 'NOT_FOUND' : error.kind === 'busy' ? 'CONFLICT' : 'VALIDATION', error.message);
    }
    throw error;
  }
}

export const packRoutes = [
  route(packsStatus, (_request, { services }) => packsOf(services).status()),
  route(packsVerify, (request, { services }) => packsOf(services).verify(request.path)),
  route(packsImport, (request, { caller, services }) =>
    refusing(async () =>
      view(
        await packsOf(services).import(
          request.path,
          { user: caller.user, role: primaryRole(caller, packsImport.roles) },
          { dryRun: request.dryRun, ...(request.jobId ? { jobId: request.jobId } : {}) },
        ),
      ),
    ),
  ),
  route(packsRollback, (request, { caller, services }) =>
    refusing(async () =>
      view(
        await packsOf(services).rollback(
          { user: caller.user, role: primaryRole(caller, packsRollback.roles) },
          request.jobId ? { jobId: request.jobId } : {},
        ),
      ),
    ),
  ),
];
