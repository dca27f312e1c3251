// Writes normalised case records into knowledge.db inside the pack import's transaction: cited
// articles resolved against the statute store just written, bigram FTS rows, cause and article
// rows for filters. Every line that does not become a record is counted by reason.
import type { Db } from '../../store/database';
import { indexTokens, today } from '../laws';
import type { CaseProblem, CaseProblemReason, CaseRecord } from './case-record';
import { caseProblemLabels } from './case-record';
import { citedArticles } from './cited-articles';
import type { CitedArticleRef } from './cited-articles';
import { factKey, parseCaseLine } from './source-formats';

export interface CaseImportReport {
  imported: number;
  bySource: Record<string, number>;
  /** Lines or documents that did not become records, by reason, with a few places to look. */
  problems: Array<{ reason: CaseProblemReason; label: string; count: number; examples: string[] }>;
  /** Cited articles the statute store could not resolve (kept in `cited` with articleId null). */
  unresolvedArticles: number;
}

const EXAMPLES_PER_REASON = 5;

export class CaseWriter {
  private readonly insertCase;
  private readonly insertCause;
  private readonly insertArticle;
  private readonly insertFts;
  private readonly seenIds = new Set<string>();
  private readonly seenFacts = new Set<string>();
  private readonly problems: CaseProblem[] = [];
  private readonly bySource: Record<string, number> = {};
  private readonly citationCache = new Map<string, CitedArticleRef[]>();
  private unresolved = 0;
  private imported = 0;

  constructor(private readonly db: Db) {
    this.insertCase = db.prepare(
      `INSERT INTO cases (source, source_id, kind, court, court_level, region, case_number, causes, decided_on, parties,
         facts, reasoning, result, cited, prison_months, life_imprisonment, death_penalty, fine, awarded, fact_key)
       VALUES (@source, @sourceId, @kind, @court, @courtLevel, @region, @caseNumber, @causes, @decidedOn, @parties,
         @facts, @reasoning, @result, @cited, @prisonMonths, @life, @death, @fine, @awarded, @factKey)`,
    );
    this.insertCause = db.prepare('INSERT OR IGNORE INTO case_causes (cause, case_id) VALUES (?, ?)');
    this.insertArticle = db.prepare('INSERT OR IGNORE INTO case_articles (article_key, case_id) VALUES (?, ?)');
    this.insertFts = db.prepare('INSERT INTO cases_fts (rowid, facts, focus) VALUES (?, ?, ?)');
  }

  /** A pack with cases replaces the corpus: contentless FTS rows go by 'delete-all'. */
  clear(): void {
    this.db.exec(`DELETE FROM cases; INSERT INTO cases_fts (cases_fts) VALUES ('delete-all');`);
  }

  /** One raw line of the pack's cases part; `where` names it in the report (line number). */
  addLine(line: string, where: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      this.problems.push({ reason: 'invalid-json', source: '?', where });
      return;
    }
    for (const p of parseCaseLine(parsed)) {
      if (p.ok) this.add(p.record);
      else this.problems.push({ reason: p.reason, source: p.source, where: p.where || where });
    }
  }

  add(record: CaseRecord): number | null {
    const key = factKey(record.facts);
    const id = `${record.source}\u0000${record.sourceId}`;
    if (this.seenIds.has(id) || this.seenFacts.has(key)) {
      this.problems.push({ reason: 'duplicate', source: record.source, where: record.sourceId });
      return null;
    }
    this.seenIds.add(id);
    this.seenFacts.add(key);
    const cited = this.resolve(record.citationText, record.decidedOn ?? today());
    this.unresolved += cited.filter((a) => a.articleId === null).length;
    const rowId = Number(
      this.insertCase.run({
        ...record,
        causes: JSON.stringify(record.causes),
        cited: JSON.stringify(cited),
        prisonMonths: record.outcome.prisonMonths,
        life: record.outcome.lifeImprisonment ? 1 : 0,
        death: record.outcome.deathPenalty ? 1 : 0,
        fine: record.outcome.fine,
        awarded: record.outcome.awarded,
        factKey: key,
      }).lastInsertRowid,
    );
    for (const cause of record.causes) this.insertCause.run(cause, rowId);
    for (const article of cited) this.insertArticle.run(article.key, rowId);
    this.insertFts.run(rowId, indexTokens(record.facts), indexTokens(record.reasoning || record.facts));
    this.imported += 1;
    this.bySource[record.source] = (this.bySource[record.source] ?? 0) + 1;
    return rowId;
  }

  private resolve(text: string, date: string): CitedArticleRef[] {
    if (!text) return [];
    const cacheKey = `${date}\u0000${text}`;
    const cached = this.citationCache.get(cacheKey);
    if (cached) return cached;
    const out = citedArticles(this.db, text, date);
    this.citationCache.set(cacheKey, out);
    return out;
  }

  finish(): CaseImportReport {
    const grouped = new Map<CaseProblemReason, CaseProblem[]>();
    for (const p of this.problems) grouped.set(p.reason, [...(grouped.get(p.reason) ?? []), p]);
    return {
      imported: this.imported,
      bySource: { ...this.bySource },
      problems: [...grouped].map(([reason, list]) => ({
        reason,
        label: caseProblemLabels[reason],
        count: list.length,
        examples: list.slice(0, EXAMPLES_PER_REASON).map((p) => `${p.source} ${p.where}`.trim()),
      })),
      unresolvedArticles: this.unresolved,
    };
  }
}
