export { DossierService } from './dossier-service';
export type { DossierDocument, DossierServiceOptions, ImportFile, StagedFile } from './dossier-service';
export { classifyDocument, catalogueModel } from './classify';
export { dossierLimits } from './limits';
export type { OcrEngine } from '../../inference/ocr-client';
export { verifyArchivePackage } from './verify-archive';
export type { ArchiveCheck } from './verify-archive';
export type { ArchiveManifest } from './archive-manifest';
export { removeUpload, stageUpload, uploadPath, uploadsFolder } from './uploads';
