import { triageAssess, triageConfigGet, triageConfigSet } from '../../shared/contract/channels/triage';
import { CaseError, CaseService } from '../services/cases';
import { TriageSettings, assessTriage, triageModel } from '../services/triage';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';

export const triageRoutes = [
  route(triageAssess, (request, context) => {
    const { services } = context;
    let found;
    try {
      found = new CaseService(services.stores.workspace, services.audit).get(request.caseId);
    } catch (error) {
      if (error instanceof CaseError) throw new ApiFailure(error.code, error.message);
      throw error;
    }
    const config = new TriageSettings(services.stores.workspace, services.audit).get();
    const result = assessTriage(found, context.services.dossier.listDocuments(request.caseId), config);
    const scoring = result.reasons.filter((r) => r.points > 0).map((r) => r.label);
    // Far from the threshold is surer than just across it.
    const margin = Math.abs(result.score - result.threshold) / Math.max(1, result.threshold);
    return {
      caseId: request.caseId,
      ...result,
      ai: {
        ...triageModel(config),
        confidence: Math.min(0.95, 0.55 + margin * 0.4),
        summary: `繁简分流：${result.track}（${result.score}分，门槛${result.threshold}分${scoring.length ? `；${scoring.join('、')}` : ''}）`,
      },
    };
  }),
  route(triageConfigGet, (_request, { services }) => new TriageSettings(services.stores.workspace, services.audit).get()),
  route(triageConfigSet, (request, { services, caller }) =>
    new TriageSettings(services.stores.workspace, services.audit).set(request.config, { user: caller.user, role: primaryRole(caller, triageConfigSet.roles) }),
  ),
];
