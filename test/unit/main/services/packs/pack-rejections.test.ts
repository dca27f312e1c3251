import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import { knowledgeFileName } from '../../../../../main/store/stores';
import { packBytes } from '../../../../../main/services/packs/write-pack';
import { canonicalJson } from '../../../../../shared/domain/canonical-json';
import { openTempApp, tempDir } from '../../../../helpers/temp-app';
import type { TempApp } from '../../../../helpers/temp-app';
import {
  build,
  civilProcedure2021,
  hasStatuteData,
  packsFolderState,
  packVersionIn,
  storeDigest,
  subsetFolder,
  testKey,
  trust,
} from './pack-fixtures';
import type { TestKey } from './pack-fixtures';

const caller = localCaller('cli');

/** Offsets inside a pack: the header JSON and the first part. */
function layout(bytes: Buffer) {
  const headerLength = bytes.readUInt32BE(8);
  return { headerStart: 12, headerEnd: 12 + headerLength, partsStart: 12 + headerLength };
}

describe.skipIf(!hasStatuteData)('a refused pack leaves the store exactly as it was', () => {
  let tmp: ReturnType<typeof tempDir>;
  let t: TempApp;
  let trusted: TestKey;
  let stranger: TestKey;
  let good: Buffer;
  let goodFile: string;
  let folder: string;
  let digest: string;
  let packs: Record<string, string>;

  beforeAll(async () => {
    tmp = tempDir();
    folder = subsetFolder(join(tmp.dir, 'src'), civilProcedure2021);
    trusted = testKey(join(tmp.dir, 'trusted-key'));
    stranger = testKey(join(tmp.dir, 'stranger-key'));
    const cases = join(tmp.dir, 'cases.jsonl');
    writeFileSync(cases, '{"fact":"甲向乙借款十万元"}\n{"fact":"丙盗窃手机一部"}\n');
    goodFile = join(tmp.dir, 'good.jdpack');
    build(folder, trusted, '2026.11.26-1', goodFile, [cases]);
    good = readFileSync(goodFile);
    t = openTempApp('cli');
    trust(t.dataDir, trusted);
    const first = await t.app.invoke('packs.import', { path: goodFile }, caller);
    expect(first.ok).toBe(true);
    digest = storeDigest(join(t.dataDir, knowledgeFileName));
    packs = packsFolderState(t.dataDir);
  });
  afterAll(() => {
    t.cleanup();
    tmp.cleanup();
  });

  /** Writes `bytes` as <name>.jdpack, imports it, and checks the refusal and the untouched store. */
  async function refuse(name: string, bytes: Buffer, reason: RegExp): Promise<string> {
    const file = join(tmp.dir, `${name}.jdpack`);
    writeFileSync(file, bytes);
    const result = await t.app.invoke('packs.import', { path: file }, caller);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.error.message;
    expect(message).toContain(file);
    expect(message).toMatch(reason);
    expect(result).toMatchObject({ error: { code: 'VALIDATION' } });
    const verified = await t.app.invoke('packs.verify', { path: file }, caller);
    expect(verified).toMatchObject({ ok: true, value: { valid: false, reason: message } });
    expect(storeDigest(join(t.dataDir, knowledgeFileName))).toBe(digest);
    expect(packVersionIn(join(t.dataDir, knowledgeFileName))).toBe('2026.11.26-1');
    expect(packsFolderState(t.dataDir)).toEqual(packs);
    return message;
  }

  it('accepts the untouched pack (the baseline the other cases alter)', async () => {
    expect(await t.app.invoke('packs.verify', { path: goodFile }, caller)).toMatchObject({
      ok: true,
      value: { valid: true, reason: null, manifest: { packVersion: '2026.11.26-1', keyId: trusted.keyId } },
    });
  });

  it('refuses a wrong signature (the manifest signed by another key, still naming the trusted one)', async () => {
    const { headerStart, headerEnd, partsStart } = layout(good);
    const header = JSON.parse(good.subarray(headerStart, headerEnd).toString('utf8')) as {
      manifest: unknown;
      signature: { value: string };
    };
    header.signature.value = sign(null, Buffer.from(canonicalJson(header.manifest)), stranger.key).toString('base64');
    const json = Buffer.from(JSON.stringify(header));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(json.length);
    await refuse('wrong-signature', Buffer.concat([good.subarray(0, 8), length, json, good.subarray(partsStart)]), /签名无效/);
  });

  it('refuses a pack signed by an unknown key, naming its fingerprint', async () => {
    const file = join(tmp.dir, 'stranger-built.jdpack');
    build(folder, stranger, '2026.11.26-9', file);
    const message = await refuse('unknown-key', readFileSync(file), /签名密钥不受信任/);
    expect(message).toContain(stranger.keyId);
  });

  it('refuses a truncated file wherever it was cut', async () => {
    const { headerEnd, partsStart } = layout(good);
    for (const cut of [0, 5, 10, Math.floor(headerEnd / 2), partsStart + 10, good.length - 1]) {
      await refuse(`truncated-${cut}`, good.subarray(0, cut), cut === 0 ? /已截断|不是 JudgeDesk 知识包/ : /不完整（已截断）/);
    }
  });

  it('refuses one altered byte in the header (a manifest value, then the JSON itself)', async () => {
    const { headerStart, headerEnd } = layout(good);
    const at = good.indexOf('2026.11.26-1', headerStart);
    expect(at).toBeGreaterThan(headerStart);
    const version = Buffer.from(good);
    version[at + 11] = '2'.charCodeAt(0);
    await refuse('altered-version', version, /签名无效/);
    const count = Buffer.from(good);
    const articles = good.indexOf('"articles":', headerStart) + '"articles":'.length;
    expect(articles).toBeLessThan(headerEnd);
    count[articles] = count[articles] === 0x39 ? 0x38 : count[articles]! + 1;
    await refuse('altered-count', count, /签名无效/);
    const json = Buffer.from(good);
    json[headerStart] = '['.charCodeAt(0);
    await refuse('altered-json', json, /文件头已损坏/);
  });

  it('refuses one altered byte in a part (statutes, cases)', async () => {
    const { partsStart } = layout(good);
    const statutes = Buffer.from(good);
    statutes[partsStart + 100] = statutes[partsStart + 100]! ^ 0x01;
    await refuse('altered-statutes', statutes, /数据段 statutes 校验失败/);
    const cases = Buffer.from(good);
    cases[cases.length - 3] = cases[cases.length - 3]! ^ 0x80;
    await refuse('altered-cases', cases, /数据段 cases 校验失败/);
  });

  it('refuses an unsigned pack', async () => {
    const { bytes } = packBytes(
      {
        packVersion: '2026.11.26-2',
        created: new Date().toISOString(),
        builder: 'test',
        counts: { laws: 0, versions: 0, articles: 0, cases: 0 },
        parts: [{ name: 'statutes', bytes: good.subarray(layout(good).partsStart), count: 1 }],
      },
      trusted.key,
      { unsigned: true },
    );
    await refuse('unsigned', bytes, /未签名/);
  });

  it('refuses a file without the pack magic (another file renamed .jdpack)', async () => {
    const magic = Buffer.from(good);
    magic[0] = 'X'.charCodeAt(0);
    await refuse('wrong-magic', magic, /不是 JudgeDesk 知识包/);
    await refuse('a-zip', Buffer.from('PK\u0003\u0004 not a pack at all'), /不是 JudgeDesk 知识包/);
  });

  it('refuses an unsupported format version, even correctly signed', async () => {
    const { bytes } = packBytes(
      {
        packVersion: '2026.11.26-3',
        created: new Date().toISOString(),
        builder: 'test',
        counts: { laws: 0, versions: 0, articles: 0, cases: 0 },
        parts: [{ name: 'statutes', bytes: good.subarray(layout(good).partsStart), count: 1 }],
      },
      createPrivateKey(trusted.pem),
      { format: 2 },
    );
    await refuse('format-2', bytes, /格式版本 2 不受支持/);
  });

  it('refuses bytes appended after the last part', async () => {
    await refuse('trailing', Buffer.concat([good, Buffer.from('x')]), /末尾有多余数据/);
  });

  it('rolls back an import that fails midway (a progress listener throws), store and packs untouched', async () => {
    let events = 0;
    const stop = t.app.onProgress(() => {
      events += 1;
      if (events === 2) throw new Error('中途失败');
    });
    try {
      const result = await t.app.invoke('packs.import', { path: goodFile }, caller);
      expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('中途失败') } });
    } finally {
      stop();
    }
    expect(storeDigest(join(t.dataDir, knowledgeFileName))).toBe(digest);
    expect(packsFolderState(t.dataDir)).toEqual(packs);
  });

  it('records each refusal in the audit log, and the chain stays intact', async () => {
    const list = await t.app.invoke('audit.list', { feature: 'knowledge', limit: 100 }, caller);
    const summaries = list.ok ? (list.value as { entries: { summary: string }[] }).entries.map((e) => e.summary) : [];
    expect(summaries.some((s) => s.startsWith('导入知识包 2026.11.26-1'))).toBe(true);
    expect(summaries.filter((s) => s.startsWith('拒绝导入')).length).toBeGreaterThanOrEqual(10);
    expect(await t.app.invoke('audit.verify', {}, caller)).toMatchObject({ ok: true, value: { intact: true } });
  });
});

describe.skipIf(!hasStatuteData)('a refused first pack leaves an empty store empty', () => {
  it('unknown key into an empty data folder: no statutes, no packVersion, no kept pack', async () => {
    const tmp = tempDir();
    const t = openTempApp('cli');
    try {
      const folder = subsetFolder(join(tmp.dir, 'src'), civilProcedure2021);
      const file = join(tmp.dir, 'p.jdpack');
      build(folder, testKey(join(tmp.dir, 'k')), '1', file);
      const before = storeDigest(join(t.dataDir, knowledgeFileName));
      const result = await t.app.invoke('packs.import', { path: file }, caller);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('不受信任') } });
      expect(storeDigest(join(t.dataDir, knowledgeFileName))).toBe(before);
      expect(packVersionIn(join(t.dataDir, knowledgeFileName))).toBeNull();
      expect(packsFolderState(t.dataDir)).toEqual({});
    } finally {
      t.cleanup();
      tmp.cleanup();
    }
  });
});
