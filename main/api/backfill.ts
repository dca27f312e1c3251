import { backfillPropose } from '../../shared/contract/channels/backfill';
import { route } from './route';

export const backfillRoutes = [route(backfillPropose, (request, { services }) => services.backfill.propose(request))];
