/**
 * Finds statute citations in free text (judgments, pleadings, statutes themselves).
 *
 * One pass left to right. A law is named by 《title》, by a known short name without marks
 * (刑法第二百六十四条), or relatively (本法, 前款); articles after it are read as a chain
 * (article-chain.ts). An article chain with no law before it takes the last law named in the same
 * sentence — but only where it continues a list (、，及 …); after any other word it is something
 * else's clause (借款合同第五条) and is left alone.
 */
import { readArticleChain, type ChainContext, type ChainResult, type NumeralToken } from './article-chain';
import type { Citation, CitationParseResult, CitationProblem, RelativeAnchor } from './citation-types';
import { BARE_LAW_NAMES, lookupLawTitle } from './law-aliases';
import { canonicalLawTitle, findTitleClose, issuerBefore, looksLikeLawTitle, readTitleNotes } from './law-title';

/** Internal view of a citation: where its title and numbers sit, for in-place normalisation. */
export interface ScannedCitation {
  readonly citation: Citation;
  /** The written law name (with marks and issuer), or null when the law was not written here. */
  readonly titleSpan: { readonly start: number; readonly end: number } | null;
  readonly numerals: readonly NumeralToken[];
}

export interface ScanResult {
  readonly scanned: readonly ScannedCitation[];
  readonly problems: readonly CitationProblem[];
}

interface LawRef {
  readonly lawTitle: string;
  readonly canonicalTitle: string | null;
  readonly relative: boolean;
}

const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '\n']);
/** After these a bare 第X条 continues a citation (or follows 依照 …) rather than some other noun. */
const CONNECTOR_CHARS = new Set(['，', ',', '、', '；', ';', '：', ':', '（', '(', '“', '"', ' ', '\u3000', '\t']);
const CONNECTOR_WORDS = ['依照', '依据', '根据', '按照', '参照', '适用', '违反', '符合', '以及', '及', '和', '与', '或', '并'];
/** The name before 第X条 looks like a law we do not know: say so rather than misattribute it. */
const LAW_LIKE_ENDING = /(?:法|条例|规定|解释|办法|细则)$/;
const RELATIVE_LAW = /^本(法|条例|规定|解释|办法|细则|决定|规则)\s*第/;
const PREVIOUS_ANCHOR = /^前([两二三四五六七八九十]?)(款|条|项)/;
const ANCHOR_COUNTS: Readonly<Record<string, number>> = { '': 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ANCHOR_UNITS: Readonly<Record<string, RelativeAnchor['unit']>> = { 条: 'article', 款: 'paragraph', 项: 'item' };

/** Short names indexed by first character, so the scan does not try every name at every index. */
const BARE_NAMES_BY_FIRST_CHAR: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of BARE_LAW_NAMES) {
    const first = name.charAt(0);
    map.set(first, [...(map.get(first) ?? []), name]);
  }
  return map;
})();

export function parseCitations(text: string): CitationParseResult {
  const { scanned, problems } = scanCitations(text);
  return { citations: scanned.map((s) => s.citation), problems };
}

