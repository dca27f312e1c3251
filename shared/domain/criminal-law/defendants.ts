// The defendants a criminal fact names and, for each, the sentences of the fact that concern them,
// so that charges can be suggested per defendant where one fact covers several.
import type { Passage } from './passages';
import { sentencesOf } from './passages';
import { compoundSurnames as sharedCompoundSurnames, rarerSingleSurnames, singleSurnames } from '../chinese-surnames';

/** Words that introduce a defendant: 被告人X, 上诉人（原审被告人）X, 罪犯X, 犯罪嫌疑人X. */
const roleWord = /(?:原审被告人|被告人|上诉人（原审被告人）|上诉人\(原审被告人\)|上诉人|罪犯|犯罪嫌疑人)/gu;
/** Joins a name list after a role word: 被告人甲、乙和丙. */
/** Persons the fact names as tried in another case (另案处理, 已判决, 在逃): not defendants of this one. */
const triedElsewhere = /^[^。；]{0,4}?(?:另案|已判决|已判刑|已被判|在逃|另行处理|另处)/u;
const listJoin = /^(?:、|，|和|与|及|以及)(?:被告人)?/u;

/** A name after a role word must start with a surname (so 被告人到案后, 被告人均 are no names). */
const surnames = new Set([...singleSurnames, ...rarerSingleSurnames]);
/** The neutraliser's compound surnames and 独孤, which it does not mask (too rare to matter there). */
const compoundSurnames = [...sharedCompoundSurnames, '独孤'];

/** A masked name: 张某, 李某某, 王某甲, 赵某1, 李某A, 王×1, 陈XX. */
const maskedName =
  /^(?:[\u4e00-\u9fff]{1,2}?)(?:某某|某|×+|Ｘ+|X+|x+)(?:[甲乙丙丁戊己庚辛壬癸]|[0-9０-９]{1,2}(?![0-9０-９])|[A-ZＡ-Ｚ](?![A-Za-z]))?/u;

/**
 * Characters that rarely end a name but often follow one (被告人周旺则将…, 被告人李明在…): a
 * three-character candidate ending in one of them is cut to two.
 */
const afterName = new Set([
  ...'在将于因的与和及伙等系对到把为是从向以被驾持用使先又再还也均就则即便遂称要让叫带找经已自至去所非多分共各携拒虽趁窜纠雇指租购收贩运贷骗盗抢窃殴打砍刺抓归供认负',
]);

/** A person as the fact calls them, and where. */
export interface Defendant {
  name: string;
  mentions: Passage[];
}

/** Which sentences count for a defendant besides those naming them (measured by `npm run eval criminal-defendants`). */
export type PassageRule = 'naming' | 'group' | 'following' | 'subject';

/** 二人, 三被告人, 上述被告人, 共同, 伙同 …: a sentence about several defendants at once. */
const groupWords = /(?:[二两三四五六七八九十]+(?:名)?(?:被告人|人)|上述被告人|各被告人|被告人等|共同|伙同|结伙|一起|分别)/u;
/** 上述三名被告人, 各被告人, 被告人均: every defendant. */
const everyoneWords = /(?:上述(?:[二两三四五六七八九十]+名)?被告人|各被告人|[二两三四五六七八九十]+(?:名)?被告人|被告人均|被告人们)/u;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** After a name, another person's longer name: 李某 in 李某甲 or 李某1 (a single digit; 李某7800元 is 李某). */
const otherPersonAfter = '(?![甲乙丙丁戊己庚辛壬癸某×Ｘ]|[0-9０-９](?![0-9０-９])|[A-Za-zＡ-Ｚ])';

function countOf(text: string, piece: string): number {
  return text.split(piece).length - 1;
}

