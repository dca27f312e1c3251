export { DossierService } from './dossier-service';
export type { DossierActor, DossierDocument, ImportFile } from './dossier-service';
export { DossierError, DossierFileError } from './dossier-error';
export { classifyDocument, catalogueModel } from './classify';
export { dossierLimits } from './limits';
export { OcrProcess } from './ocr-client';
export type { OcrEngine } from './ocr-client';
