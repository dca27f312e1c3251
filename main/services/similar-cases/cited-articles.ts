import type { Db } from '../../store/database';
import { resolveCitations } from '../laws';

export interface CitedArticleRef {
  /** 中华人民共和国刑法#264 (之一 → #264-1): the same article across versions. */
  key: string;
  /** 《中华人民共和国刑法》第二百六十四条 */
  citation: string;
  /** The article in the store as of the date; null when the store cannot resolve it. */
  articleId: number | null;
}

export function articleKey(lawTitle: string, number: number, suffix: number | null): string {
  return `${lawTitle}#${number}${suffix ? `-${suffix}` : ''}`;
}

/** The articles a text cites, each once, resolved against the statute store as of `date`. */
export function citedArticles(db: Db, text: string, date?: string): CitedArticleRef[] {
  if (!text.includes('《') && !text.includes('第')) return [];
  const out: CitedArticleRef[] = [];
  for (const citation of resolveCitations(db, text, date).citations) {
    const title = citation.law?.title ?? citation.canonicalTitle;
    if (!title) continue;
    for (const a of citation.articles) {
      if (a.number === null) continue;
      const key = articleKey(title, a.number, a.suffix);
      if (!out.some((o) => o.key === key)) out.push({ key, citation: a.citation ?? `${title}${a.label}`, articleId: a.articleId });
    }
  }
  return out;
}