/** The name starting at `at`, or null: a caller-given name, a masked name, or two to three characters by the rules above. */
function nameAt(text: string, at: number, known: string[]): string | null {
  const rest = text.slice(at, at + 8);
  const given = known.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
  if (given) return given;
  const masked = maskedName.exec(rest)?.[0];
  if (masked && masked.length >= 2 && (surnames.has(masked[0] ?? '') || compoundSurnames.some((s) => masked.startsWith(s)))) {
    // 王某宏: a masked surname with the given name's last character, when that form recurs.
    const next = rest[masked.length] ?? '';
    const partly = masked + next;
    if (/^[\u4e00-\u9fff]某$/u.test(masked) && /[\u4e00-\u9fff]/u.test(next) && !afterName.has(next) && countOf(text, partly) >= 2)
      return partly;
    return masked;
  }
  const compound = compoundSurnames.find((s) => rest.startsWith(s));
  const surnameLength = compound ? 2 : surnames.has(rest[0] ?? '') ? 1 : 0;
  if (surnameLength === 0) return null;
  const han = /^[\u4e00-\u9fff]+/u.exec(rest)?.[0] ?? '';
  if (han.length < surnameLength + 1) return null;
  const short = han.slice(0, surnameLength + 1);
  const long = han.slice(0, surnameLength + 2);
  if (long.length === short.length || afterName.has(long.at(-1) ?? '')) return short;
  // A repeated longer form is a name (郑禄平 beside 郑禄军); once only, it is one unless the
  // shorter form also stands alone (周旺则将… beside 周旺、).
  if (countOf(text, long) >= 2) return long;
  const alone = new RegExp(`${escapeRegExp(short)}(?:[^\\u4e00-\\u9fff]|[${[...afterName].join('')}])`, 'u');
  return alone.test(text) ? short : long;
}

/**
 * The defendants the fact names: every name after a defendant role word, and the names listed with
 * it (被告人甲、乙和丙). `known` are names from the case record: they fix where a name ends; a known
 * name counts as a defendant only where the fact introduces it as one.
 */
export function findDefendants(facts: string, known: string[] = []): Defendant[] {
  const names: string[] = [];
  const add = (name: string) => {
    if (!names.includes(name)) names.push(name);
  };
  const elsewhere: string[] = [];
  for (const role of facts.matchAll(roleWord)) {
    let at = (role.index ?? 0) + role[0].length;
    for (;;) {
      const name = nameAt(facts, at, known);
      if (!name) break;
      add(name);
      at += name.length;
      if (triedElsewhere.test(facts.slice(at, at + 12))) elsewhere.push(name);
      const join = listJoin.exec(facts.slice(at));
      if (!join) break;
      at += join[0].length;
    }
  }
  // A name that is a shorter form of another found name (周旺 beside 周旺则) is kept only when it occurs on its own.
  const kept = names
    .filter((n) => !elsewhere.includes(n))
    .filter((n) => {
      const longer = names.filter((m) => m !== n && m.startsWith(n));
      return longer.length === 0 || countOf(facts, n) > longer.reduce((sum, m) => sum + countOf(facts, m), 0);
    });
  return kept.map((name) => ({ name, mentions: mentionsOf(facts, name, kept) }));
}

function mentionsOf(facts: string, name: string, all: string[]): Passage[] {
  const longer = all.filter((m) => m !== name && m.startsWith(name));
  const pattern = new RegExp(`${escapeRegExp(name)}${otherPersonAfter}`, 'gu');
  const out: Passage[] = [];
  for (const m of facts.matchAll(pattern)) {
    const start = m.index ?? 0;
    if (longer.some((l) => facts.startsWith(l, start))) continue;
    out.push({ start, end: start + name.length, text: name });
  }
  return out;
}

/** The sentences of the fact that concern one defendant. */
export interface DefendantPassages {
  name: string;
  passages: Passage[];
}

