import type { Citation, CitedArticle } from '../../../../shared/domain/citation';

/** 264 / 67(3) / 133之1(1)[2] / 225[1]: compact enough to compare whole sentences at a glance. */
export function articleKey(a: CitedArticle): string {
  const suffix = a.suffix === null ? '' : `之${a.suffix}`;
  const paragraph = a.paragraph === null ? '' : `(${a.paragraph})`;
  const item = a.item === null ? '' : `[${a.item}]`;
  return `${a.article}${suffix}${paragraph}${item}`;
}

export function summarise(citations: readonly Citation[]): Array<{ law: string | null; articles: string[] }> {
  return citations.map((c) => ({ law: c.canonicalTitle ?? c.lawTitle, articles: c.articles.map(articleKey) }));
}
