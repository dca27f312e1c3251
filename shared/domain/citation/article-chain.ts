/**
 * Reads the article part of a citation — 第六十七条第一款及第三款、第七十二条第一、三款，
 * 第一百三十三条至第一百三十五条 — into cited articles. Knows nothing about law titles: the caller
 * decides which law the chain belongs to.
 */
import { chineseToInt } from '../chinese-numerals';
import type { CitationProblem } from './citation-types';
import { articleLabel } from './format-citation';

/** Characters a written article number can be made of (Chinese, financial, Arabic, full-width). */
const NUMERAL_CHAR = /[0-9０-９零〇一二两兩三四五六七八九十百千万萬壹贰貳叁參肆伍陆陸柒捌玖拾佰仟]/;
const OPEN_BRACKET = new Set(['（', '(']);
const CLOSE_BRACKET = new Set(['）', ')']);
const SPACE = /[ \t\u3000]/;

/** Expanding 第一条至第一千二百六十条 into 1,260 entries helps nobody; longer ranges are cut. */
export const RANGE_EXPANSION_CAP = 50;

export type Unit = '条' | '款' | '项';
const UNIT_RANK: Readonly<Record<Unit, number>> = { 条: 0, 款: 1, 项: 2 };

/** A number as written, kept so review can rewrite 第679条 as 第六百七十九条 in place. */
export interface NumeralToken {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
}

/** One level of a reference: 第十、十二条 / 第一款 / 第（三）项, with 之一 for articles. */
interface Level {
  readonly unit: Unit;
  readonly values: readonly number[];
  readonly suffix: number | null;
  readonly start: number;
  readonly end: number;
}

/** 第X条[第Y款][第Z项], or a 款/项 continuing the previous article (…第一款及第三款). */
interface Ref {
  readonly levels: readonly Level[];
  readonly start: number;
  readonly end: number;
}

export interface ArticleEntry {
  readonly article: number;
  readonly suffix: number | null;
  readonly label: string;
  readonly paragraph: number | null;
  readonly item: number | null;
  readonly start: number;
  readonly end: number;
}

/** Where the chain stands, so 第三款 after 第七十二条第一款 means 72(3). */
export interface ChainContext {
  article: { readonly article: number; readonly suffix: number | null } | null;
  paragraph: number | null;
}

export interface ChainResult {
  readonly entries: readonly ArticleEntry[];
  /** A leading 款/项 with no article before it (本条第二款, 前款第一项 are built from these). */
  readonly orphanLevels: { readonly paragraph: number | null; readonly item: number | null } | null;
  readonly numerals: readonly NumeralToken[];
  readonly problems: readonly CitationProblem[];
  readonly truncated: boolean;
  /** Index just past the last reference read; equals `pos` when nothing was read. */
  readonly end: number;
}

type LevelRead =
  | { readonly kind: 'level'; readonly level: Level; readonly numerals: readonly NumeralToken[] }
  | { readonly kind: 'problem'; readonly problem: CitationProblem; readonly end: number }
  /** 第 + number but no 条/款/项 after it: 第三人, 第一次 — or a citation missing its 条. */
  | { readonly kind: 'no-unit'; readonly start: number; readonly end: number }
  | { readonly kind: 'none' };

function skipSpaces(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && SPACE.test(text.charAt(i))) i += 1;
  return i;
}

/** A number, optionally in brackets (第（三）项). Returns the raw token even when unreadable. */
function readNumber(text: string, pos: number): { start: number; end: number; raw: string; after: number } | null {
  let i = pos;
  const bracketed = OPEN_BRACKET.has(text.charAt(i));
  if (bracketed) i += 1;
  const start = i;
  while (i < text.length && NUMERAL_CHAR.test(text.charAt(i))) i += 1;
  if (i === start) return null;
  const end = i;
  if (bracketed) {
    if (!CLOSE_BRACKET.has(text.charAt(i))) return null;
    i += 1;
  }
  return { start, end, raw: text.slice(start, end), after: i };
}

