import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../../main/host/args';
import { searchCasesPayload } from '../../../../../main/host/cli-search';
import { runCli } from '../../../../../main/host/cli';
import { tempDir } from '../../../../helpers/temp-app';

describe('judgedesk search cases', () => {
  it('turns options into the similarCases.search payload', () => {
    const { payload } = searchCasesPayload(
      parseArgs([
        'search',
        'cases',
        '盗窃电动车',
        '--k',
        '5',
        '--mode',
        'articles',
        '--cause',
        '盗窃罪,抢劫罪',
        '--level',
        '基层',
        '--from',
        '2018-01-01',
      ]),
    );
    expect(payload).toEqual({
      query: '盗窃电动车',
      k: 5,
      mode: 'articles',
      method: 'hybrid',
      filters: { causes: ['盗窃罪', '抢劫罪'], courtLevels: ['基层'], dateFrom: '2018-01-01' },
    });
    expect(searchCasesPayload(parseArgs(['search', 'cases', 'x', '--k', '0'])).error).toContain('--k');
    expect(searchCasesPayload(parseArgs(['search', 'cases'])).error).toContain('请给出案情事实');
  });

  it('answers JSON with 仅供参考 and an empty-corpus note on a fresh data folder, and a Chinese error for a bad mode', async () => {
    const tmp = tempDir();
    try {
      const lines: string[] = [];
      const code = await runCli(['search', 'cases', '借贷', '--data-dir', tmp.dir], (t) => lines.push(t));
      const result = JSON.parse(lines.join('\n')) as {
        ok: boolean;
        value: { ai: { notice: string }; notes: string[]; results: unknown[] };
      };
      expect(code).toBe(0);
      expect(result.value.ai.notice).toBe('仅供参考');
      expect(result.value.results).toEqual([]);
      expect(result.value.notes.join('')).toContain('类案库为空');
      const bad: string[] = [];
      expect(await runCli(['search', 'cases', '借贷', '--mode', 'xx', '--data-dir', tmp.dir], (t) => bad.push(t))).toBe(1);
      expect(bad.join('')).toContain('VALIDATION');
    } finally {
      tmp.cleanup();
    }
  });
});
