/** Messages between the import (parent) and the OCR process (ocr-process.ts). */
export interface OcrRequest {
  id: number;
  /** An encoded image (PNG, JPEG …) or raw pixels with their layout. */
  image: Uint8Array;
  raw?: { width: number; height: number; channels: 1 | 3 | 4 };
}

export interface OcrLine {
  text: string;
  /** PaddleOCR's mean character probability. */
  confidence: number;
  /** Top-left corner of the line box, in pixels of the image as sent. */
  x: number;
  y: number;
}

export type OcrResponse =
  | { id: number; ok: true; lines: OcrLine[]; millis: number }
  | { id: number; ok: false; message: string };
