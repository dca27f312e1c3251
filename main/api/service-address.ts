import { serviceAddressRecommend } from '../../shared/contract/channels/service-address';
import { route } from './route';

export const serviceAddressRoutes = [
  route(serviceAddressRecommend, (request, { services }) => services.serviceAddress.recommend(request.caseId)),
];
