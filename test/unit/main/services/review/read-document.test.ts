import { Document, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { applyFix, readDocument, redactForPublication, shiftFindings } from '../../../../../main/services/review';
import { Refusal } from '../../../../../shared/contract/refusal';
import { privacyFindings } from '../../../../../main/services/review/rules/privacy';

async function docx(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));
}

describe('readDocument', () => {
  it('a real DOCX: paragraphs become lines', async () => {
    const read = await readDocument('判决书.docx', await docx(['民事判决书', '原告张三。', '本院认为，']));
    expect(read.text).toBe('民事判决书\n原告张三。\n本院认为，');
  });

  it('TXT in UTF-8 (with BOM) and in GB18030', async () => {
    expect((await readDocument('a.txt', Buffer.from('\uFEFF民事判决书\r\n原告', 'utf8'))).text).toBe('民事判决书\n原告');
    const gb = Buffer.from([0xc3, 0xf1, 0xca, 0xc2]); // 民事 in GB18030
    expect((await readDocument('b.txt', gb)).text).toBe('民事');
  });

  it.each([
    ['坏.docx', Buffer.from('not a zip'), '“坏.docx”不是有效的 DOCX 文件'],
    ['截断.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '无法读取“截断.docx”'],
    ['空.txt', Buffer.alloc(0), '“空.txt”是空文件'],
    ['旧.doc', Buffer.from('x'), '请另存为 .docx'],
    ['图.png', Buffer.from('x'), '不支持“图.png”的文件类型'],
    ['二进制.txt', Buffer.from([0x41, 0, 0x42]), '“二进制.txt”不是文本文件'],
  ])('refuses %s with a Chinese message naming it', async (name, bytes, message) => {
    await expect(readDocument(name, bytes)).rejects.toThrow(message);
    await expect(readDocument(name, bytes)).rejects.toMatchObject({ name: 'Refusal', code: 'VALIDATION' });
  });
});

describe('apply and redact', () => {
  const finding = {
    id: 'x',
    family: 'wording' as const,
    rule: 'wording.zhang',
    severity: 'warning' as const,
    start: 4,
    end: 5,
    excerpt: '帐',
    message: '',
    fix: '账',
  };

  it('applies a fix and moves later findings', () => {
    const { text, delta } = applyFix('转入银行帐户，合计', finding);
    expect(text).toBe('转入银行账户，合计');
    const later = { ...finding, id: 'y', start: 7, end: 9, excerpt: '合计' };
    expect(shiftFindings([finding, later], { ...finding, fix: '账号' }, 1)).toEqual([{ ...later, start: 8, end: 10 }]);
    expect(delta).toBe(0);
  });

  it('refuses when the text there changed since the review', () => {
    expect(() => applyFix('转入银行账户', finding)).toThrow(Refusal);
    expect(() => applyFix('转入银行账户', finding)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => applyFix('转入银行帐户', { ...finding, fix: null })).toThrow('没有可直接采纳');
  });

  it('the publication copy hides every privacy finding and the protected name everywhere', () => {
    const text = '被告人向被害人刘小红（女）实施猥亵，刘小红报警，联系电话13812345678。';
    const { text: out, redactions } = redactForPublication(text, privacyFindings(text, null));
    expect(out).toBe('被告人向被害人刘某（女）实施猥亵，刘某报警，联系电话138××××5678。');
    expect(redactions).toHaveLength(3);
  });
});
