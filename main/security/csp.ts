/**
 * The one Content-Security-Policy of the renderer. Electron sends it with every app:// response
 * (main/electron/app-protocol.ts) and the web host (main/host/web.ts) sends the same header, so
 * both hosts run the UI under identical rules.
 *
 * Everything starts from `default-src 'none'`; each line below is what a Vite-built React +
 * Ant Design bundle needs, nothing more.
 */
export const cspDirectives: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  // Ant Design's CSS-in-JS inserts <style> elements at run time; a nonce cannot be threaded
  // through it, so inline styles are allowed (styles cannot run script).
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: for antd's inline SVG/PNG icons and small previews produced in the renderer.
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

export function contentSecurityPolicy(): string {
  return Object.entries(cspDirectives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
