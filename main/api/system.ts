import { systemInfo } from '../../shared/contract/channels/system';
import { knowledgeVersion } from '../store/stores';
import { route } from './route';

export const systemRoutes = [
  route(systemInfo, (_request, { caller, services }) => ({
    appVersion: services.appVersion,
    offline: true as const,
    host: caller.host,
    knowledgeVersion: knowledgeVersion(services.stores.knowledge),
    user: { name: caller.user, roles: [...caller.roles] },
  })),
];
