import {
  casesCauses,
  casesCreate,
  casesGet,
  casesList,
  casesSetStatus,
  casesUndo,
  casesUpdate,
} from '../../shared/contract/channels/cases';
import type { ChannelDef } from '../../shared/contract/channel';
import { CaseError, CaseService, causeCatalogues } from '../services/cases';
import type { Actor } from '../services/cases';
import { ApiFailure } from './api-failure';
import type { CallerContext } from './caller';
import { primaryRole } from './primary-role';
import { route } from './route';
import type { HandlerContext } from './route';

/** The service is stateless over workspace.db, so one per call keeps the composition root unchanged. */
function withCases<T>({ services }: HandlerContext, work: (cases: CaseService) => T): T {
  try {
    return work(new CaseService(services.stores.workspace, services.audit));
  } catch (error) {
    if (error instanceof CaseError) throw new ApiFailure(error.code, error.message);
    throw error;
  }
}

const actor = (caller: CallerContext, channel: ChannelDef): Actor => ({
  user: caller.user,
  role: primaryRole(caller, channel.roles),
});

export const caseRoutes = [
  route(casesList, (request, context) => withCases(context, (cases) => cases.list(request))),
  route(casesGet, (request, context) =>
    withCases(context, (cases) =>
      request.id !== undefined ? cases.get(request.id) : cases.getByNumber(request.caseNumber ?? ''),
    ),
  ),
  route(casesCreate, (request, context) =>
    withCases(context, (cases) => cases.create(request, actor(context.caller, casesCreate))),
  ),
  route(casesUpdate, (request, context) =>
    withCases(context, (cases) =>
      cases.update(request.id, request.expectedVersion, request.case, actor(context.caller, casesUpdate)),
    ),
  ),
  route(casesUndo, (request, context) =>
    withCases(context, (cases) => cases.undo(request.id, request.expectedVersion, actor(context.caller, casesUndo))),
  ),
  route(casesSetStatus, (request, context) =>
    withCases(context, (cases) =>
      cases.setStatus(request.id, request.expectedVersion, request.status, actor(context.caller, casesSetStatus)),
    ),
  ),
  route(casesCauses, () => causeCatalogues()),
];
