// Family 3, 金额: 大写 and 小写 of one amount agree; a stated total equals the amounts it sums; a
// 民间借贷 interest rate the court supports stays within the cap of the rules the case falls under
// (four times the one-year LPR at contract formation, at filing for an older contract, or 24 %).
import type { ReviewFinding } from '../../../../shared/contract/channels/review';
import { lendingCapRule, type LendingCap } from '../../../../shared/domain/calculators';
import { lprOn } from '../../calculators';
import { capitalToFen, digitsToFen, fenToCapital } from '../amount-words';
import type { FoundDate } from '../dates';
import { findDates } from '../dates';
import { finding, sentenceAround } from '../finding';

const digitsAmount = String.raw`(?:人民币|￥|¥)?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(万)?元`;
const capitalAmount = '[零〇壹贰叁肆伍陆柒捌玖拾佰仟万亿两]+[元圆](?:[零壹贰叁肆伍陆柒捌玖]角)?(?:[零壹贰叁肆伍陆柒捌玖]分)?整?';

const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

function fenOf(m: RegExpMatchArray, at = 1): number {
  return digitsToFen(`${m[at]}${m[at + 1] ? `.${m[at + 1]}` : ''}`, m[at + 2] === '万');
}

/** 12000元（大写：壹万贰仟元） and 壹万贰仟元（12000元）. */
function wordsFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const digitsFirst = new RegExp(`${digitsAmount}\\s*[（(](?:大写|即)?[：:]?\\s*(?:人民币)?(${capitalAmount})[）)]`, 'g');
  for (const m of text.matchAll(digitsFirst)) {
    const written = capitalToFen(m[4]!);
    const value = fenOf(m);
    if (written === null || written === value) continue;
    const start = m.index + m[0].lastIndexOf(m[4]!);
    out.push(
      finding(
        text,
        'amount',
        'amount.words-mismatch',
        'error',
        start,
        start + m[4]!.length,
        `大写金额“${m[4]}”（${yuan(written)}元）与小写金额 ${yuan(value)} 元不一致`,
        fenToCapital(value),
      ),
    );
  }
  const wordsFirst = new RegExp(`(${capitalAmount})\\s*[（(](?:小写)?[：:]?\\s*${digitsAmount}[）)]`, 'g');
  for (const m of text.matchAll(wordsFirst)) {
    const written = capitalToFen(m[1]!);
    const value = fenOf(m, 2);
    if (written === null || written === value) continue;
    out.push(
      finding(
        text,
        'amount',
        'amount.words-mismatch',
        'error',
        m.index,
        m.index + m[1]!.length,
        `大写金额“${m[1]}”（${yuan(written)}元）与小写金额 ${yuan(value)} 元不一致`,
        fenToCapital(value),
      ),
    );
  }
  return out;
}

/** 本金10000元、利息2000元，共计13000元: the total against the amounts listed before it in the sentence. */
function totalFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const total = new RegExp(`(合计|共计|总计|总额为|以上共)[^，。；\\d]{0,8}?${digitsAmount}`, 'g');
  for (const m of text.matchAll(total)) {
    const sentence = sentenceAround(text, m.index);
    const before = text.slice(sentence.start, m.index);
    // Amounts in brackets repeat the one before them (大写/小写) and are not summed.
    const all = [...before.replace(/[（(][^）)]*[）)]/g, (s) => ' '.repeat(s.length)).matchAll(new RegExp(digitsAmount, 'g'))];
    // The list is the run of amounts right before the total, each a few characters from the next.
    const listed: RegExpMatchArray[] = [];
    let edge = before.length;
    for (let i = all.length - 1; i >= 0; i -= 1) {
      const item = all[i]!;
      const gap = before.slice(item.index! + item[0].length, edge);
      // Items are joined by 、，和及加+ within a few characters; the last sits just before 合计.
      if (gap.length > 12 || (listed.length > 0 && !/[、，,和及加+与]/.test(gap)) || /\d/.test(gap)) break;
      listed.unshift(item);
      edge = item.index!;
    }
    if (listed.length < 2) continue;
    // Only plain lists: amounts joined by 、，及和加+, not rates, products or per-unit figures.
    if (/[×*＊%‰]|每|单价|月工资|余额|结余|剩余|支出|差额|扣除|减去|[减扣退还]/.test(before.slice(listed[0]!.index!))) continue;
    // 两项合计: the total names how many amounts it sums.
    const named = /([两二三四五六七八九])[项笔次]/.exec(before.slice(-8) + m[0]);
    const count = named ? '两二三四五六七八九'.indexOf(named[1]!) + (named[1] === '两' ? 2 : 1) : listed.length;
    if (count > listed.length) continue;
    const values = listed.slice(listed.length - count).map((l) => fenOf(l));
    const stated = fenOf(m, 2);
    const sums = values.map((_, i) => values.slice(i).reduce((a, b) => a + b, 0));
    if (sums.includes(stated) || values.includes(stated)) continue;
    const amountStart = m.index + m[0].search(/\d/);
    const amountEnd = m.index + m[0].length;
    out.push(
      finding(
        text,
        'amount',
        'amount.total',
        'error',
        amountStart,
        amountEnd,
        `合计金额与所列各项之和不符：${values.map(yuan).join(' + ')} = ${yuan(sums[0]!)} 元，文书写作 ${yuan(stated)} 元`,
        `${yuan(sums[0]!).replace(/,/g, '')}元`,
      ),
    );
  }
  return out;
}

