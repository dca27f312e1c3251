import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import { openApp } from '../../../../main/app';
import { runCli } from '../../../../main/host/cli';
import { modelsDir } from '../../../../main/host/paths';
import { tempDir } from '../../../helpers/temp-app';

async function cli(argv: string[]): Promise<{ code: number; text: string }> {
  const out: string[] = [];
  const code = await runCli(argv, (t) => out.push(t));
  return { code, text: out.join('\n') };
}

describe('judgedesk CLI', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dataDir: string;
  const d = () => ['--data-dir', dataDir];
  beforeEach(() => {
    tmp = tempDir();
    dataDir = join(tmp.dir, 'data');
  });
  afterEach(() => tmp.cleanup());

  it('info prints system information as JSON and exits 0', async () => {
    const { code, text } = await cli(['info', ...d()]);
    expect(code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({
      ok: true,
      value: { host: 'cli', offline: true, user: { name: '本机用户' }, knowledgeVersion: null },
    });
  });

  it('--data-dir=DIR works like --data-dir DIR', async () => {
    expect((await cli(['ai', 'set', 'triage', 'off', `--data-dir=${dataDir}`])).code).toBe(0);
    expect(JSON.parse((await cli(['ai', 'get', ...d()])).text).value.features.triage).toBe(false);
  });

  it('ai set lawPush off, then ai get shows it off; the change is audited', async () => {
    const set = await cli(['ai', 'set', 'lawPush', 'off', ...d()]);
    expect(set.code).toBe(0);
    expect(JSON.parse(set.text)).toMatchObject({ ok: true, value: { features: { lawPush: false } } });
    const get = await cli(['ai', 'get', ...d()]);
    expect(get.code).toBe(0);
    const value = JSON.parse(get.text).value;
    expect(value.features.lawPush).toBe(false);
    expect(value.features.similarCases).toBe(true);
    expect(value.global).toBe(true);

    const list = JSON.parse((await cli(['audit', 'list', '--feature', 'lawPush', ...d()])).text);
    expect(list.value).toMatchObject({ total: 1, entries: [{ kind: 'settings', actor: '本机用户', summary: '法条推送：关闭' }] });

    expect((await cli(['ai', 'set', 'global', 'off', ...d()])).code).toBe(0);
    expect(JSON.parse((await cli(['ai', 'get', ...d()])).text).value.global).toBe(false);
  });

  it.each([[['ai', 'set', 'lawPush', 'maybe']], [['ai', 'set', 'lawPush']], [['ai', 'set']], [['call', 'system.info', '{not json']]])(
    'usage error %j exits 2 with a Chinese message',
    async (argv) => {
      const { code, text } = await cli([...argv, '--data-dir', 'unused']);
      expect(code).toBe(2);
      expect(JSON.parse(text)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      });
    },
  );

  it.each([[['frobnicate']], [[]], [['audit']], [['audit', 'delete']]])('unknown command %j prints usage and exits 2', async (argv) => {
    const { code, text } = await cli([...argv, ...d()]);
    expect(code).toBe(2);
    expect(text).toContain('用法');
    expect(text).toContain('judgedesk audit verify');
  });

  it('--help on a known command prints usage and exits 0', async () => {
    const { code, text } = await cli(['info', '--help']);
    expect(code).toBe(0);
    expect(text).toContain('用法');
  });

  it('an unknown scope reaches the API and exits 1 with VALIDATION', async () => {
    const { code, text } = await cli(['ai', 'set', 'nonsense', 'on', ...d()]);
    expect(code).toBe(1);
    expect(JSON.parse(text)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('scope') } });
  });

  it('call runs any channel; an unknown channel exits 1', async () => {
    const ok = await cli(['call', 'settings.ai.set', '{"scope":"drafting","enabled":false}', ...d()]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.text).value.features.drafting).toBe(false);
    const bad = await cli(['call', 'no.such', '{}', ...d()]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.text)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('audit export prints CSV with a BOM, Chinese headers and CRLF rows', async () => {
    await cli(['ai', 'set', 'lawPush', 'off', ...d()]);
    await cli(['ai', 'set', 'drafting', 'off', ...d()]);
    const { code, text } = await cli(['audit', 'export', ...d()]);
    expect(code).toBe(0);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,时间,操作人,角色,类型,功能,案件,摘要,详情,前序哈希,哈希');
    expect(lines[1]).toMatch(/^1,.*,本机用户,judge,settings,lawPush,,法条推送：关闭,/);
    expect(lines[2]).toMatch(/^2,.*,drafting,/);
    expect(lines[3]).toBe('');

    const filtered = await cli(['audit', 'export', '--feature', 'drafting', ...d()]);
    expect(filtered.text.slice(1).split('\r\n').filter(Boolean)).toHaveLength(2);
  });

  it('audit export with a bad date exits 1 with a Chinese message', async () => {
    const { code, text } = await cli(['audit', 'export', '--from', '2026/11/26', ...d()]);
    expect(code).toBe(1);
    expect(JSON.parse(text).error.message).toContain('日期格式应为 YYYY-MM-DD');
  });

  it('audit verify exits 0 on an intact chain; models lists the repository models', async () => {
    await cli(['ai', 'set', 'lawPush', 'off', ...d()]);
    const verify = await cli(['audit', 'verify', ...d()]);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.text).value).toEqual({ intact: true, checked: 1, firstBroken: null });
    const models = await cli(['models', ...d()]);
    expect(models.code).toBe(0);
    expect(JSON.parse(models.text)).toMatchObject({ ok: true, value: { cards: expect.any(Array), problems: expect.any(Array) } });
  });

  it('writes to the data dir it was given, which the app then reads', async () => {
    await cli(['ai', 'set', 'backfill', 'off', ...d()]);
    const app = openApp({ dataDir, host: 'web', modelsDir });
    try {
      const r = await app.invoke('settings.ai.get', {}, localCaller('web'));
      expect(r).toMatchObject({ ok: true, value: { features: { backfill: false } } });
    } finally {
      app.close();
    }
  });
});
