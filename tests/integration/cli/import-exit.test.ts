// `gloss import page.html` returns when the import is done: it used to wait ~20 s for the HTML
// worker's idle timer, because the worker kept the process alive after its last page.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { glossJson } from './run.js';

const page = join(repoRoot, 'tests', 'fixtures', 'import', 'article-with-junk.html');

/** The page's title, and what keeps a fresh Node process alive right after it parsed the page in the HTML worker. */
function afterOnePage(preload = false): Promise<{ title: string; resources: string[] }> {
  return new Promise((resolve, reject) => {
    const probe = join(repoRoot, 'tests', 'integration', 'cli', 'html-worker-probe.mjs');
    const child = spawn(process.execPath, [probe, page, ...(preload ? ['preload'] : [])], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as { title: string; resources: string[] }) : reject(new Error(`the probe exited ${code}`))));
  });
}

describe('gloss import of an HTML page', { timeout: 90_000 }, () => {
  const tmp = tempDir('gloss-cli-import-exit-');
  afterAll(() => tmp.remove());

  it('leaves nothing running that would keep the process from exiting once the page is parsed', async () => {
    // Its own stdout pipe is all that may be left: not the worker's MessagePort.
    const { title, resources } = await afterOnePage();
    expect(title).toBe('Harbour reopens after storm');
    expect(resources.filter((r) => r !== 'PipeWrap')).toEqual([]);
  });

  it('parses the page asked for while the HTML parser is still preloading, and leaves nothing running either', async () => {
    const { title, resources } = await afterOnePage(true);
    expect(title).toBe('Harbour reopens after storm');
    expect(resources.filter((r) => r !== 'PipeWrap')).toEqual([]);
  });

  it('imports the page and exits (its wall time is in bench/RESULTS.md, not asserted here)', async () => {
    const started = performance.now();
    const report = await glossJson<ImportReport>(['import', page, '--data-dir', tmp.path]);
    const seconds = (performance.now() - started) / 1000;
    expect(report.imported.map((a) => a.title)).toEqual(['Harbour reopens after storm']);
    console.log(`gloss import of one HTML page: ${seconds.toFixed(2)} s wall time`);
  });
});
