import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossierLimits, removeUpload, stageUpload, uploadPath, uploadsFolder } from '../../../../../main/services/dossier';
import { tempDir } from '../../../../helpers/temp-app';

const chunks = (count: number, size: number) =>
  Readable.from(
    (function* () {
      for (let i = 0; i < count; i++) yield Buffer.alloc(size, i % 256);
    })(),
  );

describe('staged uploads', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  it('stores an upload under a uuid and removes it on request', async () => {
    const staged = await stageUpload(tmp.dir, '起诉状.txt', Readable.from([Buffer.from('民事起诉状')]));
    expect(staged).toMatchObject({ ok: true, size: 15 });
    if (!staged.ok) return;
    expect(readFileSync(uploadPath(tmp.dir, staged.uploadId), 'utf8')).toBe('民事起诉状');
    removeUpload(tmp.dir, staged.uploadId);
    expect(readdirSync(uploadsFolder(tmp.dir))).toEqual([]);
  });

  it('refuses a file over the limit by name, reads the rest and keeps nothing', async () => {
    const mb = 1024 * 1024;
    const staged = await stageUpload(tmp.dir, '现场照片.png', chunks(dossierLimits.maxFileBytes / mb + 2, mb));
    expect(staged).toEqual({ ok: false, message: '「现场照片.png」大小超过单个文件 50.0 MB 的上限' });
    expect(readdirSync(uploadsFolder(tmp.dir))).toEqual([]);
  });

  it('accepts only uuids as upload ids, so a path cannot be smuggled in', () => {
    expect(() => uploadPath(tmp.dir, '../workspace.db')).toThrow('上传编号无效');
  });
});
