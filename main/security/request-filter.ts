import { isAppUrl, parseUrl } from './app-origin';

export type RequestDecision = 'allow' | 'cancel';

/**
 * The session's single `webRequest.onBeforeRequest` decision: nothing leaves the workstation.
 *
 * Allowed:
 * - `app://judgedesk/…` — the bundled UI, served from disk by our protocol handler.
 * - `data:` — Chromium decodes data: URLs inside the renderer with no network stack involved
 *   (like Chrome extensions' webRequest, Electron's filter is normally not even consulted for
 *   them). Allowing them here keeps the filter consistent with the CSP, which already limits
 *   data: to images (`img-src 'self' data:`; scripts, frames and objects cannot use it).
 * - `blob:` whose inner origin is app://judgedesk — bytes the renderer already holds in memory
 *   (e.g. saving the audit CSV through a download link). A blob of another origin cannot exist
 *   in our renderer, so anything else is cancelled.
 *
 * Cancelled: http, https, ws, wss, ftp, file (disk access goes through app:// and its allow-list
 * only), devtools, chrome, chrome-extension, other app:// hosts, anything unparsable. DevTools'
 * own devtools:// frontend is deliberately not allowed: packaged builds disable DevTools, and a
 * developer who needs them can inspect with `--remote-debugging-port` on an unpackaged build.
 */
export function decideRequest(url: string): RequestDecision {
  const parsed = parseUrl(url);
  if (parsed === null) return 'cancel';
  switch (parsed.protocol) {
    case 'app:':
      return isAppUrl(url) ? 'allow' : 'cancel';
    case 'data:':
      return 'allow';
    case 'blob:':
      return isAppUrl(parsed.pathname) ? 'allow' : 'cancel';
    default:
      return 'cancel';
  }
}
