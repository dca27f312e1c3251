// Interest rates as people write them in IOUs and complaints: 月息2分 (2 % a month), 月息一分五厘
// (1.5 % a month), 年息1分 (10 % a year), 年利率24%, 月利率1.5%, 日息万分之五 (0.05 % a day).
// 分 and 厘 mean different things by period: a month's 分 is 1 %, a year's 分 is 10 %.
import type { RateInput } from './lending-interest';

const DIGIT: Readonly<Record<string, string>> = {
  一: '1',
  二: '2',
  两: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  零: '0',
  〇: '0',
};
const NUMBER = '(\\d+(?:\\.\\d+)?|[一二两三四五六七八九])';

const toNumber = (text: string): string => DIGIT[text] ?? text;

/** Decimal addition on short strings, exact (1 + 0.5 → '1.5'). */
function addDecimal(a: string, b: string): string {
  const places = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
  const scale = (x: string) => BigInt(x.replace('.', '') + '0'.repeat(places - (x.split('.')[1] ?? '').length));
  const sum = (scale(a) + scale(b)).toString().padStart(places + 1, '0');
  const whole = sum.slice(0, sum.length - places);
  const fraction = sum.slice(sum.length - places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function timesDecimal(value: string, factor: '1' | '10' | '0.1' | '0.01'): string {
  const shift = { '1': 0, '10': 1, '0.1': -1, '0.01': -2 }[factor];
  const [whole, fraction = ''] = value.split('.');
  let digits = whole! + fraction;
  let point = whole!.length + shift;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits = digits.padEnd(point, '0');
  const head = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const tail = digits.slice(point).replace(/0+$/, '');
  return tail ? `${head}.${tail}` : head;
}

/** A written rate as a basis and a percent; null when it is not one of the forms above. */
export function parseRateText(text: string): RateInput | null {
  const t = text.replace(/\s+/g, '').replace(/％/g, '%');
  const period = /^(?:约定)?(月息|月利率|月利|年息|年利率|年利|日息|日利率)/.exec(t);
  if (!period) return null;
  const basis = period[1]!.startsWith('月') ? 'month' : period[1]!.startsWith('年') ? 'year' : 'day';
  const rest = t.slice(period[0].length).replace(/^为/, '');
  const percent = new RegExp(`^${NUMBER}%$`).exec(rest);
  if (percent) return { basis, percent: toNumber(percent[1]!) };
  const perTenThousand = new RegExp(`^万分之${NUMBER}$`).exec(rest);
  if (perTenThousand) return { basis, percent: timesDecimal(toNumber(perTenThousand[1]!), '0.01') };
  const perThousand = new RegExp(`^千分之${NUMBER}$`).exec(rest);
  if (perThousand) return { basis, percent: timesDecimal(toNumber(perThousand[1]!), '0.1') };
  if (basis === 'day') return null;
  const fenLi = new RegExp(`^(?:${NUMBER}分)?(?:${NUMBER}厘)?$`).exec(rest);
  if (!fenLi || (!fenLi[1] && !fenLi[2])) return null;
  // 月: 1分 = 1 %, 1厘 = 0.1 %; 年: 1分 = 10 %, 1厘 = 1 %.
  const fen = fenLi[1] ? timesDecimal(toNumber(fenLi[1]), basis === 'month' ? '1' : '10') : '0';
  const li = fenLi[2] ? timesDecimal(toNumber(fenLi[2]), basis === 'month' ? '0.1' : '1') : '0';
  return { basis, percent: addDecimal(fen, li) };
}