export function scanCitations(text: string): ScanResult {
  const scanned: ScannedCitation[] = [];
  const problems: CitationProblem[] = [];
  const definedAliases = new Map<string, LawRef>();
  let currentLaw: LawRef | null = null;
  let i = 0;

  const emit = (
    law: LawRef,
    start: number,
    chain: ChainResult,
    extra: { titleSpan: ScannedCitation['titleSpan']; inherited: boolean; versionNote: string | null; anchor: RelativeAnchor | null },
  ): void => {
    const end = chain.end;
    scanned.push({
      citation: {
        raw: text.slice(start, end),
        start,
        end,
        lawTitle: law.lawTitle,
        canonicalTitle: law.canonicalTitle,
        relative: law.relative,
        anchor: extra.anchor,
        inherited: extra.inherited,
        versionNote: extra.versionNote,
        articles: chain.entries.map((e) => ({ ...e })),
        truncated: chain.truncated,
      },
      titleSpan: extra.titleSpan,
      numerals: chain.numerals,
    });
  };
  const freshContext = (): ChainContext => ({ article: null, paragraph: null });

  while (i < text.length) {
    const ch = text.charAt(i);
    if (SENTENCE_END.has(ch)) {
      currentLaw = null;
      i += 1;
      continue;
    }

    if (ch === '《') {
      const close = findTitleClose(text, i);
      if (close === null) {
        problems.push({ start: i, end: i + 1, message: '书名号“《”没有对应的“》”' });
        i += 1; // a known name inside may still be found without its marks
        continue;
      }
      const content = text.slice(i + 1, close).trim();
      const notes = readTitleNotes(text, close + 1);
      const chain = readArticleChain(text, notes.end, freshContext(), true);
      problems.push(...chain.problems);
      if (content === '') {
        problems.push({ start: i, end: close + 1, message: '书名号内缺少法律名称' });
        currentLaw = null;
        i = Math.max(chain.end, close + 1);
        continue;
      }
      const issuer = issuerBefore(text, i, content);
      const lawTitle = `${issuer ?? ''}${content}`;
      const law: LawRef = { lawTitle, canonicalTitle: canonicalLawTitle(lawTitle), relative: false };
      if (notes.definedAlias !== null) definedAliases.set(notes.definedAlias, law);
      if (!looksLikeLawTitle(lawTitle)) {
        currentLaw = null;
        i = Math.max(chain.end, close + 1);
        continue;
      }
      if (chain.entries.length > 0) {
        const start = i - (issuer?.length ?? 0);
        emit(law, start, chain, { titleSpan: { start, end: close + 1 }, inherited: false, versionNote: notes.versionNote, anchor: null });
        currentLaw = law;
        i = chain.end;
      } else {
        i = Math.max(chain.end, close + 1);
      }
      continue;
    }

    const relative = RELATIVE_LAW.exec(text.slice(i, i + 8));
    if (relative !== null) {
      const lawTitle = `本${relative[1] ?? '法'}`;
      const chain = readArticleChain(text, i + lawTitle.length, freshContext(), false);
      problems.push(...chain.problems);
      if (chain.entries.length > 0) {
        const law: LawRef = { lawTitle, canonicalTitle: null, relative: true };
        emit(law, i, chain, { titleSpan: null, inherited: false, versionNote: null, anchor: null });
        currentLaw = law;
      }
      i = Math.max(chain.end, i + 1);
      continue;
    }

    const anchorRead = readAnchor(text, i);
    if (anchorRead !== null) {
      const { anchor, chain } = anchorRead;
      problems.push(...chain.problems);
      emit({ lawTitle: '本法', canonicalTitle: null, relative: true }, i, chain, {
        titleSpan: null,
        inherited: false,
        versionNote: null,
        anchor,
      });
      i = chain.end;
      continue;
    }

    const bare = matchBareName(text, i, definedAliases);
    if (bare !== null) {
      const chain = readArticleChain(text, i + bare.name.length, freshContext(), false);
      if (chain.entries.length > 0) {
        problems.push(...chain.problems);
        emit(bare.law, i, chain, { titleSpan: { start: i, end: i + bare.name.length }, inherited: false, versionNote: null, anchor: null });
        currentLaw = bare.law;
        i = chain.end;
        continue;
      }
    }

    if (ch === '第') {
      const chain = readArticleChain(text, i, freshContext(), false);
      problems.push(...chain.problems);
      if (chain.entries.length > 0) {
        const before = text.slice(Math.max(0, i - 12), i).trimEnd();
        if (continuesCitation(before)) {
          if (currentLaw !== null) {
            emit(currentLaw, i, chain, { titleSpan: null, inherited: true, versionNote: null, anchor: null });
          }
        } else if (LAW_LIKE_ENDING.test(before)) {
          const unmarked = unmarkedLongTitle(text, i);
          if (unmarked !== null) {
            emit(unmarked.law, unmarked.start, chain, {
              titleSpan: { start: unmarked.start, end: i },
              inherited: false,
              versionNote: null,
              anchor: null,
            });
            currentLaw = unmarked.law;
          } else
            problems.push({
              start: i,
              end: chain.end,
              message: `“${text.slice(i, chain.end)}”前的法律名称未能识别，请使用书名号标明法律全称`,
            });
        }
      }
      i = Math.max(chain.end, i + 1);
      continue;
    }
    i += 1;
  }
  return { scanned, problems };
}

