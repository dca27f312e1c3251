import type { Db } from '../../store/database';
import type { LawStatusOn } from './law-status';
import { lawStatusOn } from './law-status';
import type { ArticleItem } from './types';
import { today } from './validity';

export interface ArticleRef {
  id: number;
  number: number;
  suffix: number | null;
  label: string;
}

export interface ArticleView extends ArticleRef {
  chapterPath: string[];
  text: string;
  paragraphs: string[];
  items: ArticleItem[];
  sourceFile: string;
  sourceLine: number;
}

export type GetArticleResult =
  | {
      found: true;
      law: LawStatusOn;
      article: ArticleView;
      previous: ArticleRef | null;
      next: ArticleRef | null;
    }
  /** unknown-law: no such law; no-text: the store knows the law only as repealed; no-article: out of range. */
  | { found: false; reason: 'unknown-law' | 'no-text' | 'no-article'; law: LawStatusOn | null; maxNumber: number | null };

interface ArticleRow {
  id: number;
  ordinal: number;
  number: number;
  suffix: number | null;
  label: string;
  chapter_path: string;
  text: string;
  paragraphs: string;
  items: string;
  source_file: string;
  source_line: number;
}

const ref = (row: ArticleRow | undefined): ArticleRef | null =>
  row ? { id: row.id, number: row.number, suffix: row.suffix, label: row.label } : null;

/**
 * The article as it read on `asOf` (default today): from the version in force that day, else the
 * nearest version (the status in `law` then says 已废止 / 尚未生效), with its neighbours and chapter path.
 */
export function getArticle(
  db: Db,
  law: number | string,
  number: number,
  suffix: number | null = null,
  asOf: string = today(),
): GetArticleResult {
  const status = lawStatusOn(db, law, asOf);
  if (status === null) return { found: false, reason: 'unknown-law', law: null, maxNumber: null };
  if (!status.hasText) return { found: false, reason: 'no-text', law: status, maxNumber: null };
  const versionId =
    status.version?.id ??
    // In force but the store has only later texts (刑法 before 2021): the earliest text we have.
    (
      db.prepare("SELECT id FROM law_versions WHERE law_id = ? ORDER BY COALESCE(effective_date, ''), id LIMIT 1").get(status.lawId) as {
        id: number;
      }
    ).id;
  const row = db
    .prepare('SELECT * FROM articles WHERE law_version_id = ? AND number = ? AND suffix IS ? ORDER BY ordinal LIMIT 1')
    .get(versionId, number, suffix) as ArticleRow | undefined;
  if (!row) {
    const max = db.prepare('SELECT max(number) AS n FROM articles WHERE law_version_id = ?').get(versionId) as { n: number | null };
    return { found: false, reason: 'no-article', law: status, maxNumber: max.n };
  }
  const neighbour = db.prepare('SELECT * FROM articles WHERE law_version_id = ? AND ordinal = ?');
  return {
    found: true,
    law: status,
    article: {
      ...ref(row)!,
      chapterPath: JSON.parse(row.chapter_path) as string[],
      text: row.text,
      paragraphs: JSON.parse(row.paragraphs) as string[],
      items: JSON.parse(row.items) as ArticleItem[],
      sourceFile: row.source_file,
      sourceLine: row.source_line,
    },
    previous: ref(neighbour.get(versionId, row.ordinal - 1) as ArticleRow | undefined),
    next: ref(neighbour.get(versionId, row.ordinal + 1) as ArticleRow | undefined),
  };
}
