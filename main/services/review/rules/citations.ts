// Family 1, 法条引用: every cited article checked against the statute store as of the judgment date
// (exists, in force, quoted text as enacted) and its written form against the standard one. The
// checking itself is the laws service's; this file only turns its verdicts into findings.
import type { ResolvedArticle } from '../../../../shared/contract/channels/laws';
import type { ReviewFinding } from '../../../../shared/contract/channels/review';
import { bookTitle, normaliseCitationText } from '../../../../shared/domain/citation';
import type { Db } from '../../../store/database';
import { olderTextMissingBefore, resolveCitations } from '../../laws';
import { finding } from '../finding';

/** Punctuation and spacing a quotation may vary without changing the law's words. */
function comparable(text: string): string {
  return text
    .replace(/^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?\s*/, '')
    .replace(/[\s\u3000]/g, '')
    .replace(/[，,、；;：:。.（）()“”"'‘’《》]/g, '');
}

/** The words the text quotes right after a citation: …第X条规定：“…”. */
function quotedAfter(text: string, end: number): { start: number; end: number; quote: string } | null {
  const m = /^[^。“”]{0,16}?规定[：:，,]?\s*“([^”]{6,2000})”/.exec(text.slice(end, end + 2100));
  if (!m) return null;
  const start = end + m[0].indexOf('“') + 1;
  return { start, end: start + m[1]!.length, quote: m[1]! };
}

function quoteMatches(quote: string, statute: string): boolean {
  const law = comparable(statute);
  return quote
    .split(/……|…|\.{3,}/)
    .map(comparable)
    .filter((piece) => piece.length > 0)
    .every((piece) => law.includes(piece));
}

function articleFindings(text: string, article: ResolvedArticle, title: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  const codes = new Set(article.problems.map((p) => p.code));
  for (const p of article.problems) {
    if (p.code === 'out-of-range' || p.code === 'no-paragraph') {
      out.push(finding(text, 'citation', `citation.${p.code}`, 'error', article.start, article.end, `引用的条文不存在：${p.message}`));
    } else if (p.code === 'repealed') {
      const successor = p.successor ? `，应改引${bookTitle(p.successor.title)}的相应条文` : '';
      out.push(finding(text, 'citation', 'citation.repealed', 'error', article.start, article.end, `${p.message}${successor}`));
    } else if (p.code === 'not-in-force') {
      out.push(finding(text, 'citation', 'citation.not-in-force', 'error', article.start, article.end, p.message));
    } else if (p.code === 'unknown-law') {
      out.push(finding(text, 'citation', 'citation.unknown-law', 'info', article.start, article.end, `${p.message}；请核对法律名称`));
    } else if (p.code === 'no-text' && !codes.has('repealed')) {
      out.push(finding(text, 'citation', 'citation.no-text', 'info', article.start, article.end, p.message));
    }
  }
  if (article.text !== null && !codes.has('out-of-range')) {
    const quoted = quotedAfter(text, article.end);
    const statute = article.paragraphText ?? article.text;
    if (quoted && !quoteMatches(quoted.quote, statute)) {
      out.push(
        finding(
          text,
          'citation',
          'citation.quote-mismatch',
          'warning',
          quoted.start,
          quoted.end,
          `引用的条文内容与${title}${article.label}的原文不一致。原文：${statute}`,
          statute.replace(/^第[零〇一二三四五六七八九十百千]+条(之[一二三四五六七八九十]+)?\s*/, ''),
        ),
      );
    }
  }
  return out;
}

export function citationFindings(db: Db, text: string, date: string): ReviewFinding[] {
  const out: ReviewFinding[] = [];
  for (const citation of resolveCitations(db, text, date).citations) {
    if (citation.articles.some((a) => a.problems.some((p) => p.code === 'relative'))) continue;
    const title = bookTitle(citation.canonicalTitle ?? citation.lawTitle);
    const olderFrom = citation.law?.status === '尚未生效' ? olderTextMissingBefore(db, citation.law.lawId, date) : null;
    if (olderFrom !== null) {
      const first = citation.articles[0];
      if (first) {
        out.push(
          finding(
            text,
            'citation',
            'citation.older-version',
            'info',
            first.start,
            first.end,
            `${title}在 ${date} 有效，但本库只收录了 ${olderFrom} 起施行的文本，无法核对当时的条文`,
          ),
        );
      }
      continue;
    }
    for (const article of citation.articles) out.push(...articleFindings(text, article, title));
  }
  for (const change of normaliseCitationText(text).changes) {
    out.push(
      finding(
        text,
        'citation',
        'citation.format',
        'info',
        change.start,
        change.end,
        `引用格式应规范为“${change.after}”（法律名称用全称，条款序号用汉字）`,
        change.after,
      ),
    );
  }
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
}
