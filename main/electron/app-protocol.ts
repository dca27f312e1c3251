import { readFile } from 'node:fs/promises';
import { contentSecurityPolicy } from '../security/csp';
import { resolveAppPath } from '../security/app-path';
import { mimeTypeFor } from './mime';

/**
 * Serves app://judgedesk/… from the built renderer. Uses Node's fs (Electron's fs reads inside
 * app.asar) rather than net.fetch('file://…'): file:// is cancelled by our own request filter.
 * Written against the web-standard Request/Response only, so it runs under plain Node in tests.
 *
 * The CSP travels in these response headers (not in onHeadersReceived) because every document
 * the window can load comes through here.
 */
export async function handleAppRequest(request: Request, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return plain(405, 'Method Not Allowed');
  }
  const filePath = resolveAppPath(rootDir, request.url);
  if (filePath === null) return plain(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return plain(404, 'Not Found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
  });
}

// electronegativity-justified: CSP_GLOBAL_CHECK the CSP is sent here, on every app:// response (the only origin the window can load), built by contentSecurityPolicy() and unit-tested; the scanner only recognises literal CSP strings in onHeadersReceived
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
