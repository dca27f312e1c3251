/**
 * The renderer's webPreferences. Kept free of the 'electron' import so the policy is unit-tested;
 * main/electron/main.ts passes the result straight to `new BrowserWindow`, and the compiler checks
 * it against Electron's own WebPreferences type there.
 */
export interface LockedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  spellcheck: false;
  webviewTag: false;
  navigateOnDragDrop: false;
  experimentalFeatures: false;
  safeDialogs: true;
  /** Middle-click (auxclick) could otherwise try to open links in new windows. */
  disableBlinkFeatures: 'Auxclick';
  /** Only in an unpackaged (developer) run; a court installation never opens DevTools. */
  devTools: boolean;
}

export function webPreferences(preloadPath: string, isPackaged: boolean): LockedWebPreferences {
  if (!preloadPath) throw new Error('webPreferences: a preload path is required');
  return {
    preload: preloadPath,
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
    devTools: !isPackaged,
  };
}
