import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArchiveManifest } from './archive-manifest';
import { archiveFormat, manifestFileName } from './archive-manifest';

export interface ArchiveCheck {
  ok: boolean;
  checked: number;
  problems: string[];
}

function listFiles(dir: string, root = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full, root) : [relative(root, full).split(sep).join('/')];
  });
}

/**
 * Checks a package against its manifest: every listed file present with its sha256, nothing
 * added. Each problem names the file, so the archive office knows what to restore.
 */
export function verifyArchivePackage(path: string): ArchiveCheck {
  if (!existsSync(path) || !statSync(path).isDirectory()) {
    return { ok: false, checked: 0, problems: [`归档包「${path}」不存在或不是文件夹`] };
  }
  let manifest: ArchiveManifest;
  try {
    manifest = JSON.parse(readFileSync(join(path, manifestFileName), 'utf8')) as ArchiveManifest;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const problem = missing ? `归档包缺少清单文件「${manifestFileName}」` : `归档包的清单文件「${manifestFileName}」已损坏，无法读取`;
    return { ok: false, checked: 0, problems: [problem] };
  }
  if (manifest.format !== archiveFormat || !Array.isArray(manifest.files)) {
    return { ok: false, checked: 0, problems: [`「${manifestFileName}」不是 JudgeDesk 电子卷宗归档清单`] };
  }
  const problems: string[] = [];
  const listed = [manifest.catalogue, ...manifest.files];
  for (const entry of listed) {
    const file = join(path, entry.path);
    if (entry.path.includes('..') || !existsSync(file)) {
      problems.push(`缺少文件「${entry.path}」`);
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(file)).digest('hex');
    if (actual !== entry.sha256) problems.push(`文件「${entry.path}」已被修改（sha256 与清单不符）`);
  }
  const known = new Set([manifestFileName, ...listed.map((e) => e.path)]);
  for (const extra of listFiles(path).filter((f) => !known.has(f))) problems.push(`清单外多出文件「${extra}」`);
  return { ok: problems.length === 0, checked: listed.length, problems };
}
