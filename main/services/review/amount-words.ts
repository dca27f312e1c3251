// 大写金额 (壹万贰仟叁佰元整) ↔ value in 分 (fen), so 大写 and 小写 can be compared exactly.
const capitalDigit: Record<string, number> = { 零: 0, 〇: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9, 两: 2 };
const smallUnit: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** 壹万贰仟叁佰肆拾伍 → 12345; null when not a well-formed 大写 integer. */
function capitalInteger(text: string): number | null {
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (capitalDigit[ch] !== undefined) {
      digit = capitalDigit[ch]!;
    } else if (smallUnit[ch] !== undefined) {
      section += (digit ?? (ch === '拾' ? 1 : 0)) * smallUnit[ch]!;
      digit = null;
    } else if (ch === '万' || ch === '亿') {
      const unit = ch === '万' ? 10_000 : 100_000_000;
      section += digit ?? 0;
      total = ch === '亿' ? (total + section) * unit : total + section * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** 壹万贰仟元整 / 伍佰元伍角 → value in 分; null when unreadable. */
export function capitalToFen(text: string): number | null {
  const m = /^([零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿两]*)[元圆](?:([零壹贰叁肆伍陆柒捌玖])角)?(?:([零壹贰叁肆伍陆柒捌玖])分)?整?$/.exec(text);
  if (!m) return null;
  const yuan = m[1] === '' ? 0 : capitalInteger(m[1]!);
  if (yuan === null) return null;
  return yuan * 100 + (m[2] ? capitalDigit[m[2]]! * 10 : 0) + (m[3] ? capitalDigit[m[3]]! : 0);
}

const capitalNames = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

function section4(n: number): string {
  const units = ['仟', '佰', '拾', ''];
  const digits = String(n).padStart(4, '0');
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i += 1) {
    const d = Number(digits[i]);
    if (d === 0) {
      zero = out !== '';
    } else {
      if (zero) out += '零';
      out += capitalNames[d]! + units[i]!;
      zero = false;
    }
  }
  return out;
}

/** 1234500 分 → 壹万贰仟叁佰肆拾伍元整: the written form a fix suggests. */
export function fenToCapital(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  const parts: string[] = [];
  let rest = yuan;
  const sections: number[] = [];
  while (rest > 0) {
    sections.unshift(rest % 10_000);
    rest = Math.floor(rest / 10_000);
  }
  const bigUnits = ['', '万', '亿'];
  sections.forEach((s, i) => {
    const unit = bigUnits[sections.length - 1 - i]!;
    if (s === 0) {
      if (parts.length > 0 && parts[parts.length - 1] !== '零') parts.push('零');
      return;
    }
    if (parts.length > 0 && s < 1000 && parts[parts.length - 1] !== '零') parts.push('零');
    parts.push(section4(s) + unit);
  });
  let words = parts.join('').replace(/零+$/, '');
  if (words === '') words = '零';
  words += '元';
  if (jiao === 0 && cents === 0) return `${words}整`;
  if (jiao > 0) words += `${capitalNames[jiao]}角`;
  else words += '零';
  if (cents > 0) words += `${capitalNames[cents]}分`;
  return words;
}

/** 12,000.50 / 1.5万 → 分. */
export function digitsToFen(number: string, wan: boolean): number {
  const value = Number(number.replace(/[,，]/g, ''));
  return Math.round(value * (wan ? 10_000 : 1) * 100);
}
