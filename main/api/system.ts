import { systemInfo } from '../../shared/contract/channels/system';
import { route } from './route';

export const systemRoutes = [route(systemInfo, (_request, { actor, host, services }) => services.system.info(host, actor))];
