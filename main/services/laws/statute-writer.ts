import type { Db } from '../../store/database';
import { applyRepeals } from './apply-repeals';
import type { RepealCandidate } from './apply-repeals';
import type { CitingText } from './citation-counts';
import { countCitations } from './citation-counts';
import { indexTokens } from './fts-tokens';
import type { LawRecord, VersionRecord } from './law-record';
import { finishLaw, writeLaw } from './law-record';
import { itemsOf } from './parse-statute';
import { repealStatement, titleKey } from './repeals';
import { adoptedFromHistory, effectiveFromHistory, issuerOf } from './statute-dates';
import type { StatuteLawRecord } from './statute-records';
import type { ImportProblem, ParsedArticle } from './types';

export interface StatuteCounts {
  laws: number;
  versions: number;
  articles: number;
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

/**
 * Replaces every statute in `db` with the laws given to `add`, one at a time. It runs inside the
 * caller's transaction (importStatutes, or a pack import): `clear` and `add` leave half-written
 * state that only `finish` completes, so the caller commits after `finish` or rolls back.
 */
export class StatuteWriter {
  private readonly insertLaw;
  private readonly insertVersion;
  private readonly insertArticle;
  private readonly insertFts;
  private readonly countArticles;
  private readonly laws: LawRecord[] = [];
  private readonly repeals: RepealCandidate[] = [];
  private readonly citing: CitingText[] = [];
  private articleCount = 0;

  constructor(
    private readonly db: Db,
    /** Parse problems of the files are appended here. */
    readonly problems: ImportProblem[],
  ) {
    db.exec(`
      INSERT INTO articles_fts(articles_fts) VALUES ('delete-all');
      DELETE FROM articles; DELETE FROM law_versions; UPDATE laws SET successor_law_id = NULL; DELETE FROM laws;
    `);
    this.insertLaw = db.prepare(
      `INSERT INTO laws (title, short_title, level, issuer, category, status, has_text)
       VALUES (?, ?, ?, ?, ?, '有效', 1)`,
    );
    this.insertVersion = db.prepare(`INSERT INTO law_versions (law_id, source_files, catalogue_ids, history) VALUES (?, ?, ?, ?)`);
    this.insertArticle = db.prepare(
      `INSERT INTO articles (law_version_id, ordinal, number, suffix, label, chapter_path, text, paragraphs, items, source_file, source_line)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.insertFts = db.prepare('INSERT INTO articles_fts (rowid, body, heading) VALUES (?, ?, ?)');
    this.countArticles = db.prepare('UPDATE law_versions SET article_count = ? WHERE id = ?');
  }

  /** Writes one law with all its versions; `onFile` is called after each source file. */
  add(plan: StatuteLawRecord, onFile?: (file: string) => void): void {
    let law: LawRecord | null = null;
    for (const version of plan.versions) {
      let record: VersionRecord | null = null;
      let ordinal = 0;
      for (const { file, parsed, error } of version.files) {
        if (parsed === null) {
          this.problems.push({ file, line: 0, message: error ?? '无法读取文件' });
        } else {
          this.problems.push(...parsed.problems);
          if (law === null) {
            const title = parsed.title ?? plan.shortTitle;
            const issuer = issuerOf(title, parsed.history);
            const id = Number(this.insertLaw.run(title, plan.shortTitle, plan.level, issuer, plan.category).lastInsertRowid);
            law = { id, title, shortTitle: plan.shortTitle, level: plan.level, hasText: true, versions: [] };
            this.laws.push(law);
          }
          if (record === null) {
            const id = Number(
              this.insertVersion.run(
                law.id,
                JSON.stringify(version.files.map((f) => f.file)),
                JSON.stringify(version.catalogueIds),
                JSON.stringify(parsed.history.map(({ date, event }) => ({ date, event }))),
              ).lastInsertRowid,
            );
            record = {
              id,
              publish: version.publish ?? adoptedFromHistory(parsed.history),
              effective: version.validFrom ?? effectiveFromHistory(parsed.history) ?? version.publish ?? adoptedFromHistory(parsed.history),
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
              this.insertArticle.run(
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
            this.insertFts.run(articleId, indexTokens(article.text), indexTokens(`${plan.shortTitle} ${article.chapterPath.join(' ')}`));
            ordinal += 1;
            this.citing.push({ lawId: law.id, text: article.text });
            if (article.text.includes('废止')) {
              const statement = repealStatement(article.text);
              if (statement) this.repeals.push({ law, version: record, label: article.label, statement });
            }
          }
          record.articles = ordinal;
        }
        onFile?.(file);
      }
      if (record) this.countArticles.run(record.articles, record.id);
      this.articleCount += ordinal;
    }
  }

  /** Repeals, version dates, statuses and citation counts: needs every law written first. */
  finish(): StatuteCounts {
    const stubs = applyRepeals(this.db, this.laws, this.repeals, this.problems);
    for (const law of [...this.laws, ...stubs]) writeLaw(this.db, finishLaw(law));
    this.writeCitationCounts();
    return {
      laws: this.laws.length + stubs.length,
      versions: this.laws.reduce((n, l) => n + l.versions.length, 0),
      articles: this.articleCount,
    };
  }

  private writeCitationCounts(): void {
    const byKey = new Map<string, number>();
    for (const law of this.laws) {
      for (const key of [titleKey(law.shortTitle), titleKey(law.title)]) if (!byKey.has(key)) byKey.set(key, law.id);
    }
    const counts = countCitations(this.citing, (name) => byKey.get(titleKey(name)) ?? null);
    const update = this.db.prepare(
      `UPDATE articles SET cited_by = ? WHERE number = ? AND suffix IS ?
         AND law_version_id IN (SELECT id FROM law_versions WHERE law_id = ?)`,
    );
    for (const [key, n] of counts) {
      const [lawId, number, suffix] = key.split(':');
      update.run(n, Number(number), suffix === '' ? null : Number(suffix), Number(lawId));
    }
  }
}
