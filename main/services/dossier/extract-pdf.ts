import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileRefusal } from './file-refusal';
import type { ExtractedPage } from './extracted';
import { dossierLimits } from './limits';
import type { OcrEngine } from '../../inference/ocr-client';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
/** The legacy build: the normal one needs DOMMatrix, which Node 20 lacks. */
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** pdfjs reads Chinese PDFs that use predefined CMaps (UniGB-UCS2-H …) from its own folder. */
function assetUrls() {
  const base = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    // Under Node pdfjs reads these with fs, so they are folder paths, not URLs.
    cMapUrl: `${join(base, 'cmaps')}/`,
    standardFontDataUrl: `${join(base, 'standard_fonts')}/`,
  };
}

interface PdfImage {
  width: number;
  height: number;
  /** pdfjs ImageKind: 1 = 1 bit grey, 2 = RGB, 3 = RGBA. */
  kind: number;
  data: Uint8Array;
}

/** Fax-style 1-bit scans (CCITT, JBIG2) arrive packed 8 pixels a byte; OCR wants 8-bit grey. */
function unpackBits(image: PdfImage): Uint8Array {
  const stride = Math.ceil(image.width / 8);
  const out = new Uint8Array(image.width * image.height);
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      out[y * image.width + x] = image.data[y * stride + (x >> 3)]! & (0x80 >> (x & 7)) ? 255 : 0;
    }
  }
  return out;
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;

/** The largest image painted on the page: a scanned page is one full-page picture. */
async function largestImage(lib: PdfJs, page: PdfPage): Promise<PdfImage | null> {
  const ops = await page.getOperatorList();
  const names: string[] = [];
  ops.fnArray.forEach((fn, i) => {
    if (fn === lib.OPS.paintImageXObject) names.push(ops.argsArray[i][0] as string);
  });
  let best: PdfImage | null = null;
  for (const name of names) {
    const store = name.startsWith('g_') ? page.commonObjs : page.objs;
    const image = await new Promise<PdfImage | null>((resolve) => {
      try {
        store.get(name, (value: unknown) => resolve((value as PdfImage | null) ?? null));
      } catch {
        resolve(null);
      }
    });
    if (image?.data && (!best || image.width * image.height > best.width * best.height)) best = image;
  }
  return best;
}

async function ocrImage(image: PdfImage, ocr: OcrEngine) {
  if (image.kind === 1) return ocr.read(unpackBits(image), { width: image.width, height: image.height, channels: 1 });
  return ocr.read(image.data, { width: image.width, height: image.height, channels: image.kind === 3 ? 4 : 3 });
}

/**
 * Text from the PDF's text layer page by page; a page with (almost) no text is a scan, so its
 * largest image goes to OCR. Rendering whole pages would need a canvas, which is not installed;
 * scanners put one image per page, so extracting that image reads the same pixels.
 */
export async function extractPdf(
  fileName: string,
  bytes: Buffer,
  ocr: OcrEngine,
  onPage?: (done: number, total: number) => void,
): Promise<ExtractedPage[]> {
  const lib = await loadPdfJs();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await lib.getDocument({
      data: new Uint8Array(bytes),
      ...assetUrls(),
      cMapPacked: true,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw fileRefusal(fileName, '已加密（设有打开密码），请先解除密码后再导入');
    throw fileRefusal(fileName, '已损坏，无法作为 PDF 读取');
  }
  try {
    if (doc.numPages > dossierLimits.maxPages) {
      throw fileRefusal(fileName, `共 ${doc.numPages} 页，超过每个文件 ${dossierLimits.maxPages} 页的上限，请拆分后导入`);
    }
    const pages: ExtractedPage[] = [];
    for (let pageNo = 1; pageNo <= doc.numPages; pageNo++) {
      const page = await doc.getPage(pageNo);
      const content = await page.getTextContent();
      const text = content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join('')
        .trim();
      if (text.replace(/\s/g, '').length >= dossierLimits.minTextCharsPerPage) {
        pages.push({ pageNo, method: 'text', text });
      } else {
        const image = await largestImage(lib, page);
        if (!image) {
          pages.push({ pageNo, method: 'text', text });
        } else {
          try {
            pages.push({ pageNo, method: 'ocr', text: (await ocrImage(image, ocr)).text });
          } catch (error) {
            throw fileRefusal(fileName, `第 ${pageNo} 页文字识别失败：${error instanceof Error ? error.message : String(error)}`);
          }
        }
      }
      page.cleanup();
      onPage?.(pageNo, doc.numPages);
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
