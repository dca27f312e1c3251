import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveFile, ArchiveManifest } from './archive-manifest';
import { archiveFormat, catalogueFileName, filesFolder, manifestFileName } from './archive-manifest';
import { catalogueDocx } from './catalogue-docx';

export interface ArchiveInput {
  caseId: string;
  caseNumber: string;
  causeOfAction: string;
  createdBy: string;
  createdAt: Date;
  /** In binding order, each with its bytes. */
  documents: Array<Omit<ArchiveFile, 'position' | 'path'> & { bytes: Buffer }>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Windows-safe: court PCs copy packages onto Windows shares. */
const safeName = (s: string) => s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120);
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/**
 * Writes the package as a folder: 卷内目录.docx, 材料/NNN-类别-原文件名 in binding order and a
 * manifest with every sha256. It is written beside its final name and renamed at the end, so a
 * package that exists is complete.
 */
export async function writeArchivePackage(archivesDir: string, input: ArchiveInput): Promise<{ path: string; manifest: ArchiveManifest }> {
  const name = `${safeName(input.caseNumber)}-电子卷宗-${stamp(input.createdAt)}`;
  const final = join(archivesDir, name);
  const work = join(archivesDir, `.${name}.partial`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, filesFolder), { recursive: true });
  try {
    const files: ArchiveFile[] = input.documents.map(({ bytes, ...doc }, i) => {
      const position = i + 1;
      const path = `${filesFolder}/${String(position).padStart(3, '0')}-${safeName(doc.category)}-${safeName(doc.fileName)}`;
      writeFileSync(join(work, path), bytes);
      return { position, path, ...doc, sha256: sha256(bytes), size: bytes.length };
    });
    const catalogue = await catalogueDocx(input.caseNumber, input.causeOfAction, files);
    writeFileSync(join(work, catalogueFileName), catalogue);
    const manifest: ArchiveManifest = {
      format: archiveFormat,
      version: 1,
      caseId: input.caseId,
      caseNumber: input.caseNumber,
      createdAt: input.createdAt.toISOString(),
      createdBy: input.createdBy,
      catalogue: { path: catalogueFileName, sha256: sha256(catalogue) },
      files,
    };
    writeFileSync(join(work, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(work, final);
    return { path: final, manifest };
  } catch (error) {
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
