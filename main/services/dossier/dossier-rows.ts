import type { CatalogueReason, DossierCategory, DossierDocumentView, DossierFileKind } from '../../../shared/contract/channels/dossier';
import { dossierCategories } from '../../../shared/contract/channels/dossier';

export interface DocumentRow {
  id: string;
  case_id: string;
  file_name: string;
  kind: DossierFileKind;
  sha256: string;
  size: number;
  pages: number;
  ocr_pages: number;
  text: string;
  category: DossierCategory | null;
  confidence: number | null;
  reasons: string;
  suggested_category: DossierCategory | null;
  corrected_by: string | null;
  corrected_at: string | null;
  imported_at: string;
  imported_by: string;
}

export function viewOf(row: DocumentRow): DossierDocumentView {
  return {
    id: row.id,
    caseId: row.case_id,
    fileName: row.file_name,
    kind: row.kind,
    sha256: row.sha256,
    size: row.size,
    pages: row.pages,
    ocrPages: row.ocr_pages,
    category: row.category,
    confidence: row.confidence,
    reasons: JSON.parse(row.reasons) as CatalogueReason[],
    suggestedCategory: row.suggested_category,
    correctedBy: row.corrected_by,
    importedAt: row.imported_at,
    excerpt: row.text.replace(/\s+/g, ' ').trim().slice(0, 120),
  };
}

/** SQL ORDER BY for the archive order: category as bound in the 正卷, uncatalogued last. */
export const catalogueOrderSql = `CASE category ${dossierCategories
  .map((c, i) => `WHEN '${c}' THEN ${i}`)
  .join(' ')} ELSE ${dossierCategories.length} END, imported_at, rowid`;
