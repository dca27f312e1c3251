import { fnv1a32 } from '../../shared/domain/hashed-char-ngrams';

/**
 * Model input of the NER tagger, mirrored in models/training/ner/featurize.py (a test compares
 * both on real texts). Works per code point; `offsets` maps each code point back to its UTF-16
 * offset so spans can be reported in the caller's string positions.
 */
export interface NerVocab {
  chars: string[];
  buckets: number;
  tags: string[];
  /** Longest piece (code points) given to the model at once; longer texts are cut at sentence ends. */
  maxChars: number;
}

export interface NerPiece {
  /** Code-point ids, one per character. */
  chars: number[];
  bigrams: number[];
  /** UTF-16 offset in the whole text of each code point, plus the end offset. */
  offsets: number[];
}

/** Digits → 0, Latin letters → a (so 2014 and 1998 look alike), whitespace → space. */
export function normaliseChar(ch: string): string {
  if (/^[0-9０-９]$/.test(ch)) return '0';
  if (/^[A-Za-zＡ-Ｚａ-ｚ]$/.test(ch)) return 'a';
  if (/^[ \t\n\r\f\v\u3000\u00a0]$/.test(ch)) return ' ';
  return ch;
}

export function vocabIndex(vocab: NerVocab): Map<string, number> {
  return new Map(vocab.chars.map((ch, i) => [ch, i]));
}

function featurise(points: string[], offsets: number[], index: Map<string, number>, buckets: number): NerPiece {
  const normal = points.map(normaliseChar);
  return {
    chars: normal.map((ch) => index.get(ch) ?? 1),
    bigrams: normal.map((ch, i) => (fnv1a32(ch + (normal[i + 1] ?? '\u0000')) % buckets) + 1),
    offsets,
  };
}

/** Cuts a text into pieces of at most maxChars code points, after 。！？；or a line end where possible. */
export function pieces(text: string, vocab: NerVocab, index: Map<string, number>): NerPiece[] {
  const points = Array.from(text);
  const offsets: number[] = [];
  let at = 0;
  for (const point of points) {
    offsets.push(at);
    at += point.length;
  }
  offsets.push(at);
  const out: NerPiece[] = [];
  let start = 0;
  while (start < points.length) {
    let end = Math.min(points.length, start + vocab.maxChars);
    if (end < points.length) {
      for (let i = end - 1; i > start + vocab.maxChars / 2; i -= 1) {
        if ('。！？；\n'.includes(points[i] ?? '')) {
          end = i + 1;
          break;
        }
      }
    }
    out.push(featurise(points.slice(start, end), offsets.slice(start, end + 1), index, vocab.buckets));
    start = end;
  }
  return out;
}
