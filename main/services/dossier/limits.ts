/**
 * What one import accepts. 50 MB covers a long scanned PDF at court scanning resolution; a
 * larger file is almost always a mistake (a video, a disk image) and would bloat workspace.db.
 */
export const dossierLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxPages: 300,
  /** Pixels per OCR page: a 200-megapixel photo would take minutes and gigabytes. */
  maxImagePixels: 40_000_000,
  /** Text-layer characters below this count make a PDF page a scan that goes to OCR. */
  minTextCharsPerPage: 8,
} as const;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 1)} MB`;
