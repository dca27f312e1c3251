import { aiSwitchesGet, aiSwitchesSet } from '../../shared/contract/channels/settings';
import { route } from './route';
import { primaryRole } from './primary-role';

export const settingsRoutes = [
  route(aiSwitchesGet, (_request, { services }) => services.aiSwitches.get()),
  route(aiSwitchesSet, (request, { caller, services }) =>
    services.aiSwitches.set({
      scope: request.scope,
      enabled: request.enabled,
      actor: caller.user,
      role: primaryRole(caller, aiSwitchesSet.roles),
    }),
  ),
];
