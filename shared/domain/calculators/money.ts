/** Amounts in 元 as the user types them ↔ whole 分 (bigint), and 分 back to text. */

const YUAN = /^(\d{1,13})(?:\.(\d{1,2}))?$/;

/** Whether `text` is an amount in 元 with at most two decimals (no sign, no grouping). */
export function isYuanText(text: string): boolean {
  return YUAN.test(text.trim());
}

/** '100000' / '1234.5' → 分; throws RangeError on anything else (the contract validates first). */
export function yuanToFen(text: string): bigint {
  const match = YUAN.exec(text.trim());
  if (!match) throw new RangeError(`不是有效的金额：${text}`);
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 分 → '2,300.00'. */
export function formatFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${cents}`;
}

/** 分 → '2,300.00元'. */
export const yuan = (fen: bigint): string => `${formatFen(fen)}元`;

/** 分 → a JSON-safe number of 分 (amounts here stay far below 2^53 分). */
export const fenNumber = (fen: bigint): number => Number(fen);
