import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NerVocab } from '../../../../main/inference/ner-features';
import { pieces, vocabIndex } from '../../../../main/inference/ner-features';
import { dataDir } from '../../../helpers/python-mirror';
import { nerPython } from './ner-mirror';

function realParagraphs(count: number): string[] {
  const lines = readFileSync(join(dataDir, 'ie/cail2022_xxcq/test.json'), 'utf8').split('\n').filter(Boolean);
  return lines.slice(0, count).map((line) => (JSON.parse(line) as { sentText: string }).sentText);
}

describe('NER features', () => {
  const texts = [
    ...realParagraphs(120),
    '原告ＡＢＣ公司诉称：被告于２０１９年３月借款５万元，电话13812345678。\u3000第二行\tTab',
    '𠮷野家（非 BMP 字）与张某在𠮷野家门口交易',
  ];
  const chars = ['<pad>', '<unk>', ...new Set(texts.join('').replace(/[0-9０-９A-Za-zＡ-Ｚａ-ｚ]/g, ''))].slice(0, 800);
  const vocab: NerVocab = { chars: [...chars, '0', 'a', ' '], buckets: 4096, tags: ['O'], maxChars: 10_000 };

  it('gives the same ids as the Python trainer on real paragraphs and odd characters', () => {
    const index = vocabIndex(vocab);
    const ts = texts.map((text) => {
      const [piece] = pieces(text, vocab, index);
      return [piece?.chars, piece?.bigrams];
    });
    const py = nerPython(
      'featurize',
      '[char_ids(item, {c: i for i, c in enumerate(extra["chars"])}), bigram_ids(item, extra["buckets"])]',
      texts,
      { chars: vocab.chars, buckets: vocab.buckets },
    );
    const firstDiff = ts.findIndex((row, i) => JSON.stringify(row) !== JSON.stringify(py[i]));
    expect(firstDiff, texts[firstDiff]).toBe(-1);
  });

  it('maps every code point back to its UTF-16 offset, across non-BMP characters', () => {
    const text = '𠮷野家与张某';
    const [piece] = pieces(text, vocab, vocabIndex(vocab));
    expect(piece?.offsets).toEqual([0, 2, 3, 4, 5, 6, 7]);
  });

  it('cuts long texts after a sentence end and keeps every character exactly once', () => {
    const text = '被告人张某贩卖毒品。'.repeat(30);
    const cut = pieces(text, { ...vocab, maxChars: 64 }, vocabIndex(vocab));
    expect(cut.length).toBeGreaterThan(4);
    for (const piece of cut) {
      expect(piece.chars.length).toBeLessThanOrEqual(64);
      expect(text[(piece.offsets[piece.offsets.length - 1] ?? 0) - 1]).toBe('。');
    }
    expect(cut.reduce((n, piece) => n + piece.chars.length, 0)).toBe(text.length);
  });
});
