import { createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import { importStatutes } from '../../../../../main/services/laws';
import { generateSigningKey, keyIdOf, loadTrustedKeys, peekManifest } from '../../../../../main/services/packs';
import { openDatabase } from '../../../../../main/store/database';
import { knowledgeMigrations } from '../../../../../main/store/migrations/knowledge';
import { knowledgeFileName } from '../../../../../main/store/stores';
import type { PackImportResult, PackStatusView } from '../../../../../shared/contract/channels/packs';
import type { ProgressEvent } from '../../../../../shared/contract/progress';
import { openTempApp, tempDir } from '../../../../helpers/temp-app';
import type { TempApp } from '../../../../helpers/temp-app';
import {
  build,
  civilProcedure2021,
  hasStatuteData,
  packVersionIn,
  storeDigest,
  subsetFolder,
  testKey,
  trust,
  widerSet,
} from './pack-fixtures';
import type { TestKey } from './pack-fixtures';

const caller = localCaller('web');
const statutesOnly = ['knowledge_meta'];

async function call<T>(t: TempApp, channel: string, payload: unknown): Promise<T> {
  const result = await t.app.invoke(channel, payload, caller);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

describe('signing keys', () => {
  it('keygen writes a 0600 private key and a public key whose sha256 fingerprint is the key id, and never overwrites', () => {
    const tmp = tempDir();
    try {
      const key = generateSigningKey(join(tmp.dir, 'k'));
      expect(statSync(key.privateKeyPath).mode & 0o777).toBe(0o600);
      expect(key.keyId).toMatch(/^[0-9a-f]{64}$/);
      expect(keyIdOf(createPublicKey(readFileSync(key.publicKeyPath)))).toBe(key.keyId);
      expect(() => generateSigningKey(join(tmp.dir, 'k'))).toThrow(/已存在/);
    } finally {
      tmp.cleanup();
    }
  });

  it('trusts public keys from the trusted-keys folder (or JUDGEDESK_TRUSTED_KEYS) and the dev key; ignores private keys there', () => {
    const tmp = tempDir();
    try {
      const court = generateSigningKey(join(tmp.dir, 'court'));
      const dev = generateSigningKey(join(tmp.dir, 'data', 'dev-key'));
      trust(join(tmp.dir, 'data'), court, '省高院信息中心');
      writeFileSync(join(tmp.dir, 'data', 'trusted-keys', 'oops.pem'), readFileSync(court.privateKeyPath));
      const trusted = loadTrustedKeys(join(tmp.dir, 'data'), {});
      expect(trusted.keys.map((k) => [k.label, k.keyId, k.dev])).toEqual([
        ['省高院信息中心', court.keyId, false],
        ['开发用密钥', dev.keyId, true],
      ]);
      expect(trusted.problems).toEqual([expect.stringContaining('这是私钥')]);
      const override = loadTrustedKeys(join(tmp.dir, 'data'), { JUDGEDESK_TRUSTED_KEYS: join(tmp.dir, 'court') });
      expect(override.keys.map((k) => [k.label, k.keyId])).toEqual([
        ['public', court.keyId],
        ['开发用密钥', dev.keyId],
      ]);
      expect(override.problems).toEqual([expect.stringContaining('这是私钥')]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe.skipIf(!hasStatuteData)('pack build → import → diff → rollback', () => {
  let tmp: ReturnType<typeof tempDir>;
  let t: TempApp;
  let key: TestKey;
  let v1: string;
  let v2: string;
  let folder2: string;
  const knowledge = () => join(t.dataDir, knowledgeFileName);

  beforeAll(() => {
    tmp = tempDir();
    key = testKey(join(tmp.dir, 'key'));
    const folder1 = subsetFolder(join(tmp.dir, 'src1'), civilProcedure2021);
    folder2 = subsetFolder(join(tmp.dir, 'src2'), widerSet);
    const cases = join(tmp.dir, 'cases.jsonl');
    writeFileSync(cases, '{"id":1,"fact":"甲向乙借款十万元，到期未还"}\n\n{"id":2,"fact":"丙在商场盗窃手机一部"}\r\n{"id":3}\n');
    v1 = join(tmp.dir, 'v1.jdpack');
    v2 = join(tmp.dir, 'v2.jdpack');
    build(folder1, key, '2026.11.26-1', v1);
    build(folder2, key, '2026.12.01-1', v2, [cases]);
    t = openTempApp('web');
    trust(t.dataDir, key);
  });
  afterAll(() => {
    t.cleanup();
    tmp.cleanup();
  });

  it('the manifest counts laws, versions, articles and case lines, with one sha256 per part', () => {
    const manifest = peekManifest(readFileSync(v2));
    expect(manifest).toMatchObject({
      format: 1,
      packVersion: '2026.12.01-1',
      keyId: key.keyId,
      counts: { laws: 3, versions: 4, cases: 3 },
      parts: [
        { name: 'statutes', offset: 0, count: 3 },
        { name: 'cases', count: 3 },
      ],
    });
    expect(manifest!.counts.articles).toBeGreaterThan(1260 + 2 * 280);
    expect(readFileSync(v2).subarray(0, 8).toString('latin1')).toBe('JDPACK\r\n');
  });

  it('a first import shows every law as added, records the pack and keeps the file', async () => {
    const before = await call<PackStatusView>(t, 'packs.status', {});
    expect(before).toMatchObject({ installed: null, counts: { laws: 0, articles: 0 }, previous: null });
    const events: ProgressEvent[] = [];
    const stop = t.app.onProgress((e) => events.push(e));
    const result = await call<PackImportResult>(t, 'packs.import', { path: v1, jobId: 'job-1' });
    stop();
    expect(result).toMatchObject({
      packVersion: '2026.11.26-1',
      dryRun: false,
      keyId: key.keyId,
      diff: { lawsAmended: [], lawsRemoved: [], articlesRemoved: 0 },
      counts: { versions: 1 },
    });
    // Every law is new: 民事诉讼法, and 民事诉讼法（试行） which its text repeals (a stub without text).
    expect(result.diff.lawsAdded.map((l) => l.shortTitle).sort()).toEqual(['民事诉讼法', '民事诉讼法（试行）']);
    expect(result.diff.lawsAdded).toHaveLength(result.counts.laws);
    expect(result.diff.articlesAdded).toBe(result.counts.articles);
    expect(events.every((e) => e.jobId === 'job-1' && e.label.includes('2026.11.26-1'))).toBe(true);
    expect(events.at(-1)).toMatchObject({ finished: true, done: 1, total: 1 });
    expect(events.filter((e) => e.finished)).toHaveLength(1);
    const status = await call<PackStatusView>(t, 'packs.status', {});
    expect(status).toMatchObject({
      installed: { packVersion: '2026.11.26-1', keyId: key.keyId, keyLabel: 'court-it', devKey: false, cases: 0 },
      counts: { laws: 2, versions: 1, articles: result.counts.articles },
      previous: null,
    });
    expect(Date.parse(status.installed!.installedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(readFileSync(join(t.dataDir, 'packs', 'current.jdpack')).equals(readFileSync(v1))).toBe(true);
    expect(await call(t, 'system.info', {})).toMatchObject({ knowledgeVersion: '2026.11.26-1' });
  });

  it('a dry run shows the diff of the next pack and changes nothing', async () => {
    const before = storeDigest(knowledge());
    const preview = await call<PackImportResult>(t, 'packs.import', { path: v2, dryRun: true });
    expect(preview.dryRun).toBe(true);
    expect(preview.diff.lawsAmended).toEqual([
      { shortTitle: '民事诉讼法', title: '中华人民共和国民事诉讼法', note: '新增 2023-09-01 施行的版本' },
    ]);
    expect(storeDigest(knowledge())).toBe(before);
    expect(packVersionIn(knowledge())).toBe('2026.11.26-1');
    expect(existsSync(join(t.dataDir, 'packs', 'previous.jdpack'))).toBe(false);
  });

  it('the next pack reports laws added, amended (a new version) and repealed, and the cases it carries', async () => {
    const result = await call<PackImportResult>(t, 'packs.import', { path: v2 });
    const titles = (list: { shortTitle: string }[]) => list.map((l) => l.shortTitle).sort();
    expect(titles(result.diff.lawsAdded)).toEqual(expect.arrayContaining(['刑法', '民法典', '合同法']));
    expect(result.diff.lawsAmended.map((l) => l.shortTitle)).toEqual(['民事诉讼法']);
    // 民法典 第一千二百六十条 repeals 合同法, 婚姻法 … (taken from the data by the statute importer).
    expect(titles(result.diff.lawsRepealed)).toEqual(expect.arrayContaining(['合同法', '婚姻法']));
    expect(result.diff.lawsRemoved).toEqual([]);
    expect(result.diff.casesInPack).toBe(3);
    expect(result.diff.articlesAdded).toBe(result.counts.articles - (await articlesOf(v1)));
    const status = await call<PackStatusView>(t, 'packs.status', {});
    expect(status).toMatchObject({ installed: { packVersion: '2026.12.01-1', cases: 3 }, previous: { packVersion: '2026.11.26-1' } });
  });

  it('a pack import stores exactly what a direct import of the same folder stores', () => {
    const direct = join(tmp.dir, 'direct.db');
    const db = openDatabase({ file: direct, migrations: knowledgeMigrations });
    importStatutes(db, folder2);
    db.close();
    expect(storeDigest(knowledge(), statutesOnly)).toBe(storeDigest(direct, statutesOnly));
  });

  it('rollback re-imports the previous pack: the statutes are as after the first import, and rollback again goes forward', async () => {
    const fresh = join(tmp.dir, 'v1-only.db');
    const db = openDatabase({ file: fresh, migrations: knowledgeMigrations });
    importStatutes(db, subsetFolder(join(tmp.dir, 'src1-again'), civilProcedure2021));
    db.close();
    const back = await call<PackImportResult>(t, 'packs.rollback', {});
    expect(back).toMatchObject({
      packVersion: '2026.11.26-1',
      diff: { lawsRemoved: expect.arrayContaining([{ shortTitle: '刑法', title: '中华人民共和国刑法' }]) },
    });
    expect(storeDigest(knowledge(), statutesOnly)).toBe(storeDigest(fresh, statutesOnly));
    expect(packVersionIn(knowledge())).toBe('2026.11.26-1');
    expect(await call<PackStatusView>(t, 'packs.status', {})).toMatchObject({ previous: { packVersion: '2026.12.01-1' } });
    expect(await call<PackImportResult>(t, 'packs.rollback', {})).toMatchObject({ packVersion: '2026.12.01-1' });
    expect(packVersionIn(knowledge())).toBe('2026.12.01-1');
  });

  it('audits every import and rollback with version, key and counts', async () => {
    const list = await call<{ entries: { summary: string; payload: Record<string, unknown> }[] }>(t, 'audit.list', {
      feature: 'knowledge',
    });
    const actions = list.entries.map((e) => [e.payload.action, e.payload.packVersion]).reverse();
    expect(actions).toEqual([
      ['import', '2026.11.26-1'],
      ['import', '2026.12.01-1'],
      ['rollback', '2026.11.26-1'],
      ['rollback', '2026.12.01-1'],
    ]);
    expect(list.entries[0]!.payload).toMatchObject({ keyId: key.keyId, devKey: false, casesInPack: 3 });
  });

  it('rollback without a previous pack says so (NOT_FOUND)', async () => {
    const other = openTempApp('web');
    try {
      const result = await other.app.invoke('packs.rollback', {}, caller);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('没有可回退') } });
      const missing = await other.app.invoke('packs.import', { path: join(tmp.dir, 'nope.jdpack') }, caller);
      expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('nope.jdpack') } });
    } finally {
      other.cleanup();
    }
  });

  it('a case file with a line that is not JSON stops the build, naming file and line', () => {
    const bad = join(tmp.dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":1}\n{oops\n');
    expect(() => build(folder2, key, 'x', join(tmp.dir, 'x.jdpack'), [bad])).toThrow(`案例文件 ${bad} 第 2 行不是有效的 JSON`);
  });
});

async function articlesOf(file: string): Promise<number> {
  return peekManifest(readFileSync(file))!.counts.articles;
}
