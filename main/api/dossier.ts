import {
  dossierArchive,
  dossierCatalogue,
  dossierCorrect,
  dossierImport,
  dossierList,
  dossierStage,
  dossierText,
  dossierVerifyArchive,
} from '../../shared/contract/channels/dossier';
import { route } from './route';

export const dossierRoutes = [
  route(dossierList, (request, { services }) => ({ documents: services.dossier.list(request.caseId) })),
  route(dossierText, (request, { services }) => services.dossier.pages(request.id)),
  route(dossierStage, (request, { services }) => services.dossier.stage(request.fileName, request.base64)),
  route(dossierImport, (request, { actor, services }) =>
    services.dossier.importUploads(request.caseId, request.files, actor, request.jobId),
  ),
  route(dossierCatalogue, (request, { services }) => services.dossier.catalogue(request.caseId, request.documentIds)),
  route(dossierCorrect, (request, { actor, services }) => services.dossier.correct(request.id, request.category, actor)),
  route(dossierArchive, (request, { actor, services }) => services.dossier.archive(request.caseId, actor)),
  route(dossierVerifyArchive, (request, { services }) => services.dossier.verifyArchive(request.path)),
];
