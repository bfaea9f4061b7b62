// PDF export in the desktop app: Chromium's own printToPDF on a hidden window that runs no
// script and reaches no network, in a session of its own.
import { BrowserWindow, session } from 'electron';
import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PARTITION = 'gloss-pdf';
let sessionReady = false;

function printSession(): Electron.Session {
  const ses = session.fromPartition(PARTITION);
  if (!sessionReady) {
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') && !details.url.startsWith('data:') }));
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    sessionReady = true;
  }
  return ses;
}

export async function renderPdf(html: string): Promise<Uint8Array> {
  // A file rather than a data: URL, which Chromium caps at a few MB.
  const file = join(tmpdir(), `gloss-print-${randomUUID()}.html`);
  await writeFile(file, html, 'utf8');
  const win = new BrowserWindow({
    show: false,
    webPreferences: { session: printSession(), javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false },
  });
  try {
    await win.loadFile(file);
    return new Uint8Array(await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }));
  } finally {
    win.destroy();
    await rm(file, { force: true });
  }
}
