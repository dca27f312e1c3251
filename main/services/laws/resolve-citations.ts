// Citations found in a text, each checked against the store as of a date: the exact article text
// that applied then, or the reason it cannot be applied as written (unknown law, beyond the last
// article, not yet in force, repealed with its successor, a relative 本法/前款 reference).
import type { CitationProblemCode, CiteResult, ResolvedArticle, ResolvedCitation } from '../../../shared/contract/channels/laws';
import type { Citation, CitedArticle } from '../../../shared/domain/citation';
import {
  articleLabel,
  bookTitle,
  canonicalLawTitle,
  formatCitation,
  lookupLawTitle,
  parseCitations,
} from '../../../shared/domain/citation';
import { intToChinese } from '../../../shared/domain/chinese-numerals';
import type { Db } from '../../store/database';
import { getArticle } from './get-article';
import type { LawStatusOn } from './law-status';
import { lawStatusOn } from './law-status';
import { today } from './validity';

type Problem = ResolvedArticle['problems'][number];

function problem(code: CitationProblemCode, message: string, extra: Partial<Problem> = {}): Problem {
  return { code, message, maxNumber: null, successor: null, ...extra };
}

/**
 * The law a name stands for, as of `date`: the name as written (民法典, 中华人民共和国民法典), then
 * the official title our abbreviation table gives it (民诉法解释, 民间借贷规定). Null: unknown.
 */
export function lawStatusByName(db: Db, name: string, date: string = today()): LawStatusOn | null {
  const candidates = [name, canonicalLawTitle(name), lookupLawTitle(name)].filter(
    (c, i, all): c is string => c !== null && c !== '' && all.indexOf(c) === i,
  );
  for (const candidate of candidates) {
    const status = lawStatusOn(db, candidate, date);
    if (status !== null) return status;
  }
  return null;
}

/** The problem a law's validity on the date poses for every article cited from it, if any. */
export function validityProblem(law: LawStatusOn): Problem | null {
  const name = bookTitle(law.title);
  if (law.status === '已废止') {
    const ended = law.endDate ? `已于 ${law.endDate} 废止` : '已废止';
    const successor = law.successor
      ? `；由${bookTitle(law.successor.title)}取代${law.successor.provision ? `（${law.successor.provision}）` : ''}`
      : '';
    return problem('repealed', `${name}${ended}，${law.date} 已不再有效${successor}`, {
      successor: law.successor ? { title: law.successor.title, provision: law.successor.provision } : null,
    });
  }
  if (law.status === '尚未生效') {
    const from = law.version?.effectiveDate;
    return problem('not-in-force', `${name}${from ? `自 ${from} 起施行` : '尚未施行'}，${law.date} 尚未生效`);
  }
  return null;
}

function citedLabel(cited: CitedArticle): string {
  const paragraph = cited.paragraph === null ? '' : `第${intToChinese(cited.paragraph)}款`;
  const item = cited.item === null ? '' : `第${intToChinese(cited.item)}项`;
  return `${cited.label}${paragraph}${item}`;
}

function resolveArticle(db: Db, law: LawStatusOn, cited: CitedArticle, date: string): ResolvedArticle {
  const problems: Problem[] = [];
  const lawProblem = validityProblem(law);
  if (lawProblem) problems.push(lawProblem);
  const base = {
    label: citedLabel(cited),
    number: cited.article,
    suffix: cited.suffix,
    paragraph: cited.paragraph,
    item: cited.item,
    start: cited.start,
    end: cited.end,
    citation: formatCitation(law.title, { article: cited.article, suffix: cited.suffix }, cited.paragraph, cited.item),
    status: law.status,
  };
  const found = getArticle(db, law.lawId, cited.article, cited.suffix, date);
  if (!found.found) {
    if (found.reason === 'no-article') {
      const max = found.maxNumber;
      problems.push(
        problem('out-of-range', `${bookTitle(law.title)}没有${cited.label}${max === null ? '' : `，最后一条是${articleLabel(max)}`}`, {
          maxNumber: max,
        }),
      );
    } else if (found.reason === 'no-text') {
      problems.push(problem('no-text', `本库未收录${bookTitle(law.title)}的条文，无法核对${cited.label}`));
    }
    return { ...base, resolved: false, articleId: null, text: null, paragraphText: null, problems };
  }
  let paragraphText: string | null = null;
  if (cited.paragraph !== null) {
    paragraphText = found.article.paragraphs[cited.paragraph - 1] ?? null;
    if (paragraphText === null) {
      problems.push(
        problem(
          'no-paragraph',
          `${bookTitle(law.title)}${cited.label}只有 ${found.article.paragraphs.length} 款，没有第${intToChinese(cited.paragraph)}款`,
          {
            maxNumber: found.article.paragraphs.length,
          },
        ),
      );
    }
  }
  return {
    ...base,
    resolved: problems.length === 0,
    articleId: found.article.id,
    text: found.article.text,
    paragraphText,
    problems,
  };
}

function unresolved(cited: CitedArticle | null, citation: Citation, p: Problem): ResolvedArticle {
  return {
    label: cited ? citedLabel(cited) : citation.raw,
    number: cited?.article ?? null,
    suffix: cited?.suffix ?? null,
    paragraph: cited?.paragraph ?? null,
    item: cited?.item ?? null,
    start: cited?.start ?? citation.start,
    end: cited?.end ?? citation.end,
    citation: null,
    resolved: false,
    articleId: null,
    text: null,
    paragraphText: null,
    status: null,
    problems: [p],
  };
}

function resolveCitation(db: Db, citation: Citation, date: string): ResolvedCitation {
  const head = { raw: citation.raw, start: citation.start, end: citation.end, lawTitle: citation.lawTitle };
  if (citation.relative) {
    const p = problem('relative', `「${citation.raw}」是相对引用，须结合引用它的法律或条文才能确定所指`);
    const articles =
      citation.articles.length > 0 ? citation.articles.map((a) => unresolved(a, citation, p)) : [unresolved(null, citation, p)];
    return { ...head, canonicalTitle: null, law: null, articles };
  }
  const law = lawStatusByName(db, citation.canonicalTitle ?? citation.lawTitle, date) ?? lawStatusByName(db, citation.lawTitle, date);
  if (law === null) {
    const p = problem('unknown-law', `本库中没有${bookTitle(citation.canonicalTitle ?? citation.lawTitle)}，无法核对`);
    return {
      ...head,
      canonicalTitle: citation.canonicalTitle,
      law: null,
      articles: citation.articles.map((a) => unresolved(a, citation, p)),
    };
  }
  return {
    ...head,
    canonicalTitle: law.title,
    law,
    articles: citation.articles.map((a) => resolveArticle(db, law, a, date)),
  };
}

/** Every citation in `text`, resolved as of `date` (default today). */
export function resolveCitations(db: Db, text: string, date: string = today()): CiteResult {
  const parsed = parseCitations(text);
  return {
    date,
    citations: parsed.citations.map((c) => resolveCitation(db, c, date)),
    unreadable: parsed.problems.map(({ start, end, message }) => ({ start, end, message })),
  };
}
