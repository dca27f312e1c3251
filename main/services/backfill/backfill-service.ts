import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { BackfillProposals } from '../../../shared/contract/channels/backfill';
import type { DossierService } from '../dossier';
import { backfillModel, extractProposals } from './extract';
import type { BackfillDocument } from './source-span';

export interface BackfillProposal {
  proposals: BackfillProposals;
  /** The texts the proposals were read from, so the form can highlight each value's source. */
  texts: Array<{ documentId: string; fileName: string; text: string }>;
  caseId: string | null;
  ai: AiOutputDraft;
}

/** 案件信息回填: proposes case-form values from a case's dossier or from texts the user pasted. */
export class BackfillService {
  constructor(
    /** The case's dossier documents, with their catalogue category and text. */
    private readonly dossier: Pick<DossierService, 'listDocuments'>,
  ) {}

  /** Reads the case's dossier when `caseId` is given, else the given documents; nothing is saved. */
  propose(request: { caseId?: string | undefined; documents?: readonly BackfillDocument[] | undefined }): BackfillProposal {
    const documents: BackfillDocument[] = request.caseId
      ? this.dossier.listDocuments(request.caseId).map((d) => ({ id: d.id, fileName: d.fileName, category: d.category, text: d.text }))
      : [...(request.documents ?? [])];
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
            : `案件信息回填：当事人${proposals.parties.length}名（${proposals.parties
                .map((p) => p.name.value)
                .slice(0, 4)
                .join('、')}），诉讼请求${proposals.claims.length}项`,
      },
    };
  }
}
