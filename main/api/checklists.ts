import { checklistsDismiss, checklistsForCase, checklistsList, checklistsMark } from '../../shared/contract/channels/checklists';
import type { ChannelDef } from '../../shared/contract/channel';
import { ChecklistError, ChecklistService, checklistModel, suggestionRulesVersion } from '../services/checklists';
import type { Actor } from '../services/checklists';
import { ApiFailure } from './api-failure';
import type { CallerContext } from './caller';
import { primaryRole } from './primary-role';
import { route } from './route';
import type { HandlerContext } from './route';

function withChecklists<T>({ services }: HandlerContext, work: (service: ChecklistService) => T): T {
  try {
    return work(new ChecklistService(services.stores.workspace, services.audit, services.stores.knowledge));
  } catch (error) {
    if (error instanceof ChecklistError) throw new ApiFailure(error.code, error.message);
    throw error;
  }
}

const actor = (caller: CallerContext, channel: ChannelDef): Actor => ({ user: caller.user, role: primaryRole(caller, channel.roles) });

export const checklistRoutes = [
  route(checklistsList, (_request, context) => withChecklists(context, (s) => s.list())),

  route(checklistsForCase, (request, context) =>
    withChecklists(context, (s) => {
      const documents = context.services.dossier.listDocuments(request.caseId);
      const guidance = s.forCase(request.caseId, documents, request.checklistId);
      const found = guidance.items.filter((i) => i.suggestion === 'found').length;
      // How sure the suggestions are: the mean catalogue confidence of the documents they rest on.
      const supporting = new Set(guidance.items.flatMap((i) => i.evidence.map((e) => e.documentId)));
      const confidences = documents.filter((d) => supporting.has(d.id)).map((d) => d.confidence ?? 0.5);
      const confidence = confidences.length ? confidences.reduce((a, b) => a + b, 0) / confidences.length : 0.5;
      return {
        ...guidance,
        ai: {
          ...checklistModel(suggestionRulesVersion),
          confidence: Math.min(1, Math.max(0, confidence)),
          summary: guidance.checklist
            ? `证据指引「${guidance.checklist.cause}」：${guidance.items.length}项，卷宗中似有${found}项，缺失提示${guidance.flaggedCount}项`
            : `证据指引：${guidance.reason}`,
        },
      };
    }),
  ),

  route(checklistsMark, (request, context) =>
    withChecklists(context, (s) =>
      s.mark(request.caseId, request.checklistId, request.itemId, request.status, request.note, actor(context.caller, checklistsMark)),
    ),
  ),

  route(checklistsDismiss, (request, context) =>
    withChecklists(context, (s) =>
      s.dismiss(request.caseId, request.checklistId, request.itemId, request.reason, actor(context.caller, checklistsDismiss)),
    ),
  ),
];
