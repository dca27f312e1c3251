import type { OcrEngine } from '../../inference/ocr-client';
import type { DocumentRow } from './dossier-rows';
import { extractDocx } from './extract-docx';
import { extractImage } from './extract-image';
import { extractPdf } from './extract-pdf';
import { extractTxt } from './extract-txt';
import type { ExtractedPage } from './extracted';

/** The pages of one file by its kind: text where the file has it, OCR for scanned pages and images. */
export function extractPages(
  kind: DocumentRow['kind'],
  fileName: string,
  bytes: Buffer,
  ocr: OcrEngine,
  onPage: (done: number, total: number) => void,
): Promise<ExtractedPage[]> {
  switch (kind) {
    case 'docx':
      return extractDocx(fileName, bytes);
    case 'pdf':
      return extractPdf(fileName, bytes, ocr, onPage);
    case 'image':
      return extractImage(fileName, bytes, ocr);
    case 'txt':
      return Promise.resolve(extractTxt(fileName, bytes));
  }
}
