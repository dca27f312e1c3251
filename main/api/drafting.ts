import { createHash } from 'node:crypto';
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
import { canonicalJson } from '../../shared/domain/canonical-json';
import { DraftError, DraftService, templateInfos } from '../services/drafting';
import { knowledgeVersion } from '../store/stores';
import { ApiFailure } from './api-failure';
import { route } from './route';
import type { HandlerContext } from './route';

/** The service is stateless over the stores, so one per call keeps the composition root unchanged. */
async function withDrafts<T>({ services }: HandlerContext, work: (drafts: DraftService) => T | Promise<T>): Promise<T> {
  try {
    return await work(new DraftService(services.stores.workspace, services.audit, services.stores.knowledge));
  } catch (error) {
    if (error instanceof DraftError) throw new ApiFailure(error.code, error.message);
    throw error;
  }
}

/**
 * 法律依据 is rule-based (citation parsing + the statute store), so the "model" it names is the
 * rule set and knowledge version; the sha256 pins both, so an audit entry says exactly what
 * produced the suggestion.
 */
function citationModel(knowledge: string | null) {
  const version = `citations-1+knowledge-${knowledge ?? 'none'}`;
  const sha = createHash('sha256').update(canonicalJson({ version, templates: templateInfos() })).digest('hex');
  return { modelId: 'drafting-citations', modelVersion: version, modelSha256: sha };
}

export const draftingRoutes = [
  route(draftingTemplates, () => ({ templates: templateInfos() })),
  route(draftingCreate, (request, context) => withDrafts(context, (d) => d.create(request, context.actor))),
  route(draftingGet, (request, context) => withDrafts(context, (d) => d.get(request.id))),
  route(draftingList, (request, context) => withDrafts(context, (d) => ({ items: d.list(request.caseId) }))),
  route(draftingSave, (request, context) =>
    withDrafts(context, (d) => d.save(request.id, request.expectedVersion, request.sections, context.actor)),
  ),
  route(draftingUndo, (request, context) => withDrafts(context, (d) => d.undo(request.id, request.expectedVersion, context.actor))),
  route(draftingHistory, (request, context) => withDrafts(context, (d) => ({ versions: d.history(request.id) }))),
  route(draftingRestore, (request, context) =>
    withDrafts(context, (d) => d.restore(request.id, request.expectedVersion, request.version, context.actor)),
  ),
  route(draftingSuggestCitations, (request, context) =>
    withDrafts(context, (d) => {
      const result = d.suggestCitations(request.id, request.citations);
      return {
        suggestions: result.suggestions,
        articles: result.articles,
        caseId: result.caseId,
        ai: {
          ...citationModel(knowledgeVersion(context.services.stores.knowledge)),
          confidence: result.resolvedShare,
          summary: `${result.typeName}法律依据建议：${result.articles.map((a) => a.citation).join('、')}`.slice(0, 300),
        },
      };
    }),
  ),
  route(draftingExport, (request, context) =>
    withDrafts(context, async (d) => {
      const out = await d.exportDocx(request.id, context.actor);
      return { fileName: out.fileName, base64: out.bytes.toString('base64'), unfilled: out.unfilled, suggestedSections: out.suggestedSections };
    }),
  ),
];
