import { judgmentAssist } from '../../shared/contract/channels/judgment';
import { route } from './route';

export const judgmentRoutes = [route(judgmentAssist, (request, { services }) => services.judgment.assist(request))];
