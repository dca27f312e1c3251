import type { DossierCategory } from '../../../shared/contract/channels/dossier';

export const archiveFormat = 'judgedesk-dossier-archive';
export const manifestFileName = 'manifest.json';
export const catalogueFileName = '卷内目录.docx';
export const filesFolder = '材料';

export interface ArchiveFile {
  position: number;
  /** Relative to the package folder, with forward slashes. */
  path: string;
  category: DossierCategory;
  fileName: string;
  sha256: string;
  size: number;
  pages: number;
}

/** manifest.json: everything verify needs, and the catalogue's own hash. */
export interface ArchiveManifest {
  format: typeof archiveFormat;
  version: 1;
  caseId: string;
  caseNumber: string;
  createdAt: string;
  createdBy: string;
  catalogue: { path: string; sha256: string };
  files: ArchiveFile[];
}
