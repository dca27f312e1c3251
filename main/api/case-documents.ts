import { DossierService } from '../services/dossier';
import type { DossierDocument } from '../services/dossier';
import type { HandlerContext } from './route';

/**
 * A case's dossier documents with their text and category, for the capabilities that read the
 * dossier (证据指引, 回填, 送达地址, 繁简分流). The composed service when the app has one; else one
 * over the same workspace (reading documents starts no OCR process).
 */
export function caseDocuments({ services }: HandlerContext, caseId: string): DossierDocument[] {
  const withDossier = services as typeof services & { dossier?: DossierService };
  const dossier = withDossier.dossier ?? new DossierService(services.stores.workspace, services.audit);
  return dossier.listDocuments(caseId);
}
