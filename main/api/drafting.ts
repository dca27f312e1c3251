import {
  draftingCreate,
  draftingExport,
  draftingGet,
  draftingHistory,
  draftingList,
  draftingRestore,
  draftingSave,
  draftingSuggestCitations,
  draftingTemplates,
  draftingUndo,
} from '../../shared/contract/channels/drafting';
import { route } from './route';

export const draftingRoutes = [
  route(draftingTemplates, (_request, { services }) => ({ templates: services.drafting.templates() })),
  route(draftingCreate, (request, { actor, services }) => services.drafting.create(request, actor)),
  route(draftingGet, (request, { services }) => services.drafting.get(request.id)),
  route(draftingList, (request, { services }) => ({ items: services.drafting.list(request.caseId) })),
  route(draftingSave, (request, { actor, services }) =>
    services.drafting.save(request.id, request.expectedVersion, request.sections, actor),
  ),
  route(draftingUndo, (request, { actor, services }) => services.drafting.undo(request.id, request.expectedVersion, actor)),
  route(draftingHistory, (request, { services }) => ({ versions: services.drafting.history(request.id) })),
  route(draftingRestore, (request, { actor, services }) =>
    services.drafting.restore(request.id, request.expectedVersion, request.version, actor),
  ),
  route(draftingSuggestCitations, (request, { services }) => services.drafting.suggestCitations(request.id, request.citations)),
  route(draftingExport, (request, { actor, services }) => services.drafting.exportDocx(request.id, actor)),
];
