import type { CatalogueEntry } from './catalogue';
import { cleanDate } from './catalogue';

/** One version of a law as the catalogue lists it: one file, or the parts of a split code. */
export interface VersionPlan {
  entries: CatalogueEntry[];
  files: string[];
  publish: string | null;
  validFrom: string | null;
  /** The catalogue's `expired` flag on any of the rows. */
  expired: boolean;
}

export interface LawPlan {
  /** Catalogue name, shared by all versions: 民事诉讼法, 民法典. */
  shortTitle: string;
  level: string;
  category: string | null;
  versions: VersionPlan[];
}

/**
 * Groups catalogue rows into laws and versions. Rows of one name are versions of one law;
 * the parts of a split code (民法典 总则 … 附则: rows with a `filename` under a category of the
 * same name) are one version of one law, in catalogue order.
 */
export function planLaws(entries: readonly CatalogueEntry[]): LawPlan[] {
  const laws = new Map<string, LawPlan>();
  const versions = new Map<string, VersionPlan>();
  for (const entry of entries) {
    if (entry.file === null) continue;
    const { row, category } = entry;
    const isPart = row.filename !== null && category !== null && row.name.startsWith(`${category.name} `);
    const shortTitle = isPart && category ? category.name : row.name;
    let law = laws.get(shortTitle);
    if (!law) {
      law = { shortTitle, level: row.level, category: category?.name ?? null, versions: [] };
      laws.set(shortTitle, law);
    }
    const publish = cleanDate(row.publish);
    const validFrom = cleanDate(row.valid_from);
    const versionKey = `${shortTitle}|${publish ?? ''}|${validFrom ?? ''}`;
    let version = versions.get(versionKey);
    if (!version) {
      version = { entries: [], files: [], publish, validFrom, expired: false };
      versions.set(versionKey, version);
      law.versions.push(version);
    }
    version.entries.push(entry);
    version.expired ||= row.expired === 1;
  }
  for (const version of versions.values()) {
    version.entries.sort((a, b) => (a.row.order ?? 0) - (b.row.order ?? 0));
    version.files = version.entries.map((e) => e.file ?? '');
  }
  return [...laws.values()];
}
