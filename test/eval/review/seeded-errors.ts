// Errors inserted at known places into real documents, one per copy, chosen with a seeded RNG so
// every run evaluates the same set. Each injector returns null when the document offers no place
// for its kind of error (no citation to corrupt, no party name to vary, …).
import type { ReviewFamily } from '../../../shared/contract/channels/review';
import { intToChinese } from '../../../shared/domain/chinese-numerals';
import { parseCitations } from '../../../shared/domain/citation';
import { residentIdCheckChar } from '../../../shared/domain/resident-id';
import { fenToCapital } from '../../../main/services/review/amount-words';
import { declaredParties } from '../../../main/services/review/parties';

export interface SeededError {
  family: ReviewFamily;
  kind: string;
  text: string;
  /** Where the error now is in `text`. */
  start: number;
  end: number;
  /** For a removed section: its name, which the finding must name. */
  section?: string;
  /** Review date to use for both the original and the copy (repealed-law kind). */
  date?: string;
}

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, items: readonly T[]): T | undefined => items[Math.floor(rng() * items.length)];
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

function replaceAt(
  text: string,
  start: number,
  end: number,
  by: string,
  family: ReviewFamily,
  kind: string,
  extra: Partial<SeededError> = {},
): SeededError {
  return { family, kind, text: text.slice(0, start) + by + text.slice(end), start, end: start + by.length, ...extra };
}

/** A sentence boundary in the first half of the facts, where an inserted sentence reads naturally. */
function insertionPoint(text: string, rng: Rng): number | null {
  const stops = [...text.matchAll(/。/g)].map((m) => m.index + 1).filter((i) => i > 80 && i < text.length - 40);
  return pick(rng, stops) ?? null;
}

function insert(
  text: string,
  at: number,
  sentence: string,
  inner: string,
  family: ReviewFamily,
  kind: string,
  extra: Partial<SeededError> = {},
): SeededError {
  const start = at + sentence.indexOf(inner);
  return { family, kind, text: text.slice(0, at) + sentence + text.slice(at), start, end: start + inner.length, ...extra };
}

// ---- 1 citations
function citation(text: string, rng: Rng, complete: boolean): SeededError | null {
  const cited = parseCitations(text).citations.filter((c) => !c.relative && c.canonicalTitle !== null && c.articles.length > 0);
  const kinds = ['out-of-range', 'repealed', 'quote'] as const;
  const kind = pick(rng, kinds)!;
  if (kind === 'out-of-range' && cited.length > 0) {
    const c = pick(rng, cited)!;
    const a = pick(rng, c.articles)!;
    const written = text.slice(a.start, a.end);
    const label = /第[零〇一二三四五六七八九十百千\d]+条/.exec(written);
    if (!label) return null;
    const start = a.start + label.index;
    return replaceAt(text, start, start + label[0].length, `第${intToChinese(int(rng, 1300, 1900))}条`, 'citation', kind);
  }
  const at = complete ? text.indexOf('判决如下') : insertionPoint(text, rng);
  if (at === null || at < 0) return null;
  if (kind === 'repealed') {
    const [law, article] = pick(rng, [
      ['中华人民共和国合同法', '第一百零七条'],
      ['中华人民共和国侵权责任法', '第六条'],
      ['中华人民共和国民法通则', '第一百零六条'],
      ['中华人民共和国担保法', '第十八条'],
    ] as const)!;
    const inner = `《${law}》${article}`;
    return insert(text, at, `另依照${inner}的规定，`, inner, 'citation', kind, { date: '2022-03-01' });
  }
  // A quotation of 刑法第六十七条第三款 with one phrase changed (可以 → 应当, or a clause dropped).
  const exact = '犯罪嫌疑人虽不具有前两款规定的自首情节，但是如实供述自己罪行的，可以从轻处罚';
  const wrong = rng() < 0.5 ? exact.replace('可以从轻', '应当从轻') : exact.replace('虽不具有前两款规定的自首情节，但是', '');
  const sentence = `《中华人民共和国刑法》第六十七条第三款规定：“${wrong}。”`;
  return insert(text, at, sentence, `${wrong}。`, 'citation', kind);
}

