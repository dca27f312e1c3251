// Repeals stated in the data itself, e.g. 民法典 第一千二百六十条: “本法自2021年1月1日起施行。
// 《中华人民共和国婚姻法》、…《中华人民共和国合同法》…同时废止。” The importer turns each into an
// end date and a successor for the repealed law, instead of keeping a hand-written list.
import { commencementIn } from './statute-dates';

export interface RepealStatement {
  /** Titles as written, with 〈〉 turned into 《》: 中华人民共和国合同法. */
  repealedTitles: string[];
  /** When the repealing text takes effect, if the article says (else the caller uses the version's). */
  commencement: string | 'publish' | null;
}

/** Top-level 《…》 titles in `sentence` (nested 〈…〉 kept as 《…》 inside). */
function titlesIn(sentence: string): string[] {
  const titles: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of sentence) {
    if (ch === '《') {
      if (depth > 0) current += ch;
      depth += 1;
    } else if (ch === '》') {
      depth -= 1;
      if (depth > 0) current += ch;
      else if (depth === 0) {
        titles.push(current);
        current = '';
      } else depth = 0;
    } else if (depth > 0) current += ch === '〈' ? '《' : ch === '〉' ? '》' : ch;
  }
  return titles;
}

/**
 * Reads a commencement article (本法/本解释/本规定…自…施行) for the laws it repeals. Articles that
 * merely mention 废止 (a licence revoked under another law) are not commencement articles and are ignored.
 */
export function repealStatement(articleText: string): RepealStatement | null {
  if (!/本(?:法|解释|规定|条例|办法|细则|决定|安排|规则)[^。]*?(?:施行|生效)|(?:施行|生效)之日|公布施行/.test(articleText)) return null;
  const repealedTitles = articleText
    .split(/[。；]/)
    .filter((s) => /同时废止|予以废止|即行废止|停止执行/.test(s))
    .flatMap(titlesIn);
  if (repealedTitles.length === 0) return null;
  return { repealedTitles, commencement: commencementIn(articleText) };
}

/**
 * A title reduced to what the catalogue and citations share: no 中华人民共和国, no issuing court
 * prefix, no book-title marks. 《最高人民法院关于适用〈中华人民共和国刑事诉讼法〉的解释》 and the
 * catalogue's 最高人民法院关于适用《刑事诉讼法》的解释 both become 关于适用刑事诉讼法的解释.
 */
export function titleKey(title: string): string {
  return title
    .replace(/[《》〈〉“”"\s]/g, '')
    .replaceAll('中华人民共和国', '')
    .replace(/^(?:最高人民法院、最高人民检察院|最高人民法院|最高人民检察院)/, '');
}

/** 中华人民共和国合同法 → 合同法: the short title used for a law known only from its repeal. */
export function shortTitleOf(title: string): string {
  return title.replace(/^中华人民共和国/, '');
}
