// Electron hardening that can be checked without Electron: both windows' preferences, the
// print window's pages on the app's own scheme, and Chromium's sandbox for PDF export.
import { describe, expect, it } from 'vitest';
import { chromiumFlags } from '../../../electron/core/chromium.js';
import { PrintPages } from '../../../electron/print-pages.js';
import { appWindowPreferences, printWindowPreferences } from '../../../electron/window-options.js';

describe('window preferences', () => {
  it.each([
    ['the app window', appWindowPreferences('/app/preload.cjs', false)],
    ['the print window', printWindowPreferences(undefined)],
  ])('%s: no auxclick, sandboxed, isolated, no Node', (_name, prefs) => {
    expect(prefs).toMatchObject({
      disableBlinkFeatures: 'Auxclick',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
    });
  });

  it('the print window runs no script', () => {
    expect(printWindowPreferences(undefined).javascript).toBe(false);
  });
});

describe('the pages the print window loads', () => {
  it('are served on gloss://print from memory, only until printed', () => {
    const pages = new PrintPages();
    const page = pages.add('<h1>Report</h1>');
    expect(page.url).toMatch(/^gloss:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(pages.answer(page.url)).toEqual({ status: 200, html: '<h1>Report</h1>' });
    page.dispose();
    expect(pages.answer(page.url)).toEqual({ status: 404 });
  });

  it('answer nothing else, and the print session lets nothing else through', () => {
    const pages = new PrintPages();
    const page = pages.add('<p>x</p>');
    const path = new URL(page.url).pathname;
    for (const url of [`gloss://app${path}`, `file://${path}`, 'gloss://print/other.html', `https://print${path}`, 'not a url']) {
      expect(pages.answer(url), url).toEqual({ status: 404 });
    }
    expect(PrintPages.allows(page.url)).toBe(true);
    expect(PrintPages.allows('data:image/png;base64,AAAA')).toBe(true);
    for (const url of ['file:///etc/passwd', 'https://example.com/x.png', 'gloss://app/index.html']) expect(PrintPages.allows(url), url).toBe(false);
  });
});

describe('Chromium for PDF export', () => {
  it('keeps its sandbox unless the process is root', () => {
    expect(chromiumFlags(false)).not.toContain('--no-sandbox');
    expect(chromiumFlags(true)).toContain('--no-sandbox');
    expect(chromiumFlags(false)).toContain('--disable-background-networking');
  });
});
