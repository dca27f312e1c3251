import { downloadBlob } from '../../components/download';

const bom = '\ufeff';

/** Excel on Windows reads UTF-8 CSV as GBK unless it starts with a BOM. */
export function withBom(csv: string): string {
  return csv.startsWith(bom) ? csv : bom + csv;
}

/** A download made entirely in the page (Blob + <a download>): same in Electron and browser. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: mimeType }));
}
