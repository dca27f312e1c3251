// Electron main process: window, app:// protocol, the validated IPC bridge and the lockdown.
// All policy lives in main/security (pure, unit-tested); this file only wires it to Electron.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, protocol, session, type Session, type WebContents } from 'electron';
import { ipcInvokeChannel, ipcProgressChannel } from '../../shared/contract';
import { localCaller } from '../api/caller';
import { openApp, type JudgeDeskApp } from '../app';
import { appEntryUrl, appScheme } from '../security/app-origin';
import { decideRequest } from '../security/request-filter';
import { decidePermission } from '../security/permissions';
import { offlineSwitches } from '../security/offline-switches';
import { webPreferences } from '../security/web-preferences';
import { handleAppRequest } from './app-protocol';
import { securityHeaders } from '../security/response-headers';
import { createInvokeHandler } from './ipc-bridge';
import { installApplicationMenu } from './menu';
import { modelsDirFor } from './paths';
import { utilityProcessLink } from './utility-inference-link';
import { utilityOcrLink } from './utility-ocr-link';

// Before 'ready': switches and privileged schemes are read once, at start-up.
for (const [name, value] of offlineSwitches) {
  if (value === undefined) app.commandLine.appendSwitch(name);
  else app.commandLine.appendSwitch(name, value);
}
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let judgeDesk: JudgeDeskApp | null = null;
let mainWindow: BrowserWindow | null = null;

// Two instances on one workspace.db would fight over the database: the second one hands over.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    judgeDesk?.close();
    judgeDesk = null;
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error('[judgedesk] start-up failed', error);
    app.exit(1);
  });
}

function start(): void {
  lockDownSession(session.defaultSession);
  protocol.handle(appScheme, (request) => handleAppRequest(request, app.getAppPath()));
  // Belt and braces with the request filter: file:// answers nothing, even to the main process.
  protocol.handle('file', () => new Response('Forbidden', { status: 403, headers: securityHeaders() }));

  judgeDesk = openApp({
    dataDir: app.getPath('userData'),
    host: 'electron',
    modelsDir: modelsDirFor(app.getAppPath()),
    // onnxruntime runs in a utilityProcess, never on this event loop (bundled beside main.cjs).
    startInferenceWorker: () => utilityProcessLink(path.join(__dirname, 'onnx-worker.cjs')),
    // OCR has its own onnxruntime, so its own utilityProcess (see main/inference/ocr-process.ts).
    startOcrProcess: () => utilityOcrLink(path.join(__dirname, 'ocr-process.cjs')),
  });
  const invoke = createInvokeHandler(judgeDesk, localCaller('electron'));
  ipcMain.handle(ipcInvokeChannel, (event, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    return invoke({ frameUrl: frame?.url ?? null, isMainFrame: frame !== null && frame === event.sender.mainFrame }, channel, payload);
  });
  judgeDesk.onProgress((progress) => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.webContents.send(ipcProgressChannel, progress);
    }
  });

  installApplicationMenu(app.isPackaged);
  createMainWindow();
}

function lockDownSession(ses: Session): void {
  // The one and only onBeforeRequest of this session (a second call would replace it).
  ses.webRequest.onBeforeRequest((details, callback) => {
    const decision = decideRequest(details.url);
    if (decision === 'cancel') console.warn(`[judgedesk] blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: decision === 'cancel' });
  });
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  ses.setDevicePermissionHandler((details) => decidePermission(details.deviceType));
  ses.setSpellCheckerEnabled(false);
  // Should Chromium still try to fetch a hunspell dictionary, point it at the loopback discard
  // port: nothing can leave the machine (the request filter cancels it before that anyway).
  ses.setSpellCheckerDictionaryDownloadURL('http://127.0.0.1:9/');
}

function lockDownContents(contents: WebContents): void {
  // The UI is a single page: it never navigates, opens windows or embeds webviews.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function createMainWindow(): void {
  // electronegativity-justified: CONTEXT_ISOLATION_JS_CHECK contextIsolation: true comes from webPreferences() in main/security, unit-tested; the scanner cannot follow the call
  // electronegativity-justified: SANDBOX_JS_CHECK sandbox: true comes from webPreferences() (unit-tested), and app.enableSandbox() above sandboxes every renderer
  // electronegativity-justified: AUXCLICK_JS_CHECK webPreferences() disables the Auxclick blink feature, and setWindowOpenHandler denies every new window anyway
  mainWindow = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    title: '审判辅助工作台',
    backgroundColor: '#ffffff',
    webPreferences: webPreferences(path.join(__dirname, 'preload.cjs'), app.isPackaged),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  void mainWindow.loadURL(appEntryUrl);
}
