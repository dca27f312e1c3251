import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localCaller } from '../../../../../main/api/caller';
import type { Transcript } from '../../../../../shared/contract/channels/transcripts';
import type { TempApp } from '../../../../helpers/temp-app';
import { openTempApp } from '../../../../helpers/temp-app';
import { civilHeader } from './transcript-fixtures';

const web = localCaller('web');

async function call<T>(t: TempApp, channel: string, payload: unknown): Promise<T> {
  const result = await t.app.invoke(channel, payload, web);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function part(bytes: Buffer, pattern: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const name = Object.keys(zip.files).find((n) => pattern.test(n));
  if (!name) throw new Error(`no part ${pattern}`);
  return zip.file(name)!.async('string');
}

describe('庭审笔录 DOCX export in court layout, read back', () => {
  let t: TempApp;
  let doc: Transcript;
  beforeEach(async () => {
    t = openTempApp();
    doc = await call<Transcript>(t, 'transcripts.create', {
      caseId: 'c1',
      procedure: 'civil-simplified',
      header: { ...civilHeader, panel: [{ role: '审判员', name: '王明' }] },
    });
    const section = doc.sections.find((s) => s.title === '法庭调查')!;
    await call(t, 'transcripts.applyOps', {
      transcriptId: doc.id,
      clientId: 'c',
      ops: [
        {
          clientSeq: 1,
          op: {
            type: 'insertTurn',
            turnId: 'q1',
            sectionId: section.id,
            afterTurnId: section.turns.at(-1)!.id,
            role: '审判员',
            name: '王明',
            text: '原告，借款是何时交付的？',
            at: '2026-11-26T01:40:00Z',
          },
        },
        {
          clientSeq: 2,
          op: {
            type: 'insertTurn',
            turnId: 'a1',
            sectionId: section.id,
            afterTurnId: 'q1',
            role: '原告',
            name: '张三',
            text: '2025年3月1日通过银行转账交付十万元。',
            at: '2026-11-26T01:41:00Z',
          },
        },
      ],
    });
  });
  afterEach(() => t.cleanup());

  it('has the header, every spoken turn with its speaker, and skips turns nobody filled in', async () => {
    const { fileName, base64, bytes } = await call<{ fileName: string; base64: string; bytes: number }>(t, 'transcripts.exportDocx', {
      transcriptId: doc.id,
    });
    const buffer = Buffer.from(base64, 'base64');
    expect(buffer.length).toBe(bytes);
    expect(fileName).toBe('庭审笔录_(2026)京0105民初1234号.docx');
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain(civilHeader.court);
    expect(value).toContain('案由：民间借贷');
    expect(value).toContain('到庭人员：原告 张三、被告 李四');
    expect(value).toContain('审判员王明：原告，借款是何时交付的？');
    expect(value).toContain('原告张三：2025年3月1日通过银行转账交付十万元。');
    expect(value.indexOf('借款是何时交付')).toBeLessThan(value.indexOf('通过银行转账'));
    expect(value).not.toMatch(/被告李四：\n/); // an empty answer row is not printed as a blank line
    // zh-CN on the runs, or LibreOffice picks the Japanese glyphs.
    expect(await part(buffer, /^word\/document\.xml$/)).toContain('w:eastAsia="zh-CN"');
  });

  it('puts every participant’s signature line and 第 X 页 共 Y 页 in the footer of every page', async () => {
    const { base64 } = await call<{ base64: string }>(t, 'transcripts.exportDocx', { transcriptId: doc.id });
    const footer = await part(Buffer.from(base64, 'base64'), /^word\/footer\d*\.xml$/);
    const text = footer.replace(/<[^>]+>/g, '');
    for (const signer of ['审判员王明：', '原告张三：', '被告李四：', '书记员孙书：']) expect(text).toContain(signer);
    expect(footer).toMatch(/PAGE[\s\S]*NUMPAGES/);
    expect(text).toContain('第 ');
    expect(text).toContain(' 页 共 ');
    // One default footer for the single section: Word repeats it on every page.
    expect(await part(Buffer.from(base64, 'base64'), /^word\/document\.xml$/)).toMatch(/<w:footerReference w:type="default"/);
  });

  it('after the lock: only the signers sign, amendments are printed, and the export is audited', async () => {
    const current = await call<Transcript>(t, 'transcripts.get', { transcriptId: doc.id });
    await call(t, 'transcripts.lock', {
      transcriptId: doc.id,
      expectedVersion: current.version,
      participants: [
        { role: '审判员', name: '王明' },
        { role: '原告', name: '张三' },
      ],
    });
    await call(t, 'transcripts.amend', {
      transcriptId: doc.id,
      turnId: 'a1',
      after: '2025年3月1日通过银行转账交付十万元整。',
      reason: '漏记“整”字',
    });
    const { base64 } = await call<{ base64: string }>(t, 'transcripts.exportDocx', { transcriptId: doc.id });
    const buffer = Buffer.from(base64, 'base64');
    const footer = (await part(buffer, /^word\/footer\d*\.xml$/)).replace(/<[^>]+>/g, '');
    expect(footer).toContain('原告张三：');
    expect(footer).not.toContain('被告李四：');
    const { value } = await mammoth.extractRawText({ buffer });
    expect(value).toContain('更正记录');
    expect(value).toContain('更正为“2025年3月1日通过银行转账交付十万元整。”。理由：漏记“整”字');
    const audit = await call<{ entries: Array<{ summary: string }> }>(t, 'audit.list', { limit: 3 });
    expect(audit.entries[0]!.summary).toMatch(/^导出庭审笔录 DOCX.*已锁定/);
  });

  it('refuses an unknown transcript with a Chinese message', async () => {
    const reply = await t.app.invoke('transcripts.exportDocx', { transcriptId: 'nope' }, web);
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe('NOT_FOUND');
  });
});