// ---- 2 consistency
function consistency(text: string, rng: Rng): SeededError | null {
  const kind = pick(rng, ['party-name', 'case-number', 'id-checksum'] as const)!;
  const parties = declaredParties(text).filter((p) => !/某|×|\*|＊|x|X/.test(p.name) && p.name.length >= 2 && p.name.length <= 4);
  if (kind === 'party-name' && parties.length > 0) {
    const party = pick(rng, parties)!;
    const later = [...text.matchAll(new RegExp(`(被告人|被告|原告|上诉人)${party.name}`, 'g'))].filter((m) => m.index > party.end);
    const m = pick(rng, later);
    if (!m) return null;
    const start = m.index + m[1]!.length + int(rng, 1, party.name.length - 1);
    const other = pick(
      rng,
      [...'明华国建新春秋志文军平安林峰海云'].filter((c) => c !== text[start]),
    )!;
    return replaceAt(text, start, start + 1, other, 'consistency', kind);
  }
  if (kind === 'case-number') {
    const m = /[（(]\d{4}[）)][^号]{2,16}号/.exec(text.slice(0, 300));
    if (!m) return null;
    const broken = rng() < 0.5 ? m[0].replace(/(刑|民)(初|终)/, '$1$2字第') : m[0].replace(/号$/, '');
    if (broken === m[0]) return null;
    return replaceAt(text, m.index, m.index + m[0].length, broken, 'consistency', kind);
  }
  const party = pick(rng, declaredParties(text));
  if (!party) return null;
  const first17 = `${int(rng, 110101, 659001)}${int(rng, 1960, 2000)}${String(int(rng, 1, 12)).padStart(2, '0')}${String(int(rng, 1, 28)).padStart(2, '0')}${int(rng, 100, 999)}`;
  const good = residentIdCheckChar(first17);
  const bad = good === '0' ? '1' : '0';
  const id = `${first17}${bad}`;
  return insert(text, party.end, `，公民身份号码${id}`, id, 'consistency', kind);
}

// ---- 3 amounts
function amount(text: string, rng: Rng, civilLoan: boolean): SeededError | null {
  const at = insertionPoint(text, rng);
  if (at === null) return null;
  const kind = civilLoan && rng() < 0.4 ? 'interest-cap' : pick(rng, ['words', 'total', 'interest'] as const)!;
  if (kind === 'words') {
    const yuan = int(rng, 2, 900) * 100;
    const wrong = yuan + pick(rng, [100, 1000, -100, 10000, 900])!;
    const words = fenToCapital(Math.abs(wrong) * 100);
    return insert(text, at, `被告应返还款项人民币${yuan}元（大写：人民币${words}）。`, words, 'amount', kind);
  }
  if (kind === 'total') {
    const a = int(rng, 10, 500) * 100;
    const b = int(rng, 1, 90) * 100;
    const c = int(rng, 1, 30) * 100;
    const total = a + b + c + pick(rng, [100, 1000, -100, 500])!;
    return insert(text, at, `其中本金${a}元、利息${b}元、违约金${c}元，合计${total}元。`, `${total}元`, 'amount', kind);
  }
  if (kind === 'interest') {
    const principal = int(rng, 10, 500) * 1000;
    const rate = pick(rng, [4, 6, 8, 12])!;
    const year = int(rng, 2015, 2022);
    const right = (principal * rate) / 100;
    const wrong = Math.round(right * pick(rng, [1.5, 2, 0.5, 1.2])!);
    return insert(
      text,
      at,
      `利息以${principal}元为基数，按年利率${rate}%，自${year}年1月1日起计算至${year}年12月31日止，为${wrong}元。`,
      `${wrong}元`,
      'amount',
      kind,
    );
  }
  const rate = int(rng, 25, 36);
  return insert(text, text.length, `本院认为，原告主张被告按年利率${rate}%支付借款利息，本院予以支持。`, `${rate}%`, 'amount', kind);
}

// ---- 4 structure
const sectionMarks: [string, RegExp][] = [
  ['本院认为', /本院认为[，：,]?/],
  ['判决主文', /判决如下[：:]?/],
  ['上诉权告知', /如不服本判决[^。]*。(书面上诉的[^。]*。)?/],
];

