import { readFile } from 'node:fs/promises';
import { resolveAppPath } from '../security/app-path';
import { mimeTypeFor } from '../security/mime';
import { securityHeaders } from '../security/response-headers';

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

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
