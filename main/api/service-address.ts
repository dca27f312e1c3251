import { createHash } from 'node:crypto';
import { serviceAddressRecommend } from '../../shared/contract/channels/service-address';
import { CaseError, CaseService } from '../services/cases';
import { recommendAddresses, serviceAddressRulesVersion } from '../services/service-address';
import { ApiFailure } from './api-failure';
import { route } from './route';

const model = {
  modelId: 'service-address-rules',
  modelVersion: serviceAddressRulesVersion,
  modelSha256: createHash('sha256').update(`service-address-rules@${serviceAddressRulesVersion}`).digest('hex'),
};

export const serviceAddressRoutes = [
  route(serviceAddressRecommend, (request, context) => {
    let parties: string[];
    try {
      parties = new CaseService(context.services.stores.workspace, context.services.audit).get(request.caseId).parties.map((p) => p.name);
    } catch (error) {
      if (error instanceof CaseError) throw new ApiFailure(error.code, error.message);
      throw error;
    }
    const candidates = recommendAddresses(context.services.dossier.listDocuments(request.caseId), parties);
    const top = candidates.find((c) => c.kind === 'address');
    return {
      caseId: request.caseId,
      candidates,
      ai: {
        ...model,
        confidence: candidates.length === 0 ? 0 : top?.sourceKind === 'confirmation' ? 0.9 : 0.6,
        summary: candidates.length
          ? `送达地址推荐：${candidates.length}条地址或电话${top ? `，首选「${top.value}」（${top.fileName}）` : ''}`
          : '送达地址推荐：卷宗中未找到地址或电话',
      },
    };
  }),
];
