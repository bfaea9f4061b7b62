// PDF export in the desktop app: Chromium's own printToPDF on a hidden window that runs no
// script and reaches no network, in a session of its own, loading the page from the app's own
// scheme (print-pages.ts) rather than from a file.
import { BrowserWindow, session } from 'electron';
import { APP_SCHEME } from './ipc-routes.js';
import { PrintPages } from './print-pages.js';
import { printWindowPreferences } from './window-options.js';

const PARTITION = 'gloss-pdf';
const pages = new PrintPages();
let sessionReady = false;

function printSession(): Electron.Session {
  const ses = session.fromPartition(PARTITION);
  if (!sessionReady) {
    ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !PrintPages.allows(details.url) }));
    ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    ses.protocol.handle(APP_SCHEME, (request) => {
      const answer = pages.answer(request.url);
      const headers = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };
      return answer.status === 200
        ? new Response(answer.html, { headers: { ...headers, 'content-type': 'text/html; charset=utf-8' } })
        : new Response('Not found.', { status: 404, headers });
    });
    sessionReady = true;
  }
  return ses;
}

export async function renderPdf(html: string): Promise<Uint8Array> {
  const page = pages.add(html);
  const win = new BrowserWindow({ show: false, webPreferences: printWindowPreferences(printSession()) });
  try {
    await win.loadURL(page.url);
    // Tagged (for screen readers) and with bookmarks from the headings, as the Chromium the
    // command line prints with makes them; Electron's defaults are neither.
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true });
    return new Uint8Array(pdf);
  } finally {
    win.destroy();
    page.dispose();
  }
}
