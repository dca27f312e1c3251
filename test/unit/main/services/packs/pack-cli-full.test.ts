import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../../main/host/cli';
import { tempDir } from '../../../../helpers/temp-app';
import { hasStatuteData, lawrefbook } from './pack-fixtures';

/** Runs the CLI, returning exit code, stdout and stderr. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(!hasStatuteData)('judgedesk pack on the whole statute folder (CLI end to end)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let dataDir: string;
  let pack: string;
  beforeAll(() => {
    tmp = tempDir();
    dataDir = join(tmp.dir, 'data');
    pack = join(tmp.dir, '2026.11.26-1.jdpack');
  });
  afterAll(() => tmp.cleanup());

  it('keygen → build → verify (unknown key, then trusted) → import → law lookup', async () => {
    const keygen = await cli('pack', 'keygen', '--out', join(tmp.dir, 'keys'));
    expect(keygen.code).toBe(0);
    const { keyId, publicKey, privateKey } = JSON.parse(keygen.out) as { keyId: string; publicKey: string; privateKey: string };

    const build = await cli('pack', 'build', '--statutes', lawrefbook, '--key', privateKey, '--version', '2026.11.26-1', '--out', pack);
    expect(build.code).toBe(0);
    expect(JSON.parse(build.out)).toMatchObject({ manifest: { keyId, counts: { articles: 64565 } } });

    const untrusted = await cli('pack', 'verify', pack, '--data-dir', dataDir);
    expect(untrusted.code).toBe(1);
    expect(JSON.parse(untrusted.out)).toMatchObject({ valid: false, reason: expect.stringContaining('不受信任') });

    mkdirSync(join(dataDir, 'trusted-keys'), { recursive: true });
    copyFileSync(publicKey, join(dataDir, 'trusted-keys', '信息中心.pem'));
    const verify = await cli('pack', 'verify', pack, '--data-dir', dataDir);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.out)).toMatchObject({ valid: true, reason: null, keyLabel: '信息中心' });

    const imported = await cli('pack', 'import', pack, '--data-dir', dataDir);
    expect(imported.code).toBe(0);
    expect(imported.err).toMatch(/导入知识包 2026\.11\.26-1：\d+\/\d+ 个文件（100%）/);
    const result = JSON.parse(imported.out) as { value: { counts: { articles: number }; diff: { lawsAdded: unknown[] } } };
    expect(result.value.counts.articles).toBe(64565);
    expect(result.value.diff.lawsAdded.length).toBeGreaterThan(1500);

    const status = await cli('pack', 'status', '--data-dir', dataDir);
    expect(JSON.parse(status.out)).toMatchObject({
      ok: true,
      value: { installed: { packVersion: '2026.11.26-1', keyId }, counts: { articles: 64565 } },
    });

    const law = await cli('law', '民法典', '667', '--data-dir', dataDir);
    const source = readFileSync(join(lawrefbook, '民法典', '合同编.md'), 'utf8');
    expect(source).toContain(law.out);
    expect(law.out).toMatch(/^第六百六十七条 借款合同是借款人向贷款人借款/);
  });

  it('usage errors exit 2 with a Chinese message', async () => {
    expect((await cli('pack', 'build', '--statutes', lawrefbook)).code).toBe(2);
    expect((await cli('pack', 'verify')).code).toBe(2);
    expect((await cli('pack', 'frobnicate')).code).toBe(2);
  });
});
