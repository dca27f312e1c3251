/** Messages between the OCR client (ocr-client.ts) and the OCR process (ocr-process.ts). */

/** A model file as the card lists it, resolved to where it lies; the process re-hashes what it loads. */
export interface OcrModelFile {
  path: string;
  sha256: string;
}

/** The files of the OCR card by role (models/ocr/card.json). */
export interface OcrModelFiles {
  detection: OcrModelFile;
  recognition: OcrModelFile;
  dictionary: OcrModelFile;
}

/** Raw pixels: their layout (a PDF's embedded image arrives decoded). */
export interface RawLayout {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
}

export type OcrRequest =
  /** Create the sessions from these files (the first message after the process is up). */
  | { id: number; type: 'load'; model: OcrModelFiles }
  /** An encoded image (PNG, JPEG …) or raw pixels with their layout. */
  | { id: number; type: 'read'; image: Uint8Array; raw?: RawLayout };

export interface OcrLine {
  text: string;
  /** PaddleOCR's mean character probability. */
  confidence: number;
  /** Top-left corner of the line box, in pixels of the image as sent to the detector. */
  x: number;
  y: number;
}

export type OcrResponse = { id: number; ok: true; lines: OcrLine[]; millis: number } | { id: number; ok: false; message: string };
