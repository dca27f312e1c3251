const bom = '\ufeff';

/** Excel on Windows reads UTF-8 CSV as GBK unless it starts with a BOM. */
export function withBom(csv: string): string {
  return csv.startsWith(bom) ? csv : bom + csv;
}

/** A download made entirely in the page (Blob + <a download>): same in Electron and browser. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some engines read the URL asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
