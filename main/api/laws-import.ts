import { lawsImportFolder } from '../../shared/contract/channels/laws-import';
import { route } from './route';

export const lawsImportRoutes = [
  route(lawsImportFolder, (request, { actor, services }) => services.lawsImport.importFolder(request, actor)),
];
