import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../main/api/caller';
import { toBase64 } from '../../../../renderer/features/dossier/upload-files';
import type { TempApp } from '../../../helpers/temp-app';
import { openTempApp } from '../../../helpers/temp-app';

// The desktop path of a dossier import: no HTTP upload endpoint under Electron, so the page stages
// each file's bytes over IPC (dossier.stage) and imports them by uploadId as the web page does.
const caller = localCaller('electron');

describe('dossier.stage then dossier.import (the Electron path)', () => {
  let t: TempApp;
  let caseId: string;
  beforeAll(async () => {
    t = openTempApp('electron');
    const created = await t.app.invoke(
      'cases.create',
      { caseNumber: '(2026)京0105民初89号', causeOfAction: '民间借贷纠纷', procedure: 'civil-simple', court: '北京市朝阳区人民法院' },
      caller,
    );
    if (!created.ok) throw new Error(created.error.message);
    caseId = (created.value as { id: string }).id;
  });
  afterAll(() => t.cleanup());

  const stage = async (fileName: string, bytes: Uint8Array) => {
    const result = await t.app.invoke('dossier.stage', { fileName, base64: toBase64(bytes) }, caller);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { uploadId: string; size: number };
  };

  it('imports staged files and names the bad one', async () => {
    const text = new TextEncoder().encode('民事起诉状\n原告：张某，男，1980年1月1日出生。\n诉讼请求：判令被告偿还借款本金人民币100000元。');
    const good = await stage('起诉状.txt', text);
    expect(good.size).toBe(text.length);
    const empty = await stage('空白.txt', new Uint8Array());
    const result = await t.app.invoke(
      'dossier.import',
      {
        caseId,
        files: [
          { uploadId: good.uploadId, fileName: '起诉状.txt' },
          { uploadId: empty.uploadId, fileName: '空白.txt' },
        ],
      },
      caller,
    );
    if (!result.ok) throw new Error(result.error.message);
    const outcomes = (result.value as { outcomes: Array<{ status: string; message?: string }> }).outcomes;
    expect(outcomes.map((o) => o.status)).toEqual(['imported', 'failed']);
    expect(outcomes[1]?.message).toContain('空白.txt');
  }, 60_000);

  it('encodes bytes as base64 exactly, across slice boundaries', () => {
    const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
