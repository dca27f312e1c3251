import type { Db } from '../../store/database';
import type { LawRecord, VersionRecord } from './law-record';
import type { RepealStatement } from './repeals';
import { shortTitleOf, titleKey } from './repeals';
import { firstHistoryDate } from './statute-dates';
import type { ImportProblem } from './types';

export interface RepealCandidate {
  law: LawRecord;
  version: VersionRecord;
  /** The article that states the repeal, e.g. 第一千二百六十条. */
  label: string;
  statement: RepealStatement;
}

/** The level a repealed law most likely had, from its title: the data has no row for it. */
function guessLevel(title: string, repealer: LawRecord): string {
  const bare = title.replace(/（[^）]*）$/, '');
  if (/(?:(?<!办)法|决定)$/.test(bare)) return '法律';
  if (/解释|规定|批复|答复|纪要|安排/.test(bare) && /^(?:最高人民|关于)/.test(bare)) return '司法解释';
  if (/条例|办法|细则/.test(bare)) return repealer.level === '法律' ? '行政法规' : repealer.level;
  return repealer.level;
}

function repealDate(candidate: RepealCandidate): string | null {
  const { statement, version } = candidate;
  // 自公布之日起施行 in a consolidated text refers to the original adoption, not the last amendment.
  if (statement.commencement === 'publish') return firstHistoryDate(version.history) ?? version.publish;
  return statement.commencement ?? version.effective;
}

/**
 * Gives each law that a commencement article repeals its end date and successor. A law in the
 * catalogue counts only when the catalogue also marks its last version expired and that version
 * began before the repeal (a newer law of the same name — 国家安全法 1993 and 2015 — is left alone);
 * a law the data has no text for (合同法) becomes a text-less entry, so citations of it can be
 * answered 已废止 with the successor. Returns those new entries.
 */
export function applyRepeals(
  db: Db,
  laws: readonly LawRecord[],
  candidates: readonly RepealCandidate[],
  problems: ImportProblem[],
): LawRecord[] {
  const byKey = new Map<string, LawRecord>();
  for (const law of laws) {
    for (const key of [titleKey(law.shortTitle), titleKey(law.title)]) if (!byKey.has(key)) byKey.set(key, law);
  }
  const insertStub = db.prepare(
    `INSERT INTO laws (title, short_title, level, status, repealed, has_text) VALUES (?, ?, ?, '已废止', 1, 0)`,
  );
  const stubs: LawRecord[] = [];
  const ordered = [...candidates]
    .map((c) => ({ candidate: c, date: repealDate(c) }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));

  for (const { candidate, date } of ordered) {
    const repeal = {
      date,
      successorLawId: candidate.law.id,
      successorTitle: candidate.law.title,
      provision: `《${candidate.law.title}》${candidate.label}`,
    };
    for (const title of candidate.statement.repealedTitles) {
      const key = titleKey(title);
      if (key === '') continue;
      const known = byKey.get(key);
      if (known) {
        if (known === candidate.law || known.repeal) continue;
        const last = [...known.versions].sort((a, b) => (a.effective ?? '').localeCompare(b.effective ?? '')).at(-1);
        if (last?.expiredFlag && date !== null && (last.effective ?? '') < date) known.repeal = repeal;
        continue;
      }
      const shortTitle = shortTitleOf(title);
      try {
        const id = Number(insertStub.run(title, shortTitle, guessLevel(shortTitle, candidate.law)).lastInsertRowid);
        const stub: LawRecord = {
          id,
          title,
          shortTitle,
          level: guessLevel(shortTitle, candidate.law),
          hasText: false,
          versions: [],
          repeal,
        };
        stubs.push(stub);
        byKey.set(key, stub);
      } catch (error) {
        problems.push({
          file: candidate.law.shortTitle,
          line: 0,
          message: `${candidate.label}所列被废止的《${title}》无法登记：${(error as Error).message}`,
        });
      }
    }
  }
  return stubs;
}
