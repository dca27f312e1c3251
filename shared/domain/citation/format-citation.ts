import { intToChinese } from '../chinese-numerals';

/** 第一百二十条 / 第一百二十条之一: the article label used in statutes and in the store. */
export function articleLabel(article: number, suffix: number | null = null): string {
  const base = `第${intToChinese(article)}条`;
  return suffix === null ? base : `${base}之${intToChinese(suffix)}`;
}

/**
 * A title inside 《》, nested marks turned into 〈〉 as judgments print them:
 * 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》.
 */
export function bookTitle(title: string): string {
  const bare = title.replace(/^《(.*)》$/, '$1');
  return `《${bare.replace(/《/g, '〈').replace(/》/g, '〉')}》`;
}

/**
 * The standard written form of one cited provision:
 * 《中华人民共和国民法典》第六百六十七条第二款第一项.
 *
 * Items are written 第一项 without brackets, as the SPC's 人民法院民事裁判文书制作规范 (2016) asks for
 * when citing an item; the parser accepts 第（一）项 as well.
 */
export function formatCitation(
  canonicalTitle: string,
  article: number | { readonly article: number; readonly suffix: number | null },
  paragraph: number | null = null,
  item: number | null = null,
): string {
  const label = typeof article === 'number' ? articleLabel(article) : articleLabel(article.article, article.suffix);
  const paragraphPart = paragraph === null ? '' : `第${intToChinese(paragraph)}款`;
  const itemPart = item === null ? '' : `第${intToChinese(item)}项`;
  return `${bookTitle(canonicalTitle)}${label}${paragraphPart}${itemPart}`;
}
