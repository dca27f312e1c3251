import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProgressEvent } from '../../../../../shared/contract/progress';
import type { DossierService } from '../../../../../main/services/dossier';
import { writePdf } from '../../../../fixtures/dossier/pdf-writer';
import type { TempServices } from '../../../../helpers/temp-services';
import { actorFor, openTempServices } from '../../../../helpers/temp-services';

const demoDir = join(import.meta.dirname, '../../../../../resources/demo/documents');
const actor = actorFor('许书记员', 'clerk');

describe('DossierService on a real workspace and the real OCR process', () => {
  let t: TempServices;
  let service: DossierService;
  let caseId: string;
  const events: ProgressEvent[] = [];

  beforeAll(async () => {
    t = openTempServices({ emitProgress: (e) => events.push(e), modelsDir: join(import.meta.dirname, '../../../../../models') });
    service = t.services.dossier;
    const created = await t.value<{ id: string }>('cases.create', {
      caseNumber: '（2026）京0105民初1001号',
      causeOfAction: '民间借贷纠纷',
      procedure: 'civil-simple',
      court: '北京市朝阳区人民法院',
    });
    caseId = created.id;
  });
  afterAll(() => t.cleanup());

  it('imports the demo dossier: text from DOCX, PDF and TXT, OCR for the scanned PNG and PDF', async () => {
    const files = readdirSync(demoDir)
      .sort()
      .map((fileName) => ({ fileName, path: join(demoDir, fileName) }));
    const outcomes = await service.importFiles(caseId, files, actor, 'job1');
    expect(outcomes.map((o) => [o.fileName, o.status, o.message])).toEqual(files.map((f) => [f.fileName, 'imported', null]));
    const docs = service.listDocuments(caseId);
    expect(docs).toHaveLength(files.length);
    const byName = (part: string) => docs.find((d) => d.fileName.includes(part))!;
    expect(byName('起诉状').text).toContain('诉讼请求');
    expect(byName('送达地址确认书').text).toContain('同意电子送达');
    expect(byName('借条').text).toMatch(/今借到周晓岚/);
    expect(byName('银行转账凭证').text).toMatch(/80000\.00/);
    expect(outcomes.filter((o) => o.ocrPages > 0).map((o) => o.fileName)).toEqual([
      '06-借条（扫描件）.png',
      '07-银行转账凭证（扫描件）.pdf',
    ]);
    expect(events.filter((e) => e.jobId === 'job1').at(-1)).toMatchObject({ finished: true, done: files.length });
    expect(events.some((e) => e.jobId.startsWith('job1:') && e.label.includes('第 1/1 页'))).toBe(true);
  }, 120_000);

  it('reports each bad file by name and still imports the good one beside it', async () => {
    const dir = join(t.dir, 'bad');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const put = (name: string, bytes: Buffer | string) => {
      writeFileSync(join(dir, name), bytes);
      return { fileName: name, path: join(dir, name) };
    };
    const before = service.listDocuments(caseId).length;
    const outcomes = await service.importFiles(
      caseId,
      [
        put('空文件.pdf', ''),
        put('损坏.pdf', '%PDF-1.7\nthis is not a pdf'),
        put('加密.pdf', writePdf([{ lines: ['保密'] }], { encrypt: true })),
        put('损坏.docx', Buffer.from('PK\u0003\u0004garbage')),
        put('改名.png', '这其实是文本'),
        put('照片.exe', 'MZ'),
        put('补充意见.txt', '代理词\n原告代理人认为被告应当偿还借款。'),
        { fileName: '不存在.txt', path: join(dir, 'gone.txt') },
        put('重复.txt', `${'居民身份证（复印件）'}`),
        put('重复2.txt', `${'居民身份证（复印件）'}`),
      ],
      actor,
    );
    const message = (name: string) => outcomes.find((o) => o.fileName === name)?.message ?? '';
    expect(message('空文件.pdf')).toBe('「空文件.pdf」是空文件（0 字节）');
    expect(message('损坏.pdf')).toMatch(/^「损坏\.pdf」已损坏/);
    expect(message('加密.pdf')).toMatch(/^「加密\.pdf」已加密/);
    expect(message('损坏.docx')).toMatch(/^「损坏\.docx」已损坏/);
    expect(message('改名.png')).toMatch(/^「改名\.png」(已损坏|扩展名与内容不符)/);
    expect(message('照片.exe')).toMatch(/^「照片\.exe」的格式不受支持/);
    expect(message('不存在.txt')).toMatch(/^「不存在\.txt」未找到/);
    expect(outcomes.find((o) => o.fileName === '补充意见.txt')?.status).toBe('imported');
    expect(outcomes.find((o) => o.fileName === '重复.txt')?.status).toBe('imported');
    expect(outcomes.find((o) => o.fileName === '重复2.txt')).toMatchObject({
      status: 'duplicate',
      message: expect.stringContaining('「重复.txt」'),
    });
    expect(service.listDocuments(caseId)).toHaveLength(before + 2);
  }, 60_000);

  it('refuses a file over the size limit before reading it, naming the file and the size', async () => {
    const big = join(t.dir, 'big.png');
    const { openSync, ftruncateSync, closeSync } = await import('node:fs');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing on disk
    closeSync(fd);
    const [outcome] = await service.importFiles(caseId, [{ fileName: '现场照片.png', path: big }], actor);
    expect(outcome?.message).toBe('「现场照片.png」大小为 200.0 MB，超过单个文件 50.0 MB 的上限');
  });

  it('catalogues in the order courts bind a dossier, and a correction is kept and audited', () => {
    const { documents, caseId: catalogued, ai } = service.catalogue(caseId);
    expect(catalogued).toBe(caseId);
    expect(ai).toMatchObject({ modelId: 'dossier-catalogue-rules', summary: expect.stringMatching(/^卷宗自动归目：\d+ 份材料$/) });
    expect(ai.confidence).toBeGreaterThan(0);
    const demo = documents.filter((d) => /^\d\d-/.test(d.fileName));
    expect(demo.map((d) => d.fileName.slice(0, 2))).toEqual(['01', '02', '03', '04', '08', '05', '06', '07', '09', '10', '11']);
    expect(demo.map((d) => d.category)).toEqual([
      '起诉状',
      '身份证明',
      '授权委托书',
      '送达地址确认书',
      '答辩状',
      '证据目录',
      '证据材料',
      '证据材料',
      '庭审笔录',
      '调解/和解材料',
      '送达回证',
    ]);
    const id = documents.find((d) => d.fileName === '补充意见.txt')!.id;
    const corrected = service.correct(id, '其他', actor);
    expect(corrected).toMatchObject({ category: '其他', correctedBy: '许书记员' });
    service.catalogue(caseId, [id]);
    expect(service.list(caseId).find((d) => d.id === id)?.category).toBe('其他');
    const entry = t.services.audit.list({ kind: 'decision' }, 50, 0).entries.find((e) => e.summary.includes('归目更正'));
    expect(entry).toMatchObject({ actor: '许书记员', role: 'clerk', payload: { documentId: id, to: '其他' } });
  });
});
