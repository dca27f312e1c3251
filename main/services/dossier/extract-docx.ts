import mammoth from 'mammoth';
import { fileRefusal } from './file-refusal';
import type { ExtractedPage } from './extracted';

/** A DOCX has no fixed pages: its text is one page (page breaks depend on the printer). */
export async function extractDocx(fileName: string, bytes: Buffer): Promise<ExtractedPage[]> {
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw fileRefusal(fileName, '已损坏，无法作为 Word 文档读取');
  }
  return [{ pageNo: 1, method: 'text', text: text.replace(/\n{3,}/g, '\n\n').trim() }];
}
