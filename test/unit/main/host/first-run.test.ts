import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstRunSkipped, runFirstRun } from '../../../../main/host/first-run';
import { openTempApp, tempDir } from '../../../helpers/temp-app';
import type { TempApp } from '../../../helpers/temp-app';
import { civilProcedure2021, hasStatuteData, subsetFolder } from '../services/packs/pack-fixtures';

describe('first run', () => {
  let t: TempApp;
  let tmp: ReturnType<typeof tempDir>;
  let lines: string[];
  const log = (text: string) => lines.push(text);
  beforeEach(() => {
    t = openTempApp('web');
    tmp = tempDir();
    lines = [];
  });
  afterEach(() => {
    t.cleanup();
    tmp.cleanup();
  });

  it('is skipped by --no-first-run or JUDGEDESK_SKIP_FIRST_RUN=1', async () => {
    expect(firstRunSkipped(['--no-first-run'], {})).toBe(true);
    expect(firstRunSkipped([], { JUDGEDESK_SKIP_FIRST_RUN: '1' })).toBe(true);
    expect(firstRunSkipped([], {})).toBe(false);
    expect(await runFirstRun({ app: t.app, host: 'web', env: { JUDGEDESK_SKIP_FIRST_RUN: '1' }, log })).toBe('skipped');
    expect(lines).toEqual([]);
  });

  it('without the team data folder, says how to import a pack and changes nothing', async () => {
    const env = { JUDGEDESK_SHARED_DATA: join(tmp.dir, 'absent') };
    expect(await runFirstRun({ app: t.app, host: 'web', env, log })).toBe('no-data');
    expect(lines.join('\n')).toMatch(/pack import/);
    expect(lines.join('\n')).toContain(join(t.dataDir, 'trusted-keys'));
    expect(existsSync(join(t.dataDir, 'dev-key'))).toBe(false);
  });

  it.skipIf(!hasStatuteData)(
    'builds a dev pack from the team data folder with a dev key, imports it with progress, and only once',
    async () => {
      const shared = join(tmp.dir, 'shared-data');
      mkdirSync(join(shared, 'laws'), { recursive: true });
      subsetFolder(join(shared, 'laws'), civilProcedure2021);
      const env = { JUDGEDESK_SHARED_DATA: shared };
      const now = new Date(2026, 10, 26, 9);
      expect(await runFirstRun({ app: t.app, host: 'web', env, log, now })).toBe('imported');
      expect(lines.some((l) => l.includes('开发用密钥'))).toBe(true);
      expect(lines.some((l) => /导入知识包 dev-2026\.11\.26：\d+%/.test(l))).toBe(true);
      expect(lines.at(-1)).toMatch(/知识库已就绪/);
      const status = await t.app.invoke('packs.status', {}, { user: 't', roles: ['judge'], host: 'web' });
      expect(status).toMatchObject({
        ok: true,
        value: { installed: { packVersion: 'dev-2026.11.26', keyLabel: '开发用密钥', devKey: true }, trustedKeys: [{ devKey: true }] },
      });
      expect(existsSync(join(t.dataDir, 'dev-key', 'private.pem'))).toBe(true);
      lines = [];
      expect(await runFirstRun({ app: t.app, host: 'web', env, log, now })).toBe('installed');
      expect(lines).toEqual([]);
    },
  );
});
