/**
 * Law titles as written in judgments: 《…》 with the odd nesting marks, an issuer outside the marks
 * (最高人民法院《关于…》), notes after the title ((以下简称海商法), (2017年修正)).
 */
import { lookupLawTitle } from './law-aliases';

/** A title is looked for up to this far; an unclosed 《 further away is reported, not guessed. */
const MAX_TITLE_LENGTH = 150;
const NOTE_MAX_LENGTH = 40;

/** Issuers written before the marks, alone or jointly: 最高人民法院、最高人民检察院、公安部《关于…》. */
const ISSUER_NAME = '(?:最高人民法院|最高人民检察院|公安部|司法部|国家安全部)';
const ISSUERS_BEFORE = new RegExp(`${ISSUER_NAME}(?:[、\\s]?${ISSUER_NAME})*$`);

/** Index of the 》 closing the 《 at `open`, or null when the sentence ends first. */
export function findTitleClose(text: string, open: number): number | null {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_TITLE_LENGTH);
  for (let j = open + 1; j < limit; j += 1) {
    const ch = text.charAt(j);
    if (ch === '《') depth += 1;
    else if (ch === '》') {
      if (depth === 0) return j;
      depth -= 1;
    } else if (ch === '。' || ch === '\n') return null;
  }
  return null;
}

/** 最高人民法院《关于…》: the issuer written before the marks belongs to the title. */
export function issuerBefore(text: string, open: number, content: string): string | null {
  if (!content.startsWith('关于')) return null;
  const before = text.slice(Math.max(0, open - 40), open);
  return ISSUERS_BEFORE.exec(before)?.[0] ?? null;
}

export interface TitleNotes {
  /** (以下简称海商法): a name later text may use without marks. */
  readonly definedAlias: string | null;
  /** (2017年修正) */
  readonly versionNote: string | null;
  /** Index after the notes. */
  readonly end: number;
}

/** Reads up to two bracketed notes right after a title. */
export function readTitleNotes(text: string, pos: number): TitleNotes {
  let definedAlias: string | null = null;
  let versionNote: string | null = null;
  let end = pos;
  for (let round = 0; round < 2; round += 1) {
    const open = text.charAt(end);
    if (open !== '（' && open !== '(') break;
    const closeAt = text.slice(end + 1, end + 1 + NOTE_MAX_LENGTH).search(/[）)]/);
    if (closeAt < 0) break;
    const inner = text.slice(end + 1, end + 1 + closeAt);
    const alias = /(?:以下简称|下称|简称)[：:]?(.+)$/.exec(inner);
    if (alias?.[1] !== undefined) {
      const name = alias[1].replace(/[“”"「」《》'‘’\s]/g, '');
      if (name !== '') definedAlias = name;
    } else if (/(?:\d{4}|[一二〇零○][〇零○一二三四五六七八九]{3})年|修正|修订|修改|试行/.test(inner)) {
      versionNote = inner.trim();
    } else {
      break;
    }
    end += closeAt + 2;
  }
  return { definedAlias, versionNote, end };
}

/** Whitespace out, nesting marks as 《》, full-width brackets, one spelling of the joint issuer. */
export function normaliseTitleSpelling(title: string): string {
  return title
    .replace(/\s+/g, '')
    .replace(/[〈﹤<＜]/g, '《')
    .replace(/[〉﹥>＞]/g, '》')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^最高人民法院最高人民检察院/, '最高人民法院、最高人民检察院');
}

/**
 * The official title: from our alias table when the name is there; else the written title itself
 * when it is written in full (中华人民共和国…, 最高人民法院…); else null, because a short name we do
 * not know (《城管条例》) cannot be completed without guessing.
 */
export function canonicalLawTitle(written: string): string | null {
  const known = lookupLawTitle(written);
  if (known !== null) return known;
  const spelled = normaliseTitleSpelling(written);
  return /^(?:中华人民共和国|最高人民法院|最高人民检察院)/.test(spelled) ? spelled : null;
}

/**
 * 《借款合同》第五条 cites a contract clause, not a statute. A title counts as a law when we know
 * it or it ends the way normative documents do (…法, …条例, …解释, 刑法修正案（九） …).
 */
export function looksLikeLawTitle(written: string): boolean {
  if (lookupLawTitle(written) !== null) return true;
  return /(?:法|法典|条例|规定|解释|办法|细则|决定|意见|批复|规则|纪要|通知|答复|解答|修正案)(?:（[^）]{1,4}）)?$/.test(
    normaliseTitleSpelling(written),
  );
}
