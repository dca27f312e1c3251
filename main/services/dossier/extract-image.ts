import sharp from 'sharp';
import { fileRefusal } from './file-refusal';
import type { ExtractedPage } from './extracted';
import { dossierLimits } from './limits';
import type { OcrEngine } from '../../inference/ocr-client';

/** A photo or a scan: one page, read by OCR. The size is checked from the header first. */
export async function extractImage(fileName: string, bytes: Buffer, ocr: OcrEngine): Promise<ExtractedPage[]> {
  let width: number | undefined;
  let height: number | undefined;
  try {
    ({ width, height } = await sharp(bytes).metadata());
  } catch {
    throw fileRefusal(fileName, '已损坏，无法作为图片读取');
  }
  if (!width || !height) throw fileRefusal(fileName, '已损坏，无法读取图片尺寸');
  if (width * height > dossierLimits.maxImagePixels) {
    throw fileRefusal(
      fileName,
      `分辨率过大（${width}×${height}，超过 ${dossierLimits.maxImagePixels / 1_000_000} 百万像素），请缩小后导入`,
    );
  }
  try {
    const read = await ocr.read(bytes);
    return [{ pageNo: 1, method: 'ocr', text: read.text }];
  } catch (error) {
    throw fileRefusal(fileName, `文字识别失败：${error instanceof Error ? error.message : String(error)}`);
  }
}
