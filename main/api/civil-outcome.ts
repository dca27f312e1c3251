import { civilOutcomeEstimate } from '../../shared/contract/channels/civil-outcome';
import { route } from './route';

export const civilOutcomeRoutes = [route(civilOutcomeEstimate, (request, { services }) => services.civilOutcome.estimate(request))];
