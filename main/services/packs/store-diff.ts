import type { Db } from '../../store/database';

/** What an import changes in the statute store, for the confirmation screen and the audit entry. */
export interface LawChange {
  shortTitle: string;
  title: string;
  /** 新增 2023-09-01 施行版本 … */
  note?: string;
}

export interface PackDiff {
  lawsAdded: LawChange[];
  /** A law already installed that gains a version. */
  lawsAmended: LawChange[];
  /** Repealed after the import, in force before (or absent). */
  lawsRepealed: LawChange[];
  /** Installed before, not in the pack (a pack replaces all statutes). */
  lawsRemoved: LawChange[];
  articlesAdded: number;
  articlesRemoved: number;
  /** Case lines the pack carries (kept in the pack file until the case store exists). */
  casesInPack: number;
}

interface LawState {
  title: string;
  repealed: boolean;
  hasText: boolean;
  versions: Set<string>;
}

export interface StoreSummary {
  laws: Map<string, LawState>;
  /** law|effective|publish|label → how many articles carry that key. */
  articles: Map<string, number>;
}

const versionKey = (effective: string | null, publish: string | null) => `${effective ?? '?'}|${publish ?? '?'}`;

export function summarizeStore(db: Db): StoreSummary {
  const laws = new Map<string, LawState>();
  for (const row of db.prepare('SELECT short_title, title, repealed, has_text FROM laws').iterate() as Iterable<{
    short_title: string;
    title: string;
    repealed: number;
    has_text: number;
  }>) {
    laws.set(row.short_title, { title: row.title, repealed: row.repealed === 1, hasText: row.has_text === 1, versions: new Set() });
  }
  for (const row of db
    .prepare('SELECT l.short_title, v.effective_date, v.publish_date FROM law_versions v JOIN laws l ON l.id = v.law_id')
    .iterate() as Iterable<{ short_title: string; effective_date: string | null; publish_date: string | null }>) {
    laws.get(row.short_title)?.versions.add(versionKey(row.effective_date, row.publish_date));
  }
  const articles = new Map<string, number>();
  for (const row of db
    .prepare(
      `SELECT l.short_title || '|' || coalesce(v.effective_date, '?') || '|' || coalesce(v.publish_date, '?') || '|' || a.label AS k
         FROM articles a JOIN law_versions v ON v.id = a.law_version_id JOIN laws l ON l.id = v.law_id`,
    )
    .pluck()
    .iterate() as Iterable<string>) {
    articles.set(row, (articles.get(row) ?? 0) + 1);
  }
  return { laws, articles };
}

function surplus(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [key, count] of a) n += Math.max(0, count - (b.get(key) ?? 0));
  return n;
}

export function diffStores(before: StoreSummary, after: StoreSummary, casesInPack: number): PackDiff {
  const diff: PackDiff = {
    lawsAdded: [],
    lawsAmended: [],
    lawsRepealed: [],
    lawsRemoved: [],
    articlesAdded: surplus(after.articles, before.articles),
    articlesRemoved: surplus(before.articles, after.articles),
    casesInPack,
  };
  for (const [shortTitle, law] of after.laws) {
    const old = before.laws.get(shortTitle);
    if (!old) diff.lawsAdded.push({ shortTitle, title: law.title });
    else {
      const added = [...law.versions].filter((v) => !old.versions.has(v));
      if (added.length > 0) {
        const dates = added.map((v) => v.split('|')[0]).join('、');
        diff.lawsAmended.push({ shortTitle, title: law.title, note: `新增 ${dates} 施行的版本` });
      }
    }
    if (law.repealed && !(old?.repealed ?? false)) diff.lawsRepealed.push({ shortTitle, title: law.title });
  }
  for (const [shortTitle, law] of before.laws) {
    if (!after.laws.has(shortTitle)) diff.lawsRemoved.push({ shortTitle, title: law.title });
  }
  return diff;
}
