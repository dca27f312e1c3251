import { calculatorsCourtFees, calculatorsDelayInterest, calculatorsLendingInterest } from '../../shared/contract/channels/calculators';
import { route } from './route';

export const calculatorRoutes = [
  route(calculatorsLendingInterest, (request, { services }) => services.calculators.lendingInterest(request)),
  route(calculatorsDelayInterest, (request, { services }) => services.calculators.delayInterest(request)),
  route(calculatorsCourtFees, (request, { services }) => services.calculators.courtFees(request)),
];
