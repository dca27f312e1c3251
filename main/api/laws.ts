import { lawsArticle, lawsCite, lawsPush, lawsSearch } from '../../shared/contract/channels/laws';
import { articleLabel, bookTitle, formatCitation } from '../../shared/domain/citation';
import { getArticle, searchArticles } from '../services/laws';
import { lawPushModel, pushLaws } from '../services/laws/law-push';
import { lawStatusByName, resolveCitations } from '../services/laws/resolve-citations';
import { ApiFailure } from './api-failure';
import { route } from './route';

export const lawRoutes = [
  route(lawsSearch, (request, { services }) => searchArticles(services.stores.knowledge, request)),

  route(lawsArticle, (request, { services }) => {
    const db = services.stores.knowledge;
    const law = typeof request.law === 'number' ? request.law : lawStatusByName(db, request.law, request.asOf)?.lawId;
    const label = articleLabel(request.article, request.suffix ?? null);
    if (law === undefined) throw new ApiFailure('NOT_FOUND', `本库中没有${bookTitle(String(request.law))}`);
    const found = getArticle(db, law, request.article, request.suffix ?? null, request.asOf);
    if (!found.found) {
      const title = found.law ? bookTitle(found.law.title) : `第 ${law} 号法律`;
      const message =
        found.reason === 'no-article'
          ? `${title}没有${label}${found.maxNumber === null ? '' : `，最后一条是${articleLabel(found.maxNumber)}`}`
          : found.reason === 'no-text'
            ? `本库未收录${title}的条文${found.law?.endDate ? `（该法已于 ${found.law.endDate} 废止${found.law.successor ? `，由${bookTitle(found.law.successor.title)}取代` : ''}）` : ''}`
            : `本库中没有${title}`;
      throw new ApiFailure('NOT_FOUND', message);
    }
    const { items: _items, ...article } = found.article;
    return {
      law: found.law,
      article,
      previous: found.previous,
      next: found.next,
      citation: article.number === 0 ? bookTitle(found.law.title) : formatCitation(found.law.title, { article: article.number, suffix: article.suffix }),
    };
  }),

  route(lawsCite, (request, { services }) => resolveCitations(services.stores.knowledge, request.text, request.date)),

  route(lawsPush, (request, { services }) => {
    const result = pushLaws(services.stores.knowledge, request);
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
  }),
];