/**
 * Each defendant's sentences: those naming them; with 'group', also a sentence naming no defendant
 * that speaks of several (二人, 共同, 伙同, 上述被告人) — every defendant for 上述/各/N名被告人,
 * else those of the last sentence that named any; with 'following', every sentence naming no
 * defendant goes to those of the last sentence that named any. Sentences before the first name
 * (公诉机关指控…) go to everyone under 'group' and 'following'. 'subject' is 'group' where a
 * sentence naming several goes only to those it names as actors (after a role word, at a clause's
 * start, or listed with such a name), not to those it names as objects (系张某某盗窃所得).
 */
export function defendantPassages(facts: string, defendants: Defendant[], rule: PassageRule): DefendantPassages[] {
  const sentences = sentencesOf(facts);
  const out = defendants.map((d) => ({ name: d.name, passages: [] as Passage[] }));
  let last: number[] | null = null;
  for (const sentence of sentences) {
    const named = defendants
      .map((d, i) => (d.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end) ? i : -1))
      .filter((i) => i >= 0);
    const subjects = rule === 'subject' ? subjectsOf(facts, sentence, defendants) : [];
    let owners = subjects.length > 0 ? subjects : named;
    if (named.length === 0 && rule !== 'naming') {
      const all = defendants.map((_, i) => i);
      if (everyoneWords.test(sentence.text)) owners = all;
      else if (rule === 'following' || groupWords.test(sentence.text)) owners = last ?? all;
      else if (last === null) owners = all;
    }
    if (named.length > 0) last = owners;
    for (const i of owners) out[i]?.passages.push(sentence);
  }
  return out;
}

const clauseStart = /(?:^|[，,：:；;。\s]|(?:经审理查明|公诉机关指控|检察院指控)[，,：:]?)$/u;
const actorRole = new RegExp(`${roleWord.source}$`, 'u');
const listedWith = /(?:、|和|与|及|伙同|以及)(?:被告人)?$/u;

/** The defendants a sentence names as actors: the indexes into `defendants`. */
function subjectsOf(facts: string, sentence: Passage, defendants: Defendant[]): number[] {
  const mentions = defendants
    .flatMap((d, i) => d.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => ({ i, m })))
    .sort((a, b) => a.m.start - b.m.start);
  const out = new Set<number>();
  let previous: { end: number; actor: boolean } | null = null;
  for (const { i, m } of mentions) {
    const before = facts.slice(Math.max(sentence.start, m.start - 12), m.start);
    const listed: boolean = previous !== null && previous.actor && listedWith.test(facts.slice(previous.end, m.start));
    const actor: boolean =
      actorRole.test(before) || clauseStart.test(facts.slice(Math.max(0, m.start - 8), m.start)) || m.start === sentence.start || listed;
    if (actor) out.add(i);
    previous = { end: m.end, actor };
  }
  return [...out];
}

/** The rule `npm run eval criminal-defendants` chose. */
export const defaultPassageRule: PassageRule = 'subject';

/** Defendants and their sentences, or [] when the fact names fewer than two. */
export function splitByDefendant(facts: string, known: string[] = [], rule: PassageRule = defaultPassageRule): DefendantPassages[] {
  const defendants = findDefendants(facts, known);
  if (defendants.length < 2) return [];
  return defendantPassages(facts, defendants, rule).filter((d) => d.passages.length > 0);
}

/** Passages joined into one text, and the way back from an offset in it to the original text. */
export function joinPassages(passages: Passage[]): { text: string; toOriginal: (start: number, end: number) => [number, number] } {
  const starts: number[] = [];
  let text = '';
  for (const p of passages) {
    starts.push(text.length);
    text += p.text;
  }
  const at = (offset: number) => {
    let i = starts.length - 1;
    while (i > 0 && (starts[i] ?? 0) > offset) i -= 1;
    const p = passages[i];
    return p ? p.start + (offset - (starts[i] ?? 0)) : offset;
  };
  // An end offset is exclusive: it belongs to the passage of the character before it.
  const toOriginal = (start: number, end: number): [number, number] => [at(start), end > start ? at(end - 1) + 1 : at(start)];
  return { text, toOriginal };
}
