import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import type { WebHost } from '../../../../main/host/web';
import { startWebHost } from '../../../../main/host/web';
import { uploadsFolder } from '../../../../main/services/dossier';
import { rawRequest } from '../../../helpers/http';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

const caller = localCaller('web');

/** The dossier channels end to end over the web host: upload, import, AI catalogue, correction, archive. */
describe('dossier api over the web host', () => {
  let t: TempApp;
  let host: WebHost;
  let caseId: string;

  const call = async (channel: string, payload: unknown) => {
    const result = await t.app.invoke(channel, payload, caller);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each call site reads its own channel's value
    return result as { ok: boolean; value?: any; error?: { code: string; message: string } };
  };
  const upload = async (fileName: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName), ...headers },
      body,
    });
    return { status: res.status, ...(JSON.parse(res.body) as { ok: boolean; value?: { uploadId: string }; error?: { message: string } }) };
  };

  beforeAll(async () => {
    t = openTempApp();
    const staticDir = join(t.dir, 'static');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    host = await startWebHost({ app: t.app, staticDir });
    const created = await call('cases.create', {
      caseNumber: '(2026)京0105民初88号',
      causeOfAction: '民间借贷纠纷',
      procedure: 'civil-simple',
      court: '北京市朝阳区人民法院',
    });
    caseId = created.value.id;
  });
  afterAll(async () => {
    await host.close();
    t.cleanup();
  });

  it('stages uploads, imports them, removes the staged files and names a bad one', async () => {
    const a = await upload('起诉状.txt', '民事起诉状\n诉讼请求：判令被告偿还借款。\n事实与理由：……\n此致');
    const b = await upload('答辩状.txt', '民事答辩状\n答辩人：某某\n答辩意见如下：');
    const c = await upload('坏的.pdf', '%PDF-1.4 broken');
    expect([a.ok, b.ok, c.ok]).toEqual([true, true, true]);
    const result = await call('dossier.import', {
      caseId,
      files: [a, b, c].map((u, i) => ({ uploadId: u.value!.uploadId, fileName: ['起诉状.txt', '答辩状.txt', '坏的.pdf'][i] })),
    });
    expect(result.value.outcomes.map((o: { status: string }) => o.status)).toEqual(['imported', 'imported', 'failed']);
    expect(result.value.outcomes[2].message).toBe('「坏的.pdf」已损坏，无法作为 PDF 读取');
    expect(readdirSync(uploadsFolder(t.dataDir))).toEqual([]);
  });

  it('refuses an upload without a file name or from another origin', async () => {
    expect(await upload('', 'x')).toMatchObject({ status: 400, ok: false });
    expect(await upload('a.txt', 'x', { origin: 'http://evil.example' })).toMatchObject({ status: 403, ok: false });
  });

  it('catalogues as AI output: labelled, audited, and refused when 案件信息回填 is off', async () => {
    const result = await call('dossier.catalogue', { caseId });
    expect(result.ok).toBe(true);
    expect(result.value.ai).toMatchObject({ notice: '仅供参考', modelId: 'dossier-catalogue-rules' });
    expect(result.value.documents.map((d: { category: string }) => d.category)).toEqual(['起诉状', '答辩状']);
    const title = result.value.documents[0].reasons.find((r: { cue: string }) => r.cue === 'title');
    expect(title).toMatchObject({ matched: '民事起诉状', offset: 0 });
    const audit = await call('audit.list', { kind: 'ai_output' });
    expect(
      audit.value.entries.some((e: { seq: number; feature: string }) => e.seq === result.value.ai.auditSeq && e.feature === 'backfill'),
    ).toBe(true);

    await call('settings.ai.set', { scope: 'backfill', enabled: false });
    const off = await call('dossier.catalogue', { caseId });
    expect(off.error?.code).toBe('AI_DISABLED');
    await call('settings.ai.set', { scope: 'backfill', enabled: true });
  });

  it('records a correction, exports the archive package and verifies it', async () => {
    const listed = await call('dossier.list', { caseId });
    const answer = listed.value.documents[1];
    const corrected = await call('dossier.correct', { id: answer.id, category: '其他' });
    expect(corrected.value).toMatchObject({ category: '其他', suggestedCategory: '答辩状' });
    const archived = await call('dossier.archive', { caseId });
    expect(archived.value.files.map((f: { category: string }) => f.category)).toEqual(['起诉状', '其他']);
    expect(await call('dossier.verifyArchive', { path: archived.value.path })).toMatchObject({ ok: true, value: { ok: true, checked: 3 } });
    const unknown = await call('dossier.list', { caseId: 'nope' });
    expect(unknown.error).toEqual({ code: 'NOT_FOUND', message: '未找到该案件' });
  });
});
