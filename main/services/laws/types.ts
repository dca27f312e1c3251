/** A reason an input line, article or catalogue row could not be imported as it stands. */
export interface ImportProblem {
  /** Path relative to the statute folder (or the catalogue file). */
  file: string;
  /** 1-based source line; 0 when the problem concerns the whole file or row. */
  line: number;
  /** In Chinese, for the judge or court IT. */
  message: string;
}

/** A dated line in the header of a statute file, e.g. 2020年5月28日 第十三届全国人民代表大会第三次会议通过. */
export interface HistoryEntry {
  /** YYYY-MM-DD, or null for a line that carries no date. */
  date: string | null;
  event: string;
  line: number;
}

export interface SectionHeading {
  /** Markdown depth: 2 for ##, 3 for ###, … */
  depth: number;
  title: string;
  line: number;
}

/** 项: （一）… inside a 款. */
export interface ArticleItem {
  /** Index into `paragraphs` (0-based) of the 款 that holds the item. */
  paragraph: number;
  number: number;
  label: string;
  text: string;
}

export interface ParsedArticle {
  number: number;
  /** 之一 → 1, 之二 → 2; null for a plain article. */
  suffix: number | null;
  /** 第一百二十条之一 */
  label: string;
  /** 编/章/节 headings above the article, outermost first. */
  chapterPath: string[];
  /** 款: the first without the label; items stay inside the 款 that introduces them. */
  paragraphs: string[];
  items: ArticleItem[];
  /** The article exactly as in the source, label included, source lines joined with \n. */
  text: string;
  line: number;
}

export interface ParsedStatute {
  file: string;
  title: string | null;
  subtitle: string | null;
  history: HistoryEntry[];
  sections: SectionHeading[];
  /** Body lines outside any article: recitals, appendices, or the whole text of a document without articles. */
  preamble: string[];
  articles: ParsedArticle[];
  problems: ImportProblem[];
}

/** 有效 in force; 已修改 replaced by a later version; 已废止 repealed; 尚未生效 not yet in force. */
export type ValidityStatus = '有效' | '已废止' | '尚未生效' | '已修改';
export const validityStatuses: readonly ValidityStatus[] = ['有效', '已废止', '尚未生效', '已修改'];
