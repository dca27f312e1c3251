import { fileRefusal } from './file-refusal';
import type { ExtractedPage } from './extracted';

/** UTF-8 (with or without BOM), else GB18030 — what Chinese Windows Notepad writes. */
export function extractTxt(fileName: string, bytes: Buffer): ExtractedPage[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw fileRefusal(fileName, '不是 UTF-8 或 GB18030 编码的文本');
    }
  }
  if (text.includes('\u0000')) throw fileRefusal(fileName, '扩展名是 .txt，但内容不是文本文件');
  return [
    {
      pageNo: 1,
      method: 'text',
      text: text
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
        .trim(),
    },
  ];
}
