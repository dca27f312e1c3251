import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../../../main/store/database';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { importStatutes, searchArticles } from '../../../../../main/services/laws';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from './statute-data';
import type { CatalogueRow } from './statute-data';

const KEEP = ['民法典', '刑法', '民事诉讼法'];

/** A small statute folder in a temp dir: three real laws from the team data plus one broken file. */
function subsetWithBrokenFile(root: string): string {
  const folder = subsetFolder(root, (r) => KEEP.some((k) => r.name === k || r.name.startsWith(`${k} `)));
  const catalogue = join(folder, 'db_law.jsonl');
  const rows = readFileSync(catalogue, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as CatalogueRow);
  const categories = new Map(
    readFileSync(join(folder, 'db_category.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; folder: string })
      .map((c) => [c.id, c.folder]),
  );
  const broken = {
    id: 'broken',
    level: '法律',
    name: '示例坏法',
    filename: null,
    publish: '2020-01-01',
    expired: 0,
    order: null,
    subtitle: null,
    valid_from: '2020-01-01',
    ver: 1,
    tags: null,
    category_id: rows[0]?.category_id,
  };
  const brokenFolder = categories.get(broken.category_id ?? '') ?? '';
  writeFileSync(
    join(folder, brokenFolder, '示例坏法(2020-01-01).md'),
    ['# 示例坏法', '2020年1月1日 通过', '<!-- INFO END -->', '第一条 本条完好。', '第二X条 编号坏了。', '第三条 本条也完好。'].join('\n'),
  );
  writeFileSync(catalogue, [...rows, broken].map((r) => JSON.stringify(r)).join('\n') + '\n{not json\n');
  return folder;
}

describe.skipIf(!hasStatuteData)('importStatutes on bad input and interruption', () => {
  let tmp: ReturnType<typeof tempDir>;
  let folder: string;
  let db: Db;
  beforeEach(() => {
    tmp = tempDir();
    folder = subsetWithBrokenFile(tmp.dir);
    db = openDatabase({ file: join(tmp.dir, 'knowledge.db'), migrations: knowledgeMigrations });
  });
  afterEach(() => {
    db.close();
    tmp.cleanup();
  });

  const snapshot = () => ({
    laws: db.prepare('SELECT * FROM laws ORDER BY id').all(),
    versions: db.prepare('SELECT * FROM law_versions ORDER BY id').all(),
    articles: db.prepare('SELECT count(*) AS n, sum(length(text)) AS chars FROM articles').get(),
    fts: searchArticles(db, { query: '诈骗', limit: 5 }).hits.map((h) => h.articleId),
  });

  it('reports the bad line of a broken file with file and line, and imports the rest', () => {
    const result = importStatutes(db, folder);
    const label = result.problems.find((p) => p.file.endsWith('示例坏法(2020-01-01).md'));
    expect(label).toMatchObject({ line: 5, message: expect.stringContaining('无法识别条文编号') });
    expect(result.problems).toContainEqual({ file: 'db_law.jsonl', line: expect.any(Number), message: '此行不是有效的 JSON，已跳过' });
    const broken = db
      .prepare(
        "SELECT a.label FROM articles a JOIN law_versions v ON v.id = a.law_version_id JOIN laws l ON l.id = v.law_id WHERE l.short_title = '示例坏法'",
      )
      .all();
    expect(broken).toEqual([{ label: '第一条' }, { label: '第三条' }]);
    expect(
      db
        .prepare(
          "SELECT count(*) AS n FROM articles a JOIN law_versions v ON v.id = a.law_version_id JOIN laws l ON l.id = v.law_id WHERE l.short_title = '民法典'",
        )
        .get(),
    ).toEqual({ n: 1260 });
  });

  it('leaves the store exactly as it was when the import is interrupted midway', () => {
    importStatutes(db, folder);
    const before = snapshot();
    expect(before.fts.length).toBeGreaterThan(0);
    let calls = 0;
    expect(() =>
      importStatutes(db, folder, (p) => {
        calls += 1;
        if (p.done === Math.ceil(p.total / 2)) throw new Error('用户取消导入');
      }),
    ).toThrow('用户取消导入');
    expect(calls).toBeGreaterThan(1);
    expect(snapshot()).toEqual(before);
  });

  it('leaves an empty store empty when the first import is interrupted', () => {
    expect(() =>
      importStatutes(db, folder, () => {
        throw new Error('中断');
      }),
    ).toThrow('中断');
    expect(db.prepare('SELECT (SELECT count(*) FROM laws) + (SELECT count(*) FROM articles) AS n').get()).toEqual({ n: 0 });
    expect(searchArticles(db, { query: '借款' }).total).toBe(0);
  });

  it('refuses a folder without a catalogue before touching the store', () => {
    expect(() => importStatutes(db, join(tmp.dir, 'nowhere'))).toThrow(/db_law\.jsonl/);
  });
});
