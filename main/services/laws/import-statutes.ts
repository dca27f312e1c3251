import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../store/database';
import { inTransaction } from '../../store/database';
import { applyRepeals } from './apply-repeals';
import type { RepealCandidate } from './apply-repeals';
import { readCatalogue } from './catalogue';
import type { CitingText } from './citation-counts';
import { countCitations } from './citation-counts';
import { titleKey } from './repeals';
import { indexTokens } from './fts-tokens';
import { planLaws } from './law-plan';
import type { LawPlan } from './law-plan';
import type { LawRecord, VersionRecord } from './law-record';
import { finishLaw, writeLaw } from './law-record';
import { itemsOf, parseStatute } from './parse-statute';
import { repealStatement } from './repeals';
import { adoptedFromHistory, effectiveFromHistory, issuerOf } from './statute-dates';
import type { ImportProblem, ParsedArticle } from './types';

export interface ImportProgress {
  /** Files read and written so far, of `total`. */
  done: number;
  total: number;
  file: string;
}

export interface ImportStatutesResult {
  laws: number;
  versions: number;
  articles: number;
  problems: ImportProblem[];
  ms: number;
}

/**
 * Replaces every statute in `db` with the LawRefBook folder's, in ONE transaction: if anything
 * throws (a full disk, or `onProgress` to cancel), the store is exactly as it was. Bad lines and
 * unmatched catalogue rows do not stop the import; they come back as `problems`.
 */
export function importStatutes(
  db: Db,
  folder: string,
  onProgress?: (progress: ImportProgress) => void,
): ImportStatutesResult {
  const started = performance.now();
  if (!existsSync(join(folder, 'db_law.jsonl'))) throw new Error(`法规数据目录无效（缺少 db_law.jsonl）：${folder}`);
  const catalogue = readCatalogue(folder);
  const problems: ImportProblem[] = [
    ...catalogue.problems,
    ...catalogue.unlisted.map((file) => ({
      file,
      line: 0,
      message: '未列入 db_law.jsonl 目录（多为其他分类下的重复文件），未导入',
    })),
  ];
  const plans = planLaws(catalogue.entries);
  const counts = inTransaction(db, () => writeStatutes(db, folder, plans, problems, onProgress));
  return { ...counts, problems, ms: Math.round(performance.now() - started) };
}

/** A document without 第X条 (a 批复, a case): its body becomes one entry labelled 正文. */
function wholeText(lines: string[], line: number): ParsedArticle {
  return {
    number: 0,
    suffix: null,
    label: '正文',
    chapterPath: [],
    paragraphs: lines,
    items: lines.flatMap((p, i) => itemsOf(p, i)),
    text: lines.join('\n'),
    line,
  };
}

