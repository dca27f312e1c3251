import { lawsArticle, lawsCite, lawsPush, lawsSearch } from '../../shared/contract/channels/laws';
import { route } from './route';

export const lawRoutes = [
  route(lawsSearch, (request, { services }) => services.laws.search(request)),
  route(lawsArticle, (request, { services }) => services.laws.article(request)),
  route(lawsCite, (request, { services }) => services.laws.cite(request.text, request.date)),
  route(lawsPush, (request, { services }) => services.laws.push(request)),
];
