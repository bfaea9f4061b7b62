// HTML to PDF: the door's own renderer when it has one (Electron's printToPDF), otherwise an
// installed Chromium run headless on a temporary file.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromiumFlags, findChromium } from '../chromium.js';
import type { CoreContext } from '../context.js';
import { GlossError } from '../errors.js';

const TIMEOUT_MS = 120_000;

export async function htmlToPdf(
  ctx: Pick<CoreContext, 'renderPdf'>,
  html: string,
  chromium = ctx.renderPdf ? null : findChromium(),
): Promise<Uint8Array> {
  if (ctx.renderPdf) return ctx.renderPdf(html);
  if (!chromium) {
    throw new GlossError('unavailable', { key: 'export.noChromium' });
  }
  const dir = mkdtempSync(join(tmpdir(), 'gloss-pdf-'));
  try {
    const input = join(dir, 'report.html');
    const output = join(dir, 'report.pdf');
    writeFileSync(input, html);
    await new Promise<void>((resolve, reject) => {
      execFile(
        chromium,
        [
          '--headless',
          ...chromiumFlags(),
          `--user-data-dir=${join(dir, 'profile')}`,
          '--no-pdf-header-footer',
          // Bookmarks from the headings; the PDF is tagged (for screen readers) by default here.
          '--generate-pdf-document-outline',
          `--print-to-pdf=${output}`,
          pathToFileURL(input).href,
        ],
        { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          if (error) {
            reject(
              new GlossError(
                'internal',
                error.killed ? { key: 'export.chromiumTimedOut' } : { key: 'export.chromiumFailed', params: { detail: error.message.split('\n')[0]! } },
                { stderr: String(stderr).slice(-2000) },
              ),
            );
          } else resolve();
        },
      );
    });
    try {
      return readFileSync(output);
    } catch {
      throw new GlossError('internal', { key: 'export.chromiumNoPdf' });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