function writeStatutes(
  db: Db,
  folder: string,
  plans: readonly LawPlan[],
  problems: ImportProblem[],
  onProgress?: (progress: ImportProgress) => void,
): { laws: number; versions: number; articles: number } {
  db.exec(`
    INSERT INTO articles_fts(articles_fts) VALUES ('delete-all');
    DELETE FROM articles; DELETE FROM law_versions; UPDATE laws SET successor_law_id = NULL; DELETE FROM laws;
  `);
  const insertLaw = db.prepare(
    `INSERT INTO laws (title, short_title, level, issuer, category, status, has_text)
     VALUES (?, ?, ?, ?, ?, '有效', 1)`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO law_versions (law_id, source_files, catalogue_ids, history) VALUES (?, ?, ?, ?)`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (law_version_id, ordinal, number, suffix, label, chapter_path, text, paragraphs, items, source_file, source_line)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFts = db.prepare('INSERT INTO articles_fts (rowid, body, heading) VALUES (?, ?, ?)');
  const countArticles = db.prepare('UPDATE law_versions SET article_count = ? WHERE id = ?');

  const total = plans.reduce((n, law) => n + law.versions.reduce((m, v) => m + v.files.length, 0), 0);
  let done = 0;
  let articleCount = 0;
  const laws: LawRecord[] = [];
  const repeals: RepealCandidate[] = [];
  const citing: CitingText[] = [];

  for (const plan of plans) {
    let law: LawRecord | null = null;
    for (const version of plan.versions) {
      let record: VersionRecord | null = null;
      let ordinal = 0;
      for (const file of version.files) {
        let source: string | null = null;
        try {
          source = readFileSync(join(folder, file), 'utf8');
        } catch (error) {
          problems.push({ file, line: 0, message: `无法读取文件：${(error as Error).message}` });
        }
        if (source !== null) {
          const parsed = parseStatute(file, source);
          problems.push(...parsed.problems);
          if (law === null) {
            const title = parsed.title ?? plan.shortTitle;
            const issuer = issuerOf(title, parsed.history);
            const id = Number(insertLaw.run(title, plan.shortTitle, plan.level, issuer, plan.category).lastInsertRowid);
            law = { id, title, shortTitle: plan.shortTitle, level: plan.level, hasText: true, versions: [] };
            laws.push(law);
          }
          if (record === null) {
            const id = Number(
              insertVersion.run(
                law.id,
                JSON.stringify(version.files),
                JSON.stringify(version.entries.map((e) => e.row.id)),
                JSON.stringify(parsed.history.map(({ date, event }) => ({ date, event }))),
              ).lastInsertRowid,
            );
            record = {
              id,
              publish: version.publish ?? adoptedFromHistory(parsed.history),
              effective:
                version.validFrom ?? effectiveFromHistory(parsed.history) ?? version.publish ?? adoptedFromHistory(parsed.history),
              end: null,
              repealed: false,
              expiredFlag: version.expired,
              history: parsed.history,
              articles: 0,
            };
            law.versions.push(record);
          }
          const articles =
            parsed.articles.length > 0 || parsed.preamble.length === 0
              ? parsed.articles
              : [wholeText(parsed.preamble, parsed.history.at(-1)?.line ?? 1)];
          for (const article of articles) {
            const articleId = Number(
              insertArticle.run(
                record.id,
                ordinal,
                article.number,
                article.suffix,
                article.label,
                JSON.stringify(article.chapterPath),
                article.text,
                JSON.stringify(article.paragraphs),
                JSON.stringify(article.items),
                file,
                article.line,
              ).lastInsertRowid,
            );
            insertFts.run(articleId, indexTokens(article.text), indexTokens(`${plan.shortTitle} ${article.chapterPath.join(' ')}`));
            ordinal += 1;
            citing.push({ lawId: law.id, text: article.text });
            if (article.text.includes('废止')) {
              const statement = repealStatement(article.text);
              if (statement) repeals.push({ law, version: record, label: article.label, statement });
            }
          }
          record.articles = ordinal;
        }
        done += 1;
        onProgress?.({ done, total, file });
      }
      if (record) countArticles.run(record.articles, record.id);
      articleCount += ordinal;
    }
  }

  const stubs = applyRepeals(db, laws, repeals, problems);
  for (const law of [...laws, ...stubs]) writeLaw(db, finishLaw(law));
  writeCitationCounts(db, laws, citing);
  return {
    laws: laws.length + stubs.length,
    versions: laws.reduce((n, l) => n + l.versions.length, 0),
    articles: articleCount,
  };
}

function writeCitationCounts(db: Db, laws: readonly LawRecord[], citing: readonly CitingText[]): void {
  const byKey = new Map<string, number>();
  for (const law of laws) {
    for (const key of [titleKey(law.shortTitle), titleKey(law.title)]) if (!byKey.has(key)) byKey.set(key, law.id);
  }
  const counts = countCitations(citing, (name) => byKey.get(titleKey(name)) ?? null);
  const update = db.prepare(
    `UPDATE articles SET cited_by = ? WHERE number = ? AND suffix IS ?
       AND law_version_id IN (SELECT id FROM law_versions WHERE law_id = ?)`,
  );
  for (const [key, n] of counts) {
    const [lawId, number, suffix] = key.split(':');
    update.run(n, Number(number), suffix === '' ? null : Number(suffix), Number(lawId));
  }
}
