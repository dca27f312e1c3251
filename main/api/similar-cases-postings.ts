import { similarCasesBuildPostings } from '../../shared/contract/channels/similar-cases-postings';
import { route } from './route';

export const casePostingsRoutes = [route(similarCasesBuildPostings, (request, { services }) => services.casePostings.refresh(request))];
