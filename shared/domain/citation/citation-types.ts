/**
 * Structured citations of statutes as found in judgments (法条引用), with offsets into the source
 * text (UTF-16 indices, `end` exclusive, as String.prototype.slice) so a UI can highlight them.
 */

/** One cited article, down to 款 (paragraph) and 项 (item) where the text names them. */
export interface CitedArticle {
  /** 条 number: 第一百二十条之一 → 120. */
  readonly article: number;
  /** 之一 → 1, 之二 → 2; null for a plain article. */
  readonly suffix: number | null;
  /** 第一百二十条之一: the article in standard form, without 款/项. */
  readonly label: string;
  /** 款 number, or null when the citation names the whole article. */
  readonly paragraph: number | null;
  /** 项 number, or null. */
  readonly item: number | null;
  /** Where this article is named in the text (a range shares the span of the whole range). */
  readonly start: number;
  readonly end: number;
}

/**
 * A reference that points inside the citing provision rather than at a numbered article:
 * 前款, 前两款, 前条, 前项, 本条第二款. Resolved later against the article that contains it.
 */
export interface RelativeAnchor {
  /** `previous`: 前款/前条/前项; `this`: 本条. */
  readonly position: 'previous' | 'this';
  readonly unit: 'article' | 'paragraph' | 'item';
  /** 前两款 → 2; otherwise 1. */
  readonly count: number;
  /** 本条第二款 → 2. */
  readonly paragraph: number | null;
  readonly item: number | null;
}

export interface Citation {
  /** The cited text exactly as in the source: text.slice(start, end). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /**
   * The law as written, outer 《》 removed, nested 〈〉 kept (中华人民共和国刑法, 民法典, 民诉法解释, 本法); an
   * issuer written outside the marks is kept (最高人民法院《关于…》 → 最高人民法院关于…). For an
   * article that inherits the law named earlier in the sentence, that earlier name; for 前款 and
   * 本条第二款, which name no law, 本法.
   */
  readonly lawTitle: string;
  /**
   * The official title after alias and prefix normalisation (中华人民共和国民法典), or null when the
   * law is not in our alias table and was not written in full, or the reference is relative.
   */
  readonly canonicalTitle: string | null;
  /** True for 本法第X条, 本条第二款, 前款 …: the law is the one the citing text belongs to. */
  readonly relative: boolean;
  /** Set for 前款 / 本条… references; null for citations of numbered articles. */
  readonly anchor: RelativeAnchor | null;
  /** True when the articles were named without a law and took the last law named before them. */
  readonly inherited: boolean;
  /** A version note written after the title: 《民事诉讼法》（2017年修正） → 2017年修正. */
  readonly versionNote: string | null;
  readonly articles: readonly CitedArticle[];
  /** A range (第一条至第九十九条) longer than the expansion cap was cut to its first articles. */
  readonly truncated: boolean;
}

/** Something in the text that looks like a citation but cannot be read. Never thrown. */
export interface CitationProblem {
  readonly start: number;
  readonly end: number;
  /** A message for the user, in Chinese. */
  readonly message: string;
}

export interface CitationParseResult {
  readonly citations: readonly Citation[];
  readonly problems: readonly CitationProblem[];
}