interface Rate {
  annual: number;
  start: number;
  end: number;
}

function ratesIn(text: string): Rate[] {
  const out: Rate[] = [];
  const patterns: [RegExp, (n: number) => number][] = [
    [/(?:年利率|年息|年化利率|年利息)(?:为|按|标准为)?\s*(\d+(?:\.\d+)?)\s*%/g, (n) => n],
    [/(?:月利率|月息|月利息)(?:为|按|标准为)?\s*(\d+(?:\.\d+)?)\s*%/g, (n) => n * 12],
    [/(?:月利率|月息)(?:为|按)?\s*(\d+(?:\.\d+)?)\s*分/g, (n) => n * 12],
    [/(?:月利率|月息)(?:为|按)?\s*(\d+(?:\.\d+)?)\s*‰/g, (n) => n * 1.2],
    [/(?:日利率|日息)(?:为|按)?\s*(\d+(?:\.\d+)?)\s*‰/g, (n) => n * 36.5],
    [/(?:日利率|日息)(?:为|按)?\s*(\d+(?:\.\d+)?)\s*%/g, (n) => n * 365],
  ];
  for (const [pattern, toAnnual] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + m[0].search(/\d/);
      out.push({ annual: toAnnual(Number(m[1])), start, end: m.index + m[0].length });
    }
  }
  return out;
}

function filingDate(text: string, judgment: FoundDate | null, reviewDate: string): string {
  const filed = findDates(text).find((d) => /^[^。]{0,20}?(立案|受理|向本院起诉|诉至本院|提起诉讼)/.test(text.slice(d.end, d.end + 24)));
  return filed?.iso ?? judgment?.iso ?? reviewDate;
}

// A loan made or its contract signed: 2021年3月1日，被告向原告借款…; 于2021年3月1日出具借条; 签订《借款合同》.
const lendingAfterDate = /^[^。；]{0,24}?(借款|借给|借到|出借|出具[^。；]{0,6}?借条|签订[^。；]{0,8}?借款合同|签订[^。；]{0,8}?借款协议)/;
// Between the date and the act: nothing saying the date is of a repayment or a demand.
const notLending = /还|催|欠|讨|索要|清偿|结算|起诉|立案|判决/;
const lendingBeforeDate = /(借款|出借|借条出具|借款合同签订)(日期|时间|日)?(为|是|系)?[：:]?$/;

/** The earliest date before filing on which the text says money was lent or the loan contract signed. */
function contractDate(text: string, filed: string): string | null {
  for (const d of findDates(text)) {
    if (d.iso >= filed) continue;
    const after = lendingAfterDate.exec(text.slice(d.end, d.end + 40));
    const before = lendingBeforeDate.test(text.slice(Math.max(0, d.start - 12), d.start));
    if ((after && !notLending.test(after[0].slice(0, -after[1]!.length))) || before) return d.iso;
  }
  return null;
}

function capBasis(cap: LendingCap, contract: string, filed: string): string {
  if (cap.regime === 'old2015')
    return `本案于${filed}立案，早于2020年8月20日，适用年利率24%的上限（2015年民间借贷规定第二十六条；2020年民间借贷规定第三十一条第一款）`;
  const l = cap.lpr!;
  const lpr = `一年期LPR为${l.rate.percent}%（${l.rate.from}公布${l.rate.stale ? '，利率表可能已过期' : ''}），四倍为${cap.percentText}`;
  if (cap.regime === 'lprAtFiling')
    return `合同成立于${contract}（2020年8月20日前），本案于${filed}立案，2020年8月20日起的利息适用起诉时的标准：起诉时${lpr}（民间借贷规定第三十一条第二款；此前的利息以年利率24%为限）`;
  return `合同成立时（${contract}）${lpr}（民间借贷规定第二十五条）`;
}

