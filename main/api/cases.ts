import {
  casesCauses,
  casesCreate,
  casesGet,
  casesList,
  casesSetStatus,
  casesUndo,
  casesUpdate,
} from '../../shared/contract/channels/cases';
import { route } from './route';

export const caseRoutes = [
  route(casesList, (request, { services }) => services.cases.list(request)),
  route(casesGet, (request, { services }) => services.cases.find(request)),
  route(casesCreate, (request, { actor, services }) => services.cases.create(request, actor)),
  route(casesUpdate, (request, { actor, services }) => services.cases.update(request.id, request.expectedVersion, request.case, actor)),
  route(casesUndo, (request, { actor, services }) => services.cases.undo(request.id, request.expectedVersion, actor)),
  route(casesSetStatus, (request, { actor, services }) =>
    services.cases.setStatus(request.id, request.expectedVersion, request.status, actor),
  ),
  route(casesCauses, (_request, { services }) => services.cases.causes()),
];