/** 第十条 / 第十、十二条 / 第一百二十条之一 / 第（三）项; `requireDi` false allows 四十二条 after a title. */
function readLevel(text: string, pos: number, requireDi: boolean): LevelRead {
  let i = pos;
  const hasDi = text.charAt(i) === '第';
  // 第三条第一款（一）项: a bracketed item is recognisable without its 第.
  const bracketedItem = !hasDi && OPEN_BRACKET.has(text.charAt(i)) && /^[（(][^）)]{1,4}[）)]项/.test(text.slice(i, i + 8));
  if (hasDi) i = skipSpaces(text, i + 1);
  else if (requireDi && !bracketedItem) return { kind: 'none' };

  const numbers: Array<{ start: number; end: number; raw: string }> = [];
  for (;;) {
    const num = readNumber(text, i);
    if (num === null) break;
    numbers.push(num);
    i = skipSpaces(text, num.after);
    // 第一、三款: a list of bare numbers shares the unit written after the last one.
    if (text.charAt(i) === '、' && readNumber(text, skipSpaces(text, i + 1)) !== null) {
      i = skipSpaces(text, i + 1);
      continue;
    }
    break;
  }

  const unitChar = text.charAt(i);
  const isUnit = unitChar === '条' || unitChar === '款' || unitChar === '项';
  if (numbers.length === 0) {
    if (hasDi && isUnit) {
      return { kind: 'problem', problem: { start: pos, end: i + 1, message: `“${text.slice(pos, i + 1)}”缺少序号` }, end: i + 1 };
    }
    return { kind: 'none' };
  }
  if (!isUnit) return hasDi ? { kind: 'no-unit', start: pos, end: i } : { kind: 'none' };
  const unit: Unit = unitChar;

  const numerals: NumeralToken[] = [];
  for (const num of numbers) {
    const value = chineseToInt(num.raw);
    if (value === null || value === 0) {
      return {
        kind: 'problem',
        problem: { start: num.start, end: num.end, message: `无法识别的序号“${num.raw}”（${text.slice(pos, i + 1)}）` },
        end: i + 1,
      };
    }
    numerals.push({ start: num.start, end: num.end, text: num.raw, value });
  }
  i += 1;

  let suffix: number | null = null;
  if (unit === '条' && text.charAt(i) === '之') {
    const num = readNumber(text, i + 1);
    const value = num === null ? null : chineseToInt(num.raw);
    if (num !== null && value !== null && value > 0) {
      suffix = value;
      numerals.push({ start: num.start, end: num.end, text: num.raw, value });
      i = num.after;
    }
  }
  const values = numerals.slice(0, numbers.length).map((n) => n.value);
  return { kind: 'level', level: { unit, values, suffix, start: pos, end: i }, numerals };
}

type RefRead =
  { readonly kind: 'ref'; readonly ref: Ref; readonly numerals: readonly NumeralToken[] } | Exclude<LevelRead, { kind: 'level' }>;

/** Levels must descend (条 → 款 → 项); the first may lack 第 only when the caller allows it. */
function readRef(text: string, pos: number, requireDi: boolean): RefRead {
  const first = readLevel(text, pos, requireDi);
  if (first.kind !== 'level') return first;
  const levels: Level[] = [first.level];
  const numerals: NumeralToken[] = [...first.numerals];
  let end = first.level.end;
  for (;;) {
    const next = readLevel(text, skipSpaces(text, end), true);
    if (next.kind === 'problem') return next;
    if (next.kind !== 'level') break;
    const last = levels[levels.length - 1];
    if (last === undefined || UNIT_RANK[next.level.unit] <= UNIT_RANK[last.unit]) break;
    levels.push(next.level);
    numerals.push(...next.numerals);
    end = next.level.end;
  }
  return { kind: 'ref', ref: { levels, start: pos, end }, numerals };
}

const LIST_SEPARATORS = ['以及', '或者', '、', '，', ',', '；', ';', '和', '及', '与', '或', '并'];
const RANGE_SEPARATORS = ['至', '到', '～', '~', '—', '－', '-'];

