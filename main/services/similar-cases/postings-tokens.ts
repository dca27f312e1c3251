// The facts' tokens as the bigram FTS index stores them (laws/fts-tokens.ts: NFKC, lower case,
// every Han run as overlapping bigrams plus its last character, Latin/digit runs whole), walked
// over character codes without building the token string: the postings build reads a million
// cases, and a string per bigram, or a regex per character, would dominate it.

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;
const OTHER = 0;
const HAN_CHAR = 1;
const WORD_CHAR = 2;

/** Character classes of the Basic Multilingual Plane, looked up once. */
const bmpClass = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c += 1) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    table[c] = HAN.test(ch) ? HAN_CHAR : WORD.test(ch) ? WORD_CHAR : OTHER;
  }
  return table;
})();

function astralClass(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return HAN.test(ch) ? HAN_CHAR : WORD.test(ch) ? WORD_CHAR : OTHER;
}

/**
 * Characters numbered densely in order of first sight (this process), so a pair of them is one
 * small integer: V8 hashes and stores those without allocating, where a pair of raw code points
 * (above 2^31) would be a heap number per lookup.
 */
const charIds = new Int32Array(0x110000).fill(-1);
const charsById: number[] = [];
function charId(codePoint: number): number {
  let id = charIds[codePoint] as number;
  if (id < 0) {
    id = charsById.length;
    charIds[codePoint] = id;
    charsById.push(codePoint);
  }
  return id;
}
const SMALL = 0x8000;
/** Two characters as one number: below 2^30 while both are among the first 32,768 seen, else above. */
const pairKey = (first: number, second: number): number => {
  const a = charId(first);
  const b = charId(second);
  return a < SMALL && b < SMALL ? a * SMALL + b : 2 ** 30 + a * 2 ** 21 + b;
};
export function pairText(key: number): string {
  const [a, b] =
    key < 2 ** 30 ? [Math.floor(key / SMALL), key % SMALL] : [Math.floor((key - 2 ** 30) / 2 ** 21), (key - 2 ** 30) % 2 ** 21];
  return String.fromCodePoint(charsById[a] as number, charsById[b] as number);
}

/**
 * Walks `text` as indexTokens splits it: each Han bigram and each two-character Latin/digit word
 * goes to `onPair` as a pairKey; returns the number of tokens FTS5 stores for it (a Han run of n
 * characters gives n: n − 1 bigrams and its last character; a Latin/digit run one).
 */
export function scanTokens(text: string, onPair?: (key: number) => void): number {
  const s = text.normalize('NFKC').toLowerCase();
  let count = 0;
  let previousHan = -1;
  let wordChars = 0;
  let wordFirst = 0;
  let wordKey = 0;
  for (let i = 0; i < s.length; i += 1) {
    let code = s.charCodeAt(i);
    let kind: number;
    const low = code >= 0xd800 && code <= 0xdbff ? s.charCodeAt(i + 1) : 0;
    if (low >= 0xdc00 && low <= 0xdfff) {
      code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      i += 1;
      kind = astralClass(code);
    } else {
      kind = bmpClass[code] as number;
    }
    if (kind === HAN_CHAR) {
      if (wordChars === 2) onPair?.(wordKey);
      wordChars = 0;
      if (previousHan >= 0) onPair?.(pairKey(previousHan, code));
      previousHan = code;
      count += 1;
    } else if (kind === WORD_CHAR) {
      previousHan = -1;
      if (wordChars === 0) count += 1;
      if (wordChars === 0) wordFirst = code;
      else if (wordChars === 1) wordKey = pairKey(wordFirst, code);
      wordChars += 1;
    } else {
      previousHan = -1;
      if (wordChars === 2) onPair?.(wordKey);
      wordChars = 0;
    }
  }
  if (wordChars === 2) onPair?.(wordKey);
  return count;
}

/** Tokens FTS5 stores for a text prepared by indexTokens, counted without building them. */
export function tokenCount(text: string): number {
  return scanTokens(text);
}

/** The two-character tokens of a text with their counts: what a long query's terms are matched against. */
export function factBigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  scanTokens(text, (key) => {
    const term = pairText(key);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  });
  return counts;
}