/**
 * 最高人民法院关于适用《中华人民共和国刑事诉讼法》的解释第三百零八条: a known interpretation
 * written without its outer marks, recognised from the issuer onwards.
 */
function unmarkedLongTitle(text: string, i: number): { start: number; law: LawRef } | null {
  const windowStart = Math.max(0, i - 80);
  // Latest issuer first; a joint issuer (最高人民法院、最高人民检察院) needs the earlier one.
  for (let at = text.lastIndexOf('最高人民', i); at >= windowStart; at = text.lastIndexOf('最高人民', at - 1)) {
    const written = text.slice(at, i).trim();
    const canonicalTitle = lookupLawTitle(written);
    if (canonicalTitle !== null) return { start: at, law: { lawTitle: written, canonicalTitle, relative: false } };
    if (at === 0) break;
  }
  return null;
}

function continuesCitation(before: string): boolean {
  if (before === '') return true;
  const last = before.charAt(before.length - 1);
  return CONNECTOR_CHARS.has(last) || CONNECTOR_WORDS.some((word) => before.endsWith(word));
}

function matchBareName(text: string, i: number, definedAliases: ReadonlyMap<string, LawRef>): { name: string; law: LawRef } | null {
  let best: { name: string; law: LawRef } | null = null;
  for (const [name, law] of definedAliases) {
    if (text.startsWith(name, i) && (best === null || name.length > best.name.length)) best = { name, law };
  }
  for (const name of BARE_NAMES_BY_FIRST_CHAR.get(text.charAt(i)) ?? []) {
    if (best !== null && name.length <= best.name.length) break;
    if (!text.startsWith(name, i)) continue;
    const title = lookupLawTitle(name);
    best = { name, law: { lawTitle: name, canonicalTitle: title, relative: false } };
    break;
  }
  return best;
}

/** 前款 / 前两款 / 前条 / 前项 [第X项], 本条第二款. */
function readAnchor(text: string, i: number): { anchor: RelativeAnchor; chain: ChainResult } | null {
  const previous = PREVIOUS_ANCHOR.exec(text.slice(i, i + 4));
  if (previous !== null) {
    const [matched, countText = '', unitText = ''] = previous;
    if (unitText === '条' && text.charAt(i + matched.length) === '件') return null; // 前条件 is not a reference
    const chain = readArticleChain(text, i + matched.length, { article: null, paragraph: null }, false);
    const unit = ANCHOR_UNITS[unitText] ?? 'paragraph';
    const anchor: RelativeAnchor = {
      position: 'previous',
      unit,
      count: ANCHOR_COUNTS[countText] ?? 1,
      paragraph: chain.orphanLevels?.paragraph ?? null,
      item: chain.orphanLevels?.item ?? null,
    };
    // 前款第一项 takes the item along; anything else after 前款 is not part of the reference.
    if (chain.entries.length === 0 && chain.orphanLevels !== null) return { anchor, chain };
    return { anchor, chain: { ...chain, entries: [], numerals: [], problems: [], end: i + matched.length } };
  }
  if (text.startsWith('本条', i) && /^\s*第/.test(text.slice(i + 2, i + 4))) {
    const chain = readArticleChain(text, i + 2, { article: null, paragraph: null }, false);
    const orphan = chain.orphanLevels;
    if (orphan === null) return null;
    const anchor: RelativeAnchor = {
      position: 'this',
      unit: orphan.paragraph === null ? 'item' : 'paragraph',
      count: 1,
      paragraph: orphan.paragraph,
      item: orphan.item,
    };
    return { anchor, chain: { ...chain, entries: [] } };
  }
  return null;
}
