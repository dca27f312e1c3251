import { checklistsDismiss, checklistsForCase, checklistsList, checklistsMark } from '../../shared/contract/channels/checklists';
import { route } from './route';

export const checklistRoutes = [
  route(checklistsList, (_request, { services }) => services.checklists.list()),
  route(checklistsForCase, (request, { services }) => services.checklists.forCase(request.caseId, request.checklistId)),
  route(checklistsMark, (request, { actor, services }) =>
    services.checklists.mark(request.caseId, request.checklistId, request.itemId, request.status, request.note, actor),
  ),
  route(checklistsDismiss, (request, { actor, services }) =>
    services.checklists.dismiss(request.caseId, request.checklistId, request.itemId, request.reason, actor),
  ),
];
