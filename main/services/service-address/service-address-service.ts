import { createHash } from 'node:crypto';
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { ContactCandidate } from '../../../shared/contract/channels/service-address';
import type { CaseService } from '../cases';
import type { DossierService } from '../dossier';
import { recommendAddresses, serviceAddressRulesVersion } from './recommend';

/** The rules are the model: their name and version identify every recommendation in the audit trail. */
export const serviceAddressModel = {
  modelId: 'service-address-rules',
  modelVersion: serviceAddressRulesVersion,
  modelSha256: createHash('sha256').update(`service-address-rules@${serviceAddressRulesVersion}`).digest('hex'),
} as const;

export interface AddressRecommendation {
  caseId: string;
  candidates: ContactCandidate[];
  ai: AiOutputDraft;
}

/** 送达地址推荐 for a case: its parties' addresses and phones found in its dossier, ranked. */
export class ServiceAddressService {
  constructor(
    private readonly cases: Pick<CaseService, 'get'>,
    /** The case's dossier documents, with their catalogue category and text. */
    private readonly dossier: Pick<DossierService, 'listDocuments'>,
  ) {}

  recommend(caseId: string): AddressRecommendation {
    const parties = this.cases.get(caseId).parties.map((p) => p.name);
    const candidates = recommendAddresses(this.dossier.listDocuments(caseId), parties);
    const top = candidates.find((c) => c.kind === 'address');
    return {
      caseId,
      candidates,
      ai: {
        ...serviceAddressModel,
        // A party's own 送达地址确认书 binds them; any other source is a lead to try.
        confidence: candidates.length === 0 ? 0 : top?.sourceKind === 'confirmation' ? 0.9 : 0.6,
        summary: candidates.length
          ? `送达地址推荐：${candidates.length}条地址或电话${top ? `，首选「${top.value}」（${top.fileName}）` : ''}`
          : '送达地址推荐：卷宗中未找到地址或电话',
      },
    };
  }
}
