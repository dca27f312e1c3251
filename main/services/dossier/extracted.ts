import type { DossierFileKind } from '../../../shared/contract/channels/dossier';

export interface ExtractedPage {
  pageNo: number;
  method: 'text' | 'ocr';
  text: string;
}

/** What a file yields: its text page by page, and how each page was read. */
export interface Extracted {
  kind: DossierFileKind;
  pages: ExtractedPage[];
}

export const fullText = (pages: ExtractedPage[]) => pages.map((p) => p.text).join('\n\f\n');
