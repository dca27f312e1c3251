import path from 'node:path';
import { appHost, appScheme } from './app-origin';

/** Directories (relative to the application root) that app:// may serve from. */
export const rendererDir = 'dist/renderer';
export const appAllowedDirs: readonly string[] = [rendererDir];

// Matched on the raw string, before any URL parser normalises `..` or `%2e%2e` away: a request
// that tries either is refused outright rather than silently rewritten.
const appUrlPattern = new RegExp(`^${appScheme}://${appHost}(/[^?#]*)?([?#].*)?$`);

/**
 * Maps `app://judgedesk/<path>` to a file inside the built renderer, or null when refused.
 *
 * Refused: other schemes or hosts, ports, credentials, `.`/`..` segments (also percent-encoded),
 * backslashes, NUL or other control characters, empty segments (`//etc`), drive letters or any
 * `:`, malformed or double percent-encoding, and anything whose resolved path is not inside an
 * allowed directory. `/` serves index.html.
 */
export function resolveAppPath(rootDir: string, url: string, allowedDirs: readonly string[] = appAllowedDirs): string | null {
  if (typeof url !== 'string' || typeof rootDir !== 'string' || rootDir === '') return null;
  const match = appUrlPattern.exec(url);
  if (!match) return null;
  const rawPath = match[1] ?? '/';
  const servedDir = allowedDirs[0];
  if (servedDir === undefined) return null;

  const rawSegments = rawPath.slice(1).split('/');
  if (rawSegments.length === 1 && rawSegments[0] === '') rawSegments[0] = 'index.html';

  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, servedDir, ...segments);
  const inside = allowedDirs.some((dir) => isInside(path.resolve(root, dir), resolved));
  return inside ? resolved : null;
}

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment === '.' || segment === '..') return false;
  // Separators or escapes that survived decoding: %2f, %5c, double encoding (%252e).
  if (/[/\\%:]/.test(segment)) return false;
  // NUL and other control characters; Windows also trims trailing dots and spaces.
  if (/[\u0000-\u001f\u007f]/.test(segment)) return false;
  if (/[. ]$/.test(segment)) return false;
  return true;
}

function isInside(dir: string, candidate: string): boolean {
  const relative = path.relative(dir, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
