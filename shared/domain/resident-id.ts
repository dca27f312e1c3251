/**
 * 公民身份号码 (GB 11643-1999): 17 digits + a check character (0-9 or X), the check computed with
 * ISO 7064 MOD 11-2. A party's ID number is typed by hand from a photocopy; the check catches most
 * single-digit slips before they reach a judgment.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

/** null when valid, else a Chinese sentence naming the problem. */
export function residentIdProblem(input: string): string | null {
  const id = input.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return '公民身份号码应为18位（前17位数字，最后一位为数字或X）';
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (month < 1 || month > 12 || day < 1 || day > 31) return `公民身份号码中的出生日期“${id.slice(6, 14)}”无效`;
  const expected = residentIdCheckChar(id.slice(0, 17));
  if (id[17] !== expected) return `公民身份号码校验位不正确（末位应为${expected}），请核对`;
  return null;
}
