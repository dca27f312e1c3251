import { judgmentAmount } from '../../shared/contract/channels/judgment-amount';
import { route } from './route';

export const judgmentAmountRoutes = [route(judgmentAmount, (request, { services }) => services.crimeAmount.compute(request))];
