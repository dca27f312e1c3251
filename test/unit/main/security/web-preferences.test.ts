import { describe, expect, it } from 'vitest';
import { webPreferences } from '../../../../main/security/web-preferences';

describe('webPreferences', () => {
  it('locks the renderer down', () => {
    expect(webPreferences('/app/dist/electron/preload.cjs', true)).toEqual({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('allows DevTools only in an unpackaged run', () => {
    expect(webPreferences('/p.cjs', true).devTools).toBe(false);
    expect(webPreferences('/p.cjs', false).devTools).toBe(true);
  });

  it('refuses to build preferences without a preload', () => {
    expect(() => webPreferences('', true)).toThrow();
  });
});
