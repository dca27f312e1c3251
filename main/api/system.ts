import { systemInfo } from '../../shared/contract/channels/system';
import { route } from './route';

export const systemRoutes = [
  route(systemInfo, (_request, { actor, caller, services }) => services.system.info(caller.host, actor)),
];