function readSeparator(text: string, pos: number): { end: number; range: boolean } | null {
  const i = skipSpaces(text, pos);
  for (const sep of RANGE_SEPARATORS) if (text.startsWith(sep, i)) return { end: i + sep.length, range: true };
  for (const sep of LIST_SEPARATORS) if (text.startsWith(sep, i)) return { end: i + sep.length, range: false };
  return null;
}

/**
 * 第一百四十四之规定 lacks its 条; 第三编, 第三人, 第一次 are not citations at all. Only the former
 * is worth a problem, recognised by what follows the number.
 */
function looksLikeMissingUnit(text: string, afterNumber: number): boolean {
  return /^(?:之规定|的规定|规定|[，。；、,;]|$)/.test(text.slice(afterNumber, afterNumber + 3));
}

/** What is wrong with a 第X that has no unit, when the context says it must be a citation. */
function missingUnitProblem(text: string, read: { start: number; end: number }): CitationProblem {
  return { start: read.start, end: read.end, message: `“${text.slice(read.start, read.end)}”后缺少“条”“款”或“项”` };
}

/**
 * Reads a chain of references starting at `pos`. `afterTitle`: the chain follows a law title, so
 * the first 第 may be missing (…解释》四十二条) and a number without a unit is reported.
 */
export function readArticleChain(text: string, pos: number, context: ChainContext, afterTitle: boolean): ChainResult {
  const entries: ArticleEntry[] = [];
  const numerals: NumeralToken[] = [];
  const problems: CitationProblem[] = [];
  let orphanLevels: ChainResult['orphanLevels'] = null;
  let truncated = false;
  let end: number;

  const first = readRef(text, skipSpaces(text, pos), !afterTitle);
  if (first.kind !== 'ref') {
    if (first.kind === 'problem') problems.push(first.problem);
    if (first.kind === 'no-unit' && afterTitle && looksLikeMissingUnit(text, first.end)) {
      problems.push(missingUnitProblem(text, first));
    }
    const stop = first.kind === 'problem' ? first.end : pos;
    return { entries, orphanLevels, numerals, problems, truncated, end: stop };
  }

  let ref: Ref = first.ref;
  let rangeFrom: ArticleEntry | null = null;
  numerals.push(...first.numerals);
  for (;;) {
    if (rangeFrom !== null) {
      const expanded = expandRange(rangeFrom, ref, context);
      if (expanded.kind === 'problem') problems.push(expanded.problem);
      else {
        entries.push(...expanded.entries);
        truncated ||= expanded.truncated;
        if (expanded.truncated) {
          problems.push({
            start: ref.start,
            end: ref.end,
            message: `条文范围超过${RANGE_EXPANSION_CAP}条，仅展开前${RANGE_EXPANSION_CAP}条`,
          });
        }
      }
    } else {
      const built = entriesOf(ref, context);
      entries.push(...built);
      if (built.length === 0 && entries.length === 0 && orphanLevels === null) {
        orphanLevels = orphanOf(ref);
      }
    }
    end = ref.end;

    // 第七十三条第一款第三款: judgments sometimes list without any separator.
    const sep = readSeparator(text, end) ?? { end, range: false };
    const next = readRef(text, skipSpaces(text, sep.end), !sep.range);
    if (next.kind === 'problem') {
      problems.push(next.problem);
      end = next.end;
      break;
    }
    if (next.kind === 'no-unit') {
      // 第一百四十四之规定: inside a chain a 第X followed by 之/的规定 is a citation missing 条.
      if (looksLikeMissingUnit(text, next.end)) problems.push(missingUnitProblem(text, next));
      break;
    }
    if (next.kind !== 'ref') break;
    const last = entries[entries.length - 1];
    rangeFrom = sep.range && last !== undefined ? last : null;
    ref = next.ref;
    numerals.push(...next.numerals);
  }
  return { entries, orphanLevels, numerals, problems, truncated, end };
}

function entry(
  article: { readonly article: number; readonly suffix: number | null },
  paragraph: number | null,
  item: number | null,
  span: { readonly start: number; readonly end: number },
): ArticleEntry {
  return {
    article: article.article,
    suffix: article.suffix,
    label: articleLabel(article.article, article.suffix),
    paragraph,
    item,
    start: span.start,
    end: span.end,
  };
}

