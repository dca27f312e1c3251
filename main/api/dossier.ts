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
import { Readable } from 'node:stream';
import { catalogueModel, DossierError, removeUpload, stageUpload, uploadPath, verifyArchivePackage } from '../services/dossier';
import type { DossierService } from '../services/dossier';
import { ApiFailure } from './api-failure';
import { primaryRole } from './primary-role';
import { route } from './route';
import type { Services } from './services';

function dossierOf(services: Services): DossierService {
  if (!services.dossier) throw new ApiFailure('INTERNAL', '电子卷宗服务未启用');
  return services.dossier;
}

async function refusing<T>(work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DossierError) throw new ApiFailure(error.code, error.message);
    throw error;
  }
}

export const dossierRoutes = [
  route(dossierList, (request, { services }) => refusing(() => ({ documents: dossierOf(services).list(request.caseId) }))),

  route(dossierText, (request, { services }) => refusing(() => dossierOf(services).pages(request.id))),

  route(dossierStage, async (request, { services }) => {
    if (!services.dataDir) throw new ApiFailure('INTERNAL', '未配置数据目录，无法暂存文件');
    const staged = await stageUpload(services.dataDir, request.fileName, Readable.from([Buffer.from(request.base64, 'base64')]));
    if (!staged.ok) throw new ApiFailure('VALIDATION', staged.message);
    return { uploadId: staged.uploadId, size: staged.size };
  }),

  route(dossierImport, (request, { caller, services }) =>
    refusing(async () => {
      const dataDir = services.dataDir;
      if (!dataDir) throw new ApiFailure('INTERNAL', '未配置数据目录，无法读取上传的文件');
      const files = request.files.map((f) => ({ fileName: f.fileName, path: uploadPath(dataDir, f.uploadId) }));
      try {
        const outcomes = await dossierOf(services).importFiles(
          request.caseId,
          files,
          { user: caller.user, role: primaryRole(caller, dossierImport.roles) },
          request.jobId,
        );
        return { outcomes };
      } finally {
        for (const f of request.files) removeUpload(dataDir, f.uploadId);
      }
    }),
  ),

  route(dossierCatalogue, (request, { services }) =>
    refusing(() => {
      const result = dossierOf(services).catalogue(request.caseId, request.documentIds);
      return {
        documents: result.documents,
        caseId: request.caseId,
        ai: {
          ...catalogueModel,
          confidence: result.meanConfidence,
          summary: `卷宗自动归目：${result.classified} 份材料`,
        },
      };
    }),
  ),

  route(dossierCorrect, (request, { caller, services }) =>
    refusing(() =>
      dossierOf(services).correct(request.id, request.category, { user: caller.user, role: primaryRole(caller, dossierCorrect.roles) }),
    ),
  ),

  route(dossierArchive, (request, { caller, services }) =>
    refusing(() => dossierOf(services).archive(request.caseId, { user: caller.user, role: primaryRole(caller, dossierArchive.roles) })),
  ),

  route(dossierVerifyArchive, (request) => verifyArchivePackage(request.path)),
];
