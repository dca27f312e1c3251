import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../main/host/cli';
import { tempDir } from '../../../helpers/temp-app';

interface Reply {
  ok: boolean;
  value: { id: string; caseNumber: string; total: number; items: Array<{ partiesLine: string }> };
  error: { code: string; message: string };
}

async function cli(argv: string[]): Promise<{ code: number; json: Reply }> {
  const out: string[] = [];
  const code = await runCli(argv, (t) => out.push(t));
  return { code, json: JSON.parse(out.join('\n')) as Reply };
}

describe('judgedesk case', () => {
  let tmp: ReturnType<typeof tempDir>;
  let d: string[];
  beforeEach(() => {
    tmp = tempDir();
    d = ['--data-dir', join(tmp.dir, 'data')];
  });
  afterEach(() => tmp.cleanup());

  const loan = {
    caseNumber: '(2024)沪0115民初1号',
    causeOfAction: '民间借贷纠纷',
    procedure: 'civil-small-claims',
    court: '上海市浦东新区人民法院',
    filedOn: '2024-01-02',
    parties: [
      { role: '原告', name: '陈某', kind: 'person' },
      { role: '被告', name: '周某', kind: 'person' },
    ],
  };

  it('creates, lists by party name and shows by 案号 in either parentheses', async () => {
    const created = await cli(['case', 'create', '--json', JSON.stringify(loan), ...d]);
    expect(created.code).toBe(0);
    expect(created.json.value).toMatchObject({ caseNumber: '（2024）沪0115民初1号', timeLimitDays: 60, version: 1 });

    const listed = await cli(['case', 'list', '--query', '周某', ...d]);
    expect(listed.json.value.total).toBe(1);
    expect(listed.json.value.items[0]?.partiesLine).toBe('陈某 诉 周某');

    const shown = await cli(['case', 'show', '(2024)沪0115民初1号', ...d]);
    expect(shown.json.value.id).toBe(created.json.value.id);
    const byId = await cli(['case', 'show', created.json.value.id, ...d]);
    expect(byId.json.value.caseNumber).toBe('（2024）沪0115民初1号');
  });

  it('answers a malformed case number, bad JSON and an unknown case with Chinese errors and a non-zero exit', async () => {
    const bad = await cli(['case', 'create', '--json', JSON.stringify({ ...loan, caseNumber: '（2024）沪0115民初1' }), ...d]);
    expect(bad.code).toBe(1);
    expect(bad.json.error.message).toContain('案号应以“号”字结尾');
    const notJson = await cli(['case', 'create', '--json', '{', ...d]);
    expect(notJson.code).toBe(2);
    expect(notJson.json.error.message).toContain('不是合法的 JSON');
    const missing = await cli(['case', 'show', '（2024）沪0115民初999号', ...d]);
    expect(missing.json.error).toEqual({ code: 'NOT_FOUND', message: '没有案号为（2024）沪0115民初999号的案件' });
  });
});
