// 法条: the statute store as the api and the other services ask it: search, one article as it read
// on a date, citation check, 法条推送. Every "not in the store" is a Refusal the user can act on.
import type { AiOutputDraft } from '../../../shared/contract/ai-output';
import type { ArticleViewValue, CiteResult, LawSuggestion } from '../../../shared/contract/channels/laws';
import { articleLabel, bookTitle, formatCitation } from '../../../shared/domain/citation';
import { Refusal } from '../../../shared/contract/refusal';
import type { Db } from '../../store/database';
import { getArticle } from './get-article';
import { lawPushModel, pushLaws } from './law-push';
import { lawStatusByName, resolveCitations } from './resolve-citations';
import { searchArticles } from './search-articles';
import type { SearchArticlesInput, SearchArticlesResult } from './search-articles';

export interface ArticleQuery {
  /** Title, short title or common abbreviation (民法典, 民诉法解释), or the law's id. */
  law: string | number;
  article: number;
  suffix?: number | null;
  asOf?: string;
}

export interface LawPushRequest {
  facts: string;
  caseDate?: string;
  caseId?: string;
  limit?: number;
}

export interface LawPushAnswer {
  caseDate: string;
  terms: string[];
  suggestions: LawSuggestion[];
  caseId: string | null;
  ai: AiOutputDraft;
}

/** The statute store in knowledge.db. */
export class LawService {
  constructor(private readonly knowledge: Db) {}

  search(input: SearchArticlesInput): SearchArticlesResult {
    return searchArticles(this.knowledge, input);
  }

  /** The article as it read on `asOf`, with its neighbours and its standard citation. */
  article(query: ArticleQuery): ArticleViewValue {
    const db = this.knowledge;
    const suffix = query.suffix ?? null;
    const law = typeof query.law === 'number' ? query.law : lawStatusByName(db, query.law, query.asOf)?.lawId;
    if (law === undefined) throw new Refusal('NOT_FOUND', `本库中没有${bookTitle(String(query.law))}`);
    const found = getArticle(db, law, query.article, suffix, query.asOf);
    if (!found.found) {
      const title = found.law ? bookTitle(found.law.title) : `第 ${law} 号法律`;
      const label = articleLabel(query.article, suffix);
      const message =
        found.reason === 'no-article'
          ? `${title}没有${label}${found.maxNumber === null ? '' : `，最后一条是${articleLabel(found.maxNumber)}`}`
          : found.reason === 'no-text'
            ? `本库未收录${title}的条文${found.law?.endDate ? `（该法已于 ${found.law.endDate} 废止${found.law.successor ? `，由${bookTitle(found.law.successor.title)}取代` : ''}）` : ''}`
            : `本库中没有${title}`;
      throw new Refusal('NOT_FOUND', message);
    }
    const { items: _items, ...article } = found.article;
    return {
      law: found.law,
      article,
      previous: found.previous,
      next: found.next,
      citation:
        article.number === 0
          ? bookTitle(found.law.title)
          : formatCitation(found.law.title, { article: article.number, suffix: article.suffix }),
    };
  }

  /** Every citation in `text`, resolved as of `date` (default today). */
  cite(text: string, date?: string): CiteResult {
    return resolveCitations(this.knowledge, text, date);
  }

  /** 法条推送 with the rule set's identity and a one-line summary for the audit log. */
  push(request: LawPushRequest): LawPushAnswer {
    const result = pushLaws(this.knowledge, request);
    const top = result.suggestions.slice(0, 3).map((s) => s.citation);
    return {
      caseDate: result.caseDate,
      terms: result.terms,
      suggestions: result.suggestions,
      caseId: request.caseId ?? null,
      ai: {
        ...lawPushModel,
        confidence: result.confidence,
        summary:
          result.suggestions.length === 0
            ? '法条推送：未找到匹配的法条'
            : `法条推送 ${result.suggestions.length} 条：${top.join('、')}${result.suggestions.length > 3 ? '等' : ''}`,
      },
    };
  }

  /** The text of article `article` of the law named `lawName` as it read on `date`; null where the store lacks it. */
  articleText(lawName: string, article: number, date: string): string | null {
    const law = lawStatusByName(this.knowledge, lawName, date);
    if (!law) return null;
    const found = getArticle(this.knowledge, law.lawId, article, null, date);
    return found.found ? found.article.text : null;
  }
}
