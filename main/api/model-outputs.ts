import { modelsEmbed, modelsNer, modelsPredictCriminal } from '../../shared/contract/channels/model-outputs';
import { route } from './route';

export const modelOutputRoutes = [
  route(modelsNer, (request, { services }) => services.modelOutputs.entities(request)),
  route(modelsEmbed, (request, { services }) => services.modelOutputs.embed(request)),
  route(modelsPredictCriminal, (request, { services }) => services.modelOutputs.predictCriminal(request)),
];
