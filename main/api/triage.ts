import { triageAssess, triageConfigGet, triageConfigSet } from '../../shared/contract/channels/triage';
import { route } from './route';

export const triageRoutes = [
  route(triageAssess, (request, { services }) => services.triage.assess(request.caseId)),
  route(triageConfigGet, (_request, { services }) => services.triage.getConfig()),
  route(triageConfigSet, (request, { actor, services }) => services.triage.setConfig(request.config, actor)),
];
