/**
 * Exact arithmetic for the calculators: money is whole 分 (bigint) and rates are fractions of
 * bigints, so no amount ever passes through a binary float. The one rounding rule, stated to the
 * user with every result: each step is rounded half up to the 分, and a total is the sum of the
 * rounded steps (so the step table adds up to the total a judge copies into a judgment).
 */

/** A non-negative rate as a fraction of 1 (24 % = 24/100). */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export const ratio = (n: bigint, d: bigint = 1n): Ratio => {
  if (d <= 0n) throw new RangeError('分母必须为正');
  const g = gcd(n < 0n ? -n : n, d);
  return { n: n / g, d: d / g };
};

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export const mulRatio = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
export const compareRatio = (a: Ratio, b: Ratio): number => {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
};
export const minRatio = (a: Ratio, b: Ratio): Ratio => (compareRatio(a, b) <= 0 ? a : b);
export const subRatio = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const isZeroRatio = (a: Ratio): boolean => a.n === 0n;

/** n / d rounded half up (n, d ≥ 0). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

/** `fen` × `rate`, rounded half up to the 分. */
export function applyRate(fen: bigint, rate: Ratio): bigint {
  return divRoundHalfUp(fen * rate.n, rate.d);
}

/** A decimal string ('3.45', '24', '0.5') as a ratio of percent → fraction (3.45 → 345/10000). */
export function percentRatio(percent: string): Ratio {
  const match = /^(\d{1,9})(?:\.(\d{1,8}))?$/.exec(percent.trim());
  if (!match) throw new RangeError(`不是有效的百分比：${percent}`);
  const decimals = match[2] ?? '';
  return ratio(BigInt(match[1]! + decimals), 100n * 10n ** BigInt(decimals.length));
}

/** A ratio as a percent for display: 138/1000 → '13.8%'; at most `places` decimals, trailing zeros dropped. */
export function formatPercent(rate: Ratio, places = 4): string {
  const scale = 10n ** BigInt(places);
  const scaled = divRoundHalfUp(rate.n * 100n * scale, rate.d);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}
