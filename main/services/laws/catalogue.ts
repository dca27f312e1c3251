import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ImportProblem } from './types';

/** One row of db_law.jsonl (LawRefBook's catalogue). */
export interface CatalogueRow {
  id: string;
  level: string;
  name: string;
  filename: string | null;
  publish: string | null;
  /** 1 = no longer in force (repealed, or replaced by a later row of the same name). */
  expired: number;
  order: number | null;
  subtitle: string | null;
  valid_from: string | null;
  ver: number | null;
  tags: string | null;
  category_id: string;
}

/** One row of db_category.jsonl. */
export interface CatalogueCategory {
  id: string;
  name: string;
  folder: string;
}

export interface CatalogueEntry {
  row: CatalogueRow;
  category: CatalogueCategory | null;
  /** Statute file relative to the folder, `/`-separated; null when no file matches the row. */
  file: string | null;
}

export interface Catalogue {
  entries: CatalogueEntry[];
  problems: ImportProblem[];
  /** Markdown documents no catalogue row points to (left out of the import, reported). */
  unlisted: string[];
}

const NOT_STATUTES = new Set(['_index.md', '法律法规模版.md', 'SOURCE_README.md']);

function readJsonl<T>(folder: string, name: string, problems: ImportProblem[]): T[] {
  const path = join(folder, name);
  if (!existsSync(path)) {
    problems.push({ file: name, line: 0, message: `缺少目录文件 ${name}` });
    return [];
  }
  const rows: T[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        rows.push(JSON.parse(line) as T);
      } catch {
        problems.push({ file: name, line: i + 1, message: '此行不是有效的 JSON，已跳过' });
      }
    });
  return rows;
}

/** Every statute markdown file under `folder`, relative and `/`-separated. */
export function listStatuteFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md') && !NOT_STATUTES.has(name)) files.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return files;
}

/** The catalogue's dates use '' and null for "unknown". */
export function cleanDate(value: string | null | undefined): string | null {
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/**
 * The README rule (`<category.folder>/<filename or name>.md`, or with `(<publish>)` before `.md`,
 * the dated name first so two rows of one law get two files), then two fallbacks the data needs:
 * 案例 rows whose file is named after their `subtitle`, and rows filed under another category's
 * folder (a unique file of that name anywhere).
 */
function resolveFile(row: CatalogueRow, category: CatalogueCategory, files: Set<string>, used: Set<string>): string | null {
  const names = [row.filename ?? row.name, ...(row.subtitle ? [row.subtitle] : [])];
  const basenames = names.flatMap((n) => [...(row.publish ? [`${n}(${row.publish}).md`] : []), `${n}.md`]);
  const own = basenames.map((b) => `${category.folder}/${b}`).find((c) => files.has(c) && !used.has(c));
  if (own) return own;
  for (const b of basenames) {
    const elsewhere = [...files].filter((f) => f.endsWith(`/${b}`) && !used.has(f));
    if (elsewhere.length === 1) return elsewhere[0] ?? null;
  }
  return basenames.map((b) => `${category.folder}/${b}`).find((c) => files.has(c)) ?? null;
}

/**
 * Reads db_law.jsonl + db_category.jsonl and finds each row's file:
 * `<category.folder>/<filename or name>.md`, or with `(<publish>)` before `.md`.
 */
export function readCatalogue(folder: string): Catalogue {
  const problems: ImportProblem[] = [];
  const categories = new Map(readJsonl<CatalogueCategory>(folder, 'db_category.jsonl', problems).map((c) => [c.id, c]));
  const rows = readJsonl<CatalogueRow>(folder, 'db_law.jsonl', problems);
  const files = new Set(listStatuteFiles(folder));
  const used = new Set<string>();
  const entries = rows.map((row): CatalogueEntry => {
    const category = categories.get(row.category_id) ?? null;
    if (category === null) {
      problems.push({ file: 'db_law.jsonl', line: 0, message: `“${row.name}”的分类 ${row.category_id} 不在 db_category.jsonl 中` });
      return { row, category, file: null };
    }
    const file = resolveFile(row, category, files, used);
    if (file === null) {
      problems.push({
        file: `${category.folder}/${row.filename ?? row.name}.md`,
        line: 0,
        message: `目录中的“${row.name}”（${row.level}）找不到对应文件，未导入`,
      });
    } else {
      used.add(file);
    }
    return { row, category, file };
  });
  return { entries, problems, unlisted: [...files].filter((f) => !used.has(f)) };
}
