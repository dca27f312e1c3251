import { modelCards } from '../../shared/contract/channels/models';
import { scanModels } from '../inference/model-registry';
import { route } from './route';

export const modelRoutes = [route(modelCards, (_request, { services }) => scanModels(services.modelsDir))];
