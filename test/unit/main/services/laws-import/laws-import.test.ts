import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { ProgressEvent } from '../../../../../shared/contract/progress';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import { hasStatuteData, subsetFolder } from '../laws/statute-data';

const caller = localCaller('cli');

describe('laws.importFolder', () => {
  let t: TempApp;
  beforeEach(() => {
    t = openTempApp('cli');
  });
  afterEach(() => t.cleanup());

  it('a folder without db_law.jsonl is NOT_FOUND naming the folder, and nothing is audited', async () => {
    const reply = await t.app.invoke('laws.importFolder', { folder: t.dir }, caller);
    expect(reply).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: `法规数据目录无效（缺少 db_law.jsonl）：${t.dir}`, field: 'folder' },
    });
    expect(await t.app.invoke('audit.list', { limit: 10 }, caller)).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it.skipIf(!hasStatuteData)(
    'imports the folder with a progress event per file, audits who imported what, and the articles can be read',
    async () => {
      const folder = subsetFolder(join(t.dir, 'src'), (row) => row.name === '刑法' || row.name === '民事诉讼法');
      const events: ProgressEvent[] = [];
      const stop = t.app.onProgress((e) => events.push(e));
      const reply = await t.app.invoke('laws.importFolder', { folder, jobId: 'job-1' }, caller);
      stop();
      expect(reply).toMatchObject({ ok: true, value: { problems: 0, firstProblems: [] } });
      const value = (reply as { value: { laws: number; articles: number } }).value;
      expect(value.laws).toBeGreaterThanOrEqual(2);
      expect(value.articles).toBeGreaterThan(600);

      expect(events.every((e) => e.jobId === 'job-1')).toBe(true);
      const files = events.filter((e) => !e.finished);
      expect(files.length).toBeGreaterThan(1);
      expect(files.map((e) => e.done)).toEqual(files.map((_, i) => i + 1));
      expect(files.at(-1)?.label).toMatch(/\.md$/);
      expect(events.at(-1)).toMatchObject({ finished: true, done: files.length, total: files.length });

      const audit = await t.app.invoke('audit.list', { limit: 10 }, caller);
      expect(audit).toMatchObject({
        ok: true,
        value: {
          total: 1,
          entries: [
            {
              kind: 'system',
              feature: 'knowledge',
              actor: caller.user,
              role: 'admin',
              payload: { action: 'laws-import', folder, laws: value.laws, articles: value.articles },
            },
          ],
        },
      });
      const article = await t.app.invoke('laws.article', { law: '刑法', article: 264 }, caller);
      expect(article).toMatchObject({ ok: true, value: { citation: '《中华人民共和国刑法》第二百六十四条' } });
    },
  );
});
