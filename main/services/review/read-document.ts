// Imported documents to review: DOCX (read with mammoth, paragraphs as lines) or plain text
// (UTF-8, or GB18030 as older court systems save it). Bad input gets a Chinese message naming the
// file and what is wrong with it.
import mammoth from 'mammoth';
import { Refusal } from '../../../shared/contract/refusal';

export interface ReadDocument {
  text: string;
  warnings: string[];
}

function decodeText(bytes: Buffer, fileName: string): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\uFEFF/, '');
  if (!utf8.includes('\uFFFD')) return utf8;
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  } catch {
    throw new Refusal('VALIDATION', `无法读取“${fileName}”：既不是 UTF-8 也不是 GB18030 编码的文本`);
  }
}

export async function readDocument(fileName: string, bytes: Buffer): Promise<ReadDocument> {
  const lower = fileName.toLowerCase();
  if (bytes.length === 0) throw new Refusal('VALIDATION', `“${fileName}”是空文件`);
  if (lower.endsWith('.docx')) {
    if (bytes[0] !== 0x50 || bytes[1] !== 0x4b)
      throw new Refusal('VALIDATION', `“${fileName}”不是有效的 DOCX 文件（文件已损坏或并非 Word 2007 及以上格式）`);
    let result: { value: string; messages: { type: string; message: string }[] };
    try {
      result = await mammoth.extractRawText({ buffer: bytes });
    } catch (error) {
      throw new Refusal('VALIDATION', `无法读取“${fileName}”：DOCX 内容损坏（${error instanceof Error ? error.message : String(error)}）`);
    }
    const text = result.value
      .replace(/\r\n?/g, '\n')
      .replace(/\n{2,}/g, '\n')
      .trim();
    if (text === '') throw new Refusal('VALIDATION', `“${fileName}”中没有文字内容`);
    return { text, warnings: result.messages.map((m) => m.message) };
  }
  if (lower.endsWith('.txt')) {
    if (bytes.includes(0)) throw new Refusal('VALIDATION', `“${fileName}”不是文本文件（含有二进制内容）`);
    const text = decodeText(bytes, fileName).replace(/\r\n?/g, '\n').trim();
    if (text === '') throw new Refusal('VALIDATION', `“${fileName}”中没有文字内容`);
    return { text, warnings: [] };
  }
  if (lower.endsWith('.doc')) throw new Refusal('VALIDATION', `“${fileName}”是旧版 Word（.doc）文件，请另存为 .docx 后再导入`);
  throw new Refusal('VALIDATION', `不支持“${fileName}”的文件类型，请导入 .docx 或 .txt 文件`);
}
