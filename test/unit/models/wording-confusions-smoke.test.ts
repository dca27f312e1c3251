import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scanModels } from '../../../main/inference/model-registry';
import { wordingFindings } from '../../../main/services/review/rules/wording';
import { python } from '../../helpers/python-mirror';
import { tempDir } from '../../helpers/temp-app';

const ecspell = join(process.cwd(), '..', 'shared', 'data', 'proofread', 'ecspell_law', 'law.train');

// CI smoke of the wording-confusion trainer on 200 training pairs, and the committed table in use.
describe.skipIf(!existsSync(ecspell))('wording confusions (--smoke)', () => {
  const tmp = tempDir('judgedesk-wording-smoke-');
  afterAll(() => tmp.cleanup());

  it('learns a table whose card the registry accepts and whose rules are wrong→right windows', () => {
    const out = join(tmp.dir, 'wording-confusions');
    execFileSync(python, ['models/training/train_wording_confusions.py', '--smoke', '--out', out], { stdio: 'pipe', timeout: 240_000 });
    expect(scanModels(tmp.dir).problems).toEqual([]);
    const table = JSON.parse(readFileSync(join(out, 'confusions.json'), 'utf8')) as { rules: [string, string][] };
    expect(table.rules.length).toBeGreaterThan(50);
    for (const [wrong, right] of table.rules) {
      expect(wrong.length).toBe(right.length);
      expect(wrong).not.toBe(right);
    }
  }, 300_000);
});

describe('the committed table in the review', () => {
  it('flags a learned slip with its correction, and leaves the corrected sentence alone', () => {
    const [f] = wordingFindings('当事人应档再期限内提出。');
    expect(f).toMatchObject({ rule: 'wording.learned', excerpt: '应档再', fix: '应当在' });
    expect(wordingFindings('当事人应当在期限内提出。')).toEqual([]);
  });
});
