import { contentSecurityPolicy } from './csp';

/** Headers on every document and asset either host serves (app:// in Electron, http on loopback). */
// electronegativity-justified: CSP_GLOBAL_CHECK the CSP is sent here, on every app:// response (the only origin the window can load), built by contentSecurityPolicy() and unit-tested; the scanner only recognises literal CSP strings in onHeadersReceived
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}
