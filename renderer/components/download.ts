const docxMime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A download made entirely in the page (Blob + <a download>): same in Electron and browser, no network. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
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

/** Saves a .docx the main process built (base64) under its file name. */
export function downloadDocx(fileName: string, base64: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  downloadBlob(fileName, new Blob([bytes], { type: docxMime }));
}
