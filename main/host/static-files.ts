import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

/**
 * Maps a URL path to a file inside `root`, or null. Refuses traversal in any spelling (`..`,
 * encoded dots, backslashes, NUL), and anything that resolves outside the root.
 */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length ? segments.join(sep) : 'index.html';
  const rootNormal = normalize(root);
  const path = normalize(join(rootNormal, relative));
  if (!path.startsWith(rootNormal + sep)) return null;
  if (!existsSync(path) || !statSync(path).isFile()) return null;
  return path;
}
