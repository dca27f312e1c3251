import { backfillPropose } from '../../shared/contract/channels/backfill';
import { backfillModel, extractProposals } from '../services/backfill';
import type { BackfillDocument } from '../services/backfill';
import { route } from './route';

export const backfillRoutes = [
  route(backfillPropose, (request, context) => {
    const documents: BackfillDocument[] = request.caseId
      ? context.services.dossier.listDocuments(request.caseId).map((d) => ({ id: d.id, fileName: d.fileName, category: d.category, text: d.text }))
      : (request.documents ?? []);
    const proposals = extractProposals(documents);
    const used = new Set(proposals.read.filter((r) => r.used).map((r) => r.documentId));
    const values = proposals.parties.length * 4 + proposals.claims.length;
    const withProblems = proposals.parties.filter((p) => p.idNumber?.problem || p.phone?.problem).length;
    return {
      proposals,
      texts: documents.filter((d) => used.has(d.id)).map((d) => ({ documentId: d.id, fileName: d.fileName, text: d.text })),
      caseId: request.caseId ?? null,
      ai: {
        ...backfillModel,
        // Rules either read a value or do not; what is uncertain is a value with a problem.
        confidence: values === 0 ? 0 : withProblems ? 0.7 : 0.9,
        summary:
          values === 0
            ? '案件信息回填：未从文书中读出当事人或诉讼请求'
            : `案件信息回填：当事人${proposals.parties.length}名（${proposals.parties.map((p) => p.name.value).slice(0, 4).join('、')}），诉讼请求${proposals.claims.length}项`,
      },
    };
  }),
];