function levelOf(ref: Ref, unit: Unit): Level | undefined {
  return ref.levels.find((level) => level.unit === unit);
}

/**
 * Entries for one reference. A list applies to its own level; deeper levels attach to the last
 * member only (第十、十二条第一款 = 第十条 and 第十二条第一款), which is how such lists read.
 * Updates `context` so a following 款 or 项 knows its article.
 */
function entriesOf(ref: Ref, context: ChainContext): ArticleEntry[] {
  const articleLevel = levelOf(ref, '条');
  const paragraphLevel = levelOf(ref, '款');
  const itemLevel = levelOf(ref, '项');
  const out: ArticleEntry[] = [];

  if (articleLevel !== undefined) {
    const values = articleLevel.values;
    values.forEach((value, index) => {
      const isLast = index === values.length - 1;
      context.article = { article: value, suffix: isLast ? articleLevel.suffix : null };
      context.paragraph = null;
      if (!isLast) out.push(entry(context.article, null, null, ref));
    });
  } else if (context.article === null) {
    return out;
  }
  const article = context.article;
  if (article === null) return out;

  if (paragraphLevel === undefined && itemLevel === undefined) {
    out.push(entry(article, null, null, ref));
    return out;
  }
  const paragraphs: ReadonlyArray<number | null> = paragraphLevel?.values ?? [articleLevel === undefined ? context.paragraph : null];
  paragraphs.forEach((paragraph, index) => {
    const isLast = index === paragraphs.length - 1;
    context.paragraph = paragraph;
    if (!isLast || itemLevel === undefined) {
      out.push(entry(article, paragraph, null, ref));
      return;
    }
    for (const item of itemLevel.values) out.push(entry(article, paragraph, item, ref));
  });
  return out;
}

function orphanOf(ref: Ref): ChainResult['orphanLevels'] {
  if (levelOf(ref, '条') !== undefined) return null;
  return { paragraph: levelOf(ref, '款')?.values[0] ?? null, item: levelOf(ref, '项')?.values[0] ?? null };
}

type RangeResult =
  | { readonly kind: 'entries'; readonly entries: readonly ArticleEntry[]; readonly truncated: boolean }
  | { readonly kind: 'problem'; readonly problem: CitationProblem };

/**
 * 第一百三十三条至第一百三十五条: `from` is already emitted, so this yields from+1 … to. The range
 * runs over the highest level written in `to` (第十条第一款至第三款 → paragraphs 1–3 of article 10).
 */
function expandRange(from: ArticleEntry, to: Ref, context: ChainContext): RangeResult {
  const top = to.levels[0];
  const span = { start: from.start, end: to.end };
  const backwards = (first: number, last: number): RangeResult => ({
    kind: 'problem',
    problem: { start: span.start, end: span.end, message: `条文范围起止颠倒或重复（${first}至${last}）` },
  });
  if (top === undefined || top.values.length !== 1) return { kind: 'entries', entries: entriesOf(to, context), truncated: false };
  const last = top.values[0] ?? 0;

  let first: number;
  let make: (n: number) => ArticleEntry;
  if (top.unit === '条') {
    first = from.article;
    make = (n) => entry({ article: n, suffix: null }, null, null, span);
  } else if (top.unit === '款') {
    first = from.paragraph ?? 0;
    make = (n) => entry(from, n, null, span);
  } else {
    first = from.item ?? 0;
    make = (n) => entry(from, from.paragraph, n, span);
  }
  if (first === 0) return { kind: 'entries', entries: entriesOf(to, context), truncated: false };
  if (last <= first) return backwards(first, last);

  const out: ArticleEntry[] = [];
  let truncated = false;
  for (let n = first + 1; n < last; n += 1) {
    if (out.length + 1 >= RANGE_EXPANSION_CAP) {
      truncated = true;
      break;
    }
    out.push(make(n));
  }
  if (!truncated) {
    // The end of the range carries its own deeper levels and 之一 (至第十二条第二款).
    for (const built of entriesOf(to, context)) out.push({ ...built, start: span.start, end: span.end });
  }
  return { kind: 'entries', entries: out, truncated };
}
