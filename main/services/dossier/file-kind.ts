import type { DossierFileKind } from '../../../shared/contract/channels/dossier';
import { fileRefusal } from './file-refusal';

const byExtension: Record<string, DossierFileKind> = {
  docx: 'docx',
  pdf: 'pdf',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  tif: 'image',
  tiff: 'image',
  bmp: 'image',
  webp: 'image',
  txt: 'txt',
};

/** What the first bytes say the file is; null when they match no accepted format. */
export function sniffKind(bytes: Uint8Array): DossierFileKind | 'zip' | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip'; // DOCX is a zip; mammoth checks the rest
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image'; // PNG
  if (starts(0xff, 0xd8, 0xff)) return 'image'; // JPEG
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return 'image'; // TIFF
  if (starts(0x42, 0x4d)) return 'image'; // BMP
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45) return 'image'; // RIFF WEBP
  return null;
}

/**
 * The kind to read the file as. The extension says what the user meant; the bytes must agree,
 * so a renamed file is refused with a message that says what it really is, not a parser error.
 */
export function fileKindOf(fileName: string, bytes: Uint8Array): DossierFileKind {
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const expected = byExtension[extension];
  if (!expected) {
    const allowed = 'DOCX、PDF、TXT 或图片（PNG、JPG、TIFF、BMP、WEBP）';
    throw fileRefusal(
      fileName,
      extension === 'doc'
        ? '是旧版 Word（.doc）格式，请另存为 .docx 后导入'
        : `的格式不受支持（扩展名 ${extension ? `.${extension}` : '缺失'}），请导入 ${allowed}`,
    );
  }
  if (bytes.length === 0) throw fileRefusal(fileName, '是空文件（0 字节）');
  const sniffed = sniffKind(bytes);
  if (expected === 'txt') {
    if (sniffed !== null) throw fileRefusal(fileName, '扩展名是 .txt，但内容不是文本文件');
    return 'txt';
  }
  const actual = sniffed === 'zip' ? 'docx' : sniffed;
  if (actual !== expected) {
    const names: Record<DossierFileKind, string> = { docx: 'Word 文档', pdf: 'PDF', image: '图片', txt: '文本' };
    throw fileRefusal(
      fileName,
      actual ? `扩展名与内容不符：内容是${names[actual]}，不是${names[expected]}` : `已损坏或不是${names[expected]}文件`,
    );
  }
  return expected;
}
