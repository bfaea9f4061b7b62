// The desktop app: one window on the gloss://app protocol, locked down, talking to the core
// worker through ipc.ts. Runs only bundled (dist/electron/main.mjs), so paths are relative to that.
import { app, BrowserWindow, dialog, ipcMain, protocol, safeStorage, session, shell, type WebContents } from 'electron';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerAppFile } from './app-files.js';
import { startCoreWorker, type CoreWorker } from './core/worker/client.js';
import { withSavedHubPassword } from './hub-password.js';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, EVENT_CHANNEL } from './ipc-routes.js';
import { forwardEvents, registerIpc } from './ipc.js';
import { createOpenQueue, openablePaths } from './open-files.js';
import { renderPdf } from './pdf-window.js';
import { appWindowPreferences } from './window-options.js';

const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url));
const preloadPath = fileURLToPath(new URL('./preload.cjs', import.meta.url));
const iconPath = fileURLToPath(new URL('../../resources/icon.png', import.meta.url));

protocol.registerSchemesAsPrivileged([
  // codeCache: V8 keeps the scripts' compiled code from one start to the next (for a custom
  // scheme only when asked; it needs standard), instead of compiling the app's chunks at each start.
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

let win: BrowserWindow | null = null;
let core: CoreWorker | null = null;
// Files double-clicked (or dropped on the icon) wait for the window's page, then go to its open flow.
const opens = createOpenQueue((file) => win?.webContents.send(EVENT_CHANNEL, 'app.openFile', file));

async function serveAppFile(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
  if (url.host !== APP_HOST) return new Response('Not found.', { status: 404, headers });
  const answer = await answerAppFile(rendererDir, url.pathname);
  if (answer.status !== 200) return new Response(answer.message, { status: answer.status, headers });
  return new Response(await readFile(answer.file.path), { headers: { ...headers, ...answer.headers } });
}

function isOwnUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** Every web contents, now or later: no navigation away, no new windows, no webviews. */
function lockDown(contents: WebContents): void {
  const stayHome = (event: Electron.Event, url: string) => {
    if (!isOwnUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-frame-navigate', (event) => stayHome(event, event.url));
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link to a source (an evidence URL) opens in the person's own browser, never in Gloss.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): void {
  win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Gloss',
    icon: iconPath,
    webPreferences: appWindowPreferences(preloadPath, !app.isPackaged),
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.once('did-finish-load', () => opens.ready());
  win.on('closed', () => {
    win = null;
    opens.pause();
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
}

async function start(): Promise<void> {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );
  ses.protocol.handle(APP_SCHEME, serveAppFile);

  try {
    core = await startCoreWorker({ dataDir: app.getPath('userData'), renderPdf });
  } catch (e) {
    dialog.showErrorBox('Gloss cannot open your library', (e as Error).message);
    app.exit(1);
    return;
  }
  const hubFile = join(app.getPath('userData'), 'hub-passwords.json');
  registerIpc(ipcMain, { call: withSavedHubPassword(core.call, safeStorage, hubFile) }, (sender) => sender === win?.webContents);
  forwardEvents(core, () => win?.webContents ?? null);
  createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  opens.add(...openablePaths(process.argv.slice(1), process.cwd()));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opens.add(path);
    if (!win && core) createWindow();
  });
  app.on('second-instance', (_event, argv, cwd) => {
    opens.add(...openablePaths(argv.slice(1), cwd));
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!win && core) createWindow();
  });
  let closedCore = false;
  app.on('before-quit', (event) => {
    if (closedCore || !core) return;
    // Let the last write finish and the library close before the process ends.
    event.preventDefault();
    void core.close().finally(() => {
      closedCore = true;
      app.quit();
    });
  });
  void app.whenReady().then(start);
}
