import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CauseCatalogue } from '../../../shared/contract/channels/cases';
import civilList from '../../../resources/causes-of-action/civil.json';
import criminalList from '../../../resources/causes-of-action/criminal.json';
import { sharedDataFolder } from '../laws';

interface MaintainedList {
  title: string;
  source: string;
  maintainedAt: string;
  parts: Array<{ part: string; groups: Array<{ group: string; causes: string[] }> }>;
}

function fromMaintained(kind: 'civil' | 'criminal', list: MaintainedList): CauseCatalogue {
  return {
    kind,
    title: list.title,
    source: list.source,
    origin: 'maintained',
    maintainedAt: list.maintainedAt,
    parts: list.parts.map((p) => ({
      part: p.part,
      groups: p.groups.map((g) => ({ group: g.group, causes: g.causes.map((name) => ({ name })) })),
    })),
  };
}

export const civilCauses = (): CauseCatalogue => fromMaintained('civil', civilList);

interface ChargeRecord {
  charge?: unknown;
  chapter?: unknown;
  level1?: unknown;
  level2?: unknown;
}

const chargeFile = (dataFolder: string) => join(dataFolder, 'labels', 'charges', 'lawgpt_criminal_charges.json');

/**
 * 罪名: the full list from the team data folder when it is there (read at run time, never
 * copied into the repository), grouped by 分则章 and 节; else the maintained short list.
 * A file that cannot be read or has no usable rows falls back too, with the reason in `source`.
 */
export function criminalCauses(dataFolder: string = sharedDataFolder()): CauseCatalogue {
  const file = chargeFile(dataFolder);
  const fallback = fromMaintained('criminal', criminalList);
  if (!existsSync(file)) return fallback;
  let records: ChargeRecord[];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(parsed)) throw new Error('不是JSON数组');
    records = parsed as ChargeRecord[];
  } catch (error) {
    return {
      ...fallback,
      source: `${fallback.source}（团队数据目录中的罪名表无法读取：${error instanceof Error ? error.message : String(error)}）`,
    };
  }
  const parts = new Map<string, Map<string, Array<{ name: string; basis?: string }>>>();
  for (const r of records) {
    if (typeof r.charge !== 'string' || r.charge.trim() === '') continue;
    // "第一章 危害国家安全罪（12）" → "第一章 危害国家安全罪": the count is the file's, not the law's.
    const chapter = typeof r.level1 === 'string' && r.level1 ? r.level1.replace(/（\d+）$/, '') : '其他';
    const section = typeof r.level2 === 'string' && r.level2 ? r.level2.replace(/（\d+）$/, '') : chapter;
    const groups = parts.get(chapter) ?? new Map<string, Array<{ name: string; basis?: string }>>();
    parts.set(chapter, groups);
    const causes = groups.get(section) ?? [];
    groups.set(section, causes);
    if (causes.some((c) => c.name === r.charge)) continue;
    causes.push(typeof r.chapter === 'string' ? { name: r.charge.trim(), basis: r.chapter } : { name: r.charge.trim() });
  }
  if (parts.size === 0) return fallback;
  return {
    kind: 'criminal',
    title: '刑法罪名',
    source:
      '团队数据目录 labels/charges/lawgpt_criminal_charges.json（pengxiao-song/LaWGPT，483个罪名及刑法条文），运行时读取，未复制进项目',
    origin: 'data-folder',
    maintainedAt: '2023-06-05',
    parts: [...parts].map(([part, groups]) => ({
      part,
      groups: [...groups].map(([group, causes]) => ({ group, causes })),
    })),
  };
}

let cachedCriminal: CauseCatalogue | null = null;

/** Both catalogues; the data-folder read happens once per process. */
export function causeCatalogues(): { civil: CauseCatalogue; criminal: CauseCatalogue } {
  cachedCriminal ??= criminalCauses();
  return { civil: civilCauses(), criminal: cachedCriminal };
}