function structure(text: string, rng: Rng): SeededError | null {
  if (rng() < 0.5) {
    const m = [...text.matchAll(/(判决书|判决)[^。；]{0,16}?(?:之日|次日|第二日|翌日)起([一二三四五六七八九十]{1,3})日内/g)].find((x) =>
      /上诉/.test(text.slice(x.index - 30, x.index + x[0].length + 40)),
    );
    if (!m) return null;
    const start = m.index + m[0].length - m[2]!.length - 2;
    const wrong = pick(rng, ['十五', '五', '十二', '三十'])!;
    return replaceAt(text, start, start + m[2]!.length, wrong, 'structure', 'appeal-period');
  }
  const [name, mark] = pick(rng, sectionMarks)!;
  const all = [...text.matchAll(new RegExp(mark.source, 'g'))];
  if (all.length === 0) return null;
  let out = text;
  for (const m of all.reverse()) out = out.slice(0, m.index) + out.slice(m.index + m[0].length);
  return { family: 'structure', kind: 'missing-section', text: out, start: 0, end: 0, section: name };
}

// ---- 5 wording
const wordingSlips: [RegExp, (m: string) => string][] = [
  [/上述(?=事实)/g, () => '上诉'],
  [/账(?=户|号)/g, () => '帐'],
  [/其他/g, () => '其它'],
  [/(?<=诉讼|合法)权利/g, () => '权力'],
  [/截至(?=\d{4}年)/g, () => '截止'],
  [/(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])/g, () => ','],
  [/(?<=[\u4e00-\u9fff])的(?=[\u4e00-\u9fff])/g, () => '的的'],
  [/被告人(?=[\u4e00-\u9fff])/g, () => '被告人被告人'],
];

function wording(text: string, rng: Rng): SeededError | null {
  const order = [...wordingSlips].sort(() => rng() - 0.5);
  for (const [pattern, slip] of order) {
    const m = pick(rng, [...text.matchAll(pattern)]);
    if (m) return replaceAt(text, m.index, m.index + m[0].length, slip(m[0]), 'wording', pattern.source.slice(0, 12));
  }
  return null;
}

// ---- 6 privacy
function privacy(text: string, rng: Rng): SeededError | null {
  const party = pick(rng, declaredParties(text));
  const at = party ? party.end : insertionPoint(text, rng);
  if (at === null) return null;
  const kind = pick(rng, ['id', 'phone', 'bank', 'address'] as const)!;
  if (kind === 'id') {
    const first17 = `${int(rng, 110101, 659001)}${int(rng, 1960, 2000)}${String(int(rng, 1, 12)).padStart(2, '0')}${String(int(rng, 1, 28)).padStart(2, '0')}${int(rng, 100, 999)}`;
    const id = `${first17}${residentIdCheckChar(first17)}`;
    return insert(text, at, `，公民身份号码${id}，`, id, 'privacy', kind);
  }
  if (kind === 'phone') {
    const phone = `1${pick(rng, ['38', '39', '52', '86', '59'])}${String(int(rng, 0, 99_999_999)).padStart(8, '0')}`;
    return insert(text, at, `，联系电话${phone}，`, phone, 'privacy', kind);
  }
  if (kind === 'bank') {
    const account = `6222${String(int(rng, 0, 99_999_999)).padStart(8, '0')}${String(int(rng, 0, 9_999_999)).padStart(7, '0')}`;
    return insert(text, at, `，银行账号${account}，`, account, 'privacy', kind);
  }
  const tail = `${pick(rng, ['城关镇', '新华街道', '东风乡'])}${pick(rng, ['人民路', '建设路', '胜利村'])}${int(rng, 1, 300)}号`;
  return insert(
    text,
    at,
    `，住${pick(rng, ['河南省', '湖北省', '浙江省'])}${pick(rng, ['新县', '江夏区', '临安区'])}${tail}，`,
    tail,
    'privacy',
    kind,
  );
}

export function seedError(
  family: ReviewFamily,
  text: string,
  rng: Rng,
  doc: { complete: boolean; civilLoan: boolean },
): SeededError | null {
  switch (family) {
    case 'citation':
      return citation(text, rng, doc.complete);
    case 'consistency':
      return consistency(text, rng);
    case 'amount':
      return amount(text, rng, doc.civilLoan);
    case 'structure':
      return doc.complete ? structure(text, rng) : null;
    case 'wording':
      return wording(text, rng);
    case 'privacy':
      return privacy(text, rng);
  }
}
