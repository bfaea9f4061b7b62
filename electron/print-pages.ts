// The pages the PDF window prints, served from memory on the app's own scheme
// (gloss://print/<random id>.html) in the print session only: no temporary file:// page that
// any local file could be reached beside, and each page answers only until it is printed.
import { randomUUID } from 'node:crypto';
import { APP_SCHEME } from './ipc-routes.js';

export const PRINT_HOST = 'print';

export type PrintAnswer = { status: 200; html: string } | { status: 404 };

export class PrintPages {
  private readonly pages = new Map<string, string>();

  /** Serves html at a new URL until dispose() is called. */
  add(html: string): { url: string; dispose(): void } {
    const path = `/${randomUUID()}.html`;
    this.pages.set(path, html);
    return { url: `${APP_SCHEME}://${PRINT_HOST}${path}`, dispose: () => void this.pages.delete(path) };
  }

  answer(url: string): PrintAnswer {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== PRINT_HOST) return { status: 404 };
    const html = this.pages.get(parsed.pathname);
    return html === undefined ? { status: 404 } : { status: 200, html };
  }

  /** What the print session lets through: its own pages and the images inlined in them. */
  static allows(url: string): boolean {
    return url.startsWith(`${APP_SCHEME}://${PRINT_HOST}/`) || url.startsWith('data:');
  }
}
