import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Refusal } from '../../../shared/contract/refusal';
import { dossierLimits, megabytes } from './limits';

/**
 * Files a browser uploads wait here (dataDir/uploads/<uuid>) until dossier.import reads them;
 * the import removes them. Only the uuid travels back to the page, never a path.
 */
export const uploadsFolder = (dataDir: string) => join(dataDir, 'uploads');

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function uploadPath(dataDir: string, uploadId: string): string {
  if (!uuidPattern.test(uploadId)) throw new Refusal('VALIDATION', '上传编号无效');
  return join(uploadsFolder(dataDir), uploadId);
}

export type StagedUpload = { ok: true; uploadId: string; size: number } | { ok: false; message: string };

/**
 * Streams one upload to disk. Past the size limit the rest is read and dropped (so the browser
 * gets the answer instead of a reset connection) and nothing is kept.
 */
export function stageUpload(dataDir: string, fileName: string, body: Readable): Promise<StagedUpload> {
  mkdirSync(uploadsFolder(dataDir), { recursive: true });
  const uploadId = randomUUID();
  const path = uploadPath(dataDir, uploadId);
  const out = createWriteStream(path);
  let size = 0;
  let over = false;
  return new Promise((resolve) => {
    const finish = (result: StagedUpload) => {
      if (!result.ok) rmSync(path, { force: true });
      resolve(result);
    };
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > dossierLimits.maxFileBytes) {
        if (!over) out.destroy();
        over = true;
      } else {
        out.write(chunk);
      }
    });
    body.on('end', () => {
      if (over) {
        finish({ ok: false, message: `「${fileName}」大小超过单个文件 ${megabytes(dossierLimits.maxFileBytes)} 的上限` });
      } else {
        out.end(() => finish({ ok: true, uploadId, size }));
      }
    });
    body.on('error', (error) => {
      out.destroy();
      finish({ ok: false, message: `「${fileName}」上传中断：${error.message}` });
    });
  });
}

export function removeUpload(dataDir: string, uploadId: string): void {
  rmSync(uploadPath(dataDir, uploadId), { force: true });
}
