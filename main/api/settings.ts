import { aiSwitchesGet, aiSwitchesSet } from '../../shared/contract/channels/settings';
import { route } from './route';

export const settingsRoutes = [
  route(aiSwitchesGet, (_request, { services }) => services.aiSwitches.get()),
  route(aiSwitchesSet, (request, { actor, services }) => services.aiSwitches.set(request, actor)),
];
