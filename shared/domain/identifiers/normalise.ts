/**
 * Half-width view of a text with the SAME length, so every offset found in the view is an offset
 * (UTF-16 code unit) in the original. Court texts mix full-width digits (１３８…), full-width
 * letters and several mask characters (×, ＊, x) for the same thing; matching one alphabet keeps
 * the patterns simple.
 */
const MASKS = new Set(['*', '＊', '×', '●', '○']);

function halfWidthChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30); // ０-９
  if (code >= 0xff21 && code <= 0xff3a) return String.fromCharCode(code - 0xff21 + 0x41); // Ａ-Ｚ
  if (code >= 0xff41 && code <= 0xff5a) return String.fromCharCode(code - 0xff41 + 0x41); // ａ-ｚ → A-Z
  if (code >= 0x61 && code <= 0x7a) return ch.toUpperCase();
  if (ch === '－' || ch === '—' || ch === '–') return '-';
  if (ch === '\u3000') return ' ';
  if (ch === '（') return '(';
  if (ch === '）') return ')';
  if (ch === '＋') return '+';
  if (MASKS.has(ch)) return '*';
  return ch;
}

/** Same length as `text`: digits/letters half-width and upper-case, every mask character as '*'. */
export function halfWidthView(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += halfWidthChar(text[i] ?? '');
  return out;
}