/** Rates the court supports (after 本院认为 or in the 判决主文) above the 民间借贷 cap. */
function interestCapFindings(text: string, judgment: FoundDate | null, reviewDate: string): ReviewFinding[] {
  // 民间借贷 by name, or a loan (借款) with interest agreed: the cap applies to both.
  if (!/民间借贷/.test(text) && !(/借款|借贷|出借/.test(text) && /利息|利率/.test(text))) return [];
  const reasoning = text.search(/本院认为|判决如下|裁定如下/);
  if (reasoning < 0) return [];
  const filed = filingDate(text, judgment, reviewDate);
  const found = contractDate(text, filed);
  // Without a contract date the filing date stands in: the cap can then only be the LPR one of a recent contract.
  const contract = found ?? filed;
  const cap = lendingCapRule(contract, filed, lprOn);
  const basis = found ? capBasis(cap, contract, filed) : `文书中未找到借款或合同成立日期，按立案日推定：${capBasis(cap, contract, filed)}`;
  const out: ReviewFinding[] = [];
  for (const rate of ratesIn(text)) {
    if (rate.start < reasoning) continue;
    const sentence = sentenceAround(text, rate.start);
    // The court already cuts it down: 超过部分不予支持, 过高, 调整为 ….
    if (/超过|超出|不予支持|过高|调整|上限|四倍|4倍|酌定|降低/.test(text.slice(sentence.start, sentence.end))) continue;
    if (rate.annual <= cap.percent + 1e-9) continue;
    out.push(
      finding(
        text,
        'amount',
        'amount.interest-cap',
        'error',
        rate.start,
        rate.end,
        `支持的利率折合年利率${Math.round(rate.annual * 100) / 100}%，超过民间借贷利率保护上限：${basis}`,
      ),
    );
  }
  return out;
}

const dayMs = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / dayMs);

/**
 * 以100000元为基数，按年利率6%，自2021年1月1日起计算至2021年12月31日，为6000元: the stated interest
 * against principal × rate × time. Courts count days over 360 or 365 and the last day in or out, or
 * whole months by a monthly rate; the finding comes only when no such reading gives the stated sum.
 */
function interestFindings(text: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const pattern = new RegExp(
    String.raw`以(?:本金|借款)?${digitsAmount}为(?:基数|本金)[^。；]{0,12}?(年|月)利率\s*(\d+(?:\.\d+)?)\s*%[^。；]{0,8}?自([^。；]{6,14}?日)(?:起)?(?:计算)?至([^。；]{6,14}?日)(?:止)?[^。；\d]{0,12}?(?:利息|为|共计|计)${digitsAmount}`,
    'g',
  );
  for (const m of text.matchAll(pattern)) {
    const principal = fenOf(m) / 100;
    const annual = (m[4] === '月' ? Number(m[5]) * 12 : Number(m[5])) / 100;
    const [from, to] = [findDates(m[6]!)[0], findDates(m[7]!)[0]];
    if (!from || !to || to.iso < from.iso) continue;
    const stated = fenOf(m, 8) / 100;
    const days = daysBetween(from.iso, to.iso);
    const [fy, fm, fd] = from.iso.split('-').map(Number) as [number, number, number];
    const [ty, tm, td] = to.iso.split('-').map(Number) as [number, number, number];
    const months = (ty - fy) * 12 + (tm - fm) + (td >= fd - 1 ? 0 : -1);
    const readings = [days, days + 1].flatMap((d) => [principal * annual * (d / 365), principal * annual * (d / 360)]);
    readings.push((principal * annual * months) / 12, (principal * annual * (months + 1)) / 12);
    const closest = readings.reduce((best, r) => (Math.abs(r - stated) < Math.abs(best - stated) ? r : best));
    if (Math.abs(closest - stated) <= Math.max(1, stated * 0.01)) continue;
    const start = m.index + m[0].lastIndexOf(m[8]!);
    const expected = Math.round(principal * annual * (days / 365) * 100) / 100;
    out.push(
      finding(
        text,
        'amount',
        'amount.interest',
        'warning',
        start,
        m.index + m[0].length,
        `利息计算有误：${yuan(principal * 100)} 元 × 年利率 ${Math.round(annual * 10000) / 100}% × ${days} 天 / 365 ≈ ${expected} 元（按月或按 360 天计算也不是 ${yuan(stated * 100)} 元），请核对`,
        `${expected}元`,
      ),
    );
  }
  return out;
}

/** `reviewDate` stands in for the filing date when the text names neither it nor a 落款. */
export function amountFindings(text: string, judgment: FoundDate | null, reviewDate: string): ReviewFinding[] {
  return [...wordsFindings(text), ...totalFindings(text), ...interestFindings(text), ...interestCapFindings(text, judgment, reviewDate)];
}
