import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { statuteFolder } from '../../../../../main/services/laws/data-folder';

/** The LawRefBook folder of the team data (never copied into the repo), or null when absent. */
export const lawrefbook = statuteFolder();
export const hasStatuteData = existsSync(join(lawrefbook, 'db_law.jsonl'));
if (!hasStatuteData) {
  console.warn(`跳过法规数据测试：找不到 ${lawrefbook}（可用 JUDGEDESK_SHARED_DATA 指定团队数据目录）`);
}

export interface CatalogueRow {
  name: string;
  filename: string | null;
  publish: string | null;
  category_id: string;
}

/**
 * A small LawRefBook folder in `root`: the catalogue rows `keep` accepts and their files, copied
 * from the team data (never into the repo). `keep` sees each db_law.jsonl row.
 */
export function subsetFolder(root: string, keep: (row: CatalogueRow) => boolean): string {
  const folder = join(root, 'lawrefbook');
  mkdirSync(folder, { recursive: true });
  copyFileSync(join(lawrefbook, 'db_category.jsonl'), join(folder, 'db_category.jsonl'));
  const categories = new Map(
    readFileSync(join(lawrefbook, 'db_category.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; folder: string })
      .map((c) => [c.id, c.folder]),
  );
  const lines = readFileSync(join(lawrefbook, 'db_law.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .filter((l) => keep(JSON.parse(l) as CatalogueRow));
  for (const line of lines) {
    const row = JSON.parse(line) as CatalogueRow;
    const base = `${categories.get(row.category_id)}/${row.filename ?? row.name}`;
    for (const name of [`${base}.md`, `${base}(${row.publish}).md`]) {
      if (!existsSync(join(lawrefbook, name))) continue;
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      copyFileSync(join(lawrefbook, name), join(folder, name));
    }
  }
  writeFileSync(join(folder, 'db_law.jsonl'), `${lines.join('\n')}\n`);
  return folder;
}
