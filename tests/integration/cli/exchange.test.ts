// The demo library carried to another library through `gloss export bundle` and `gloss import FILE.gloss`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

describe('gloss demo, export and import of an exchange file', { timeout: 90_000 }, () => {
  const tmp = tempDir('gloss-cli-exchange-');
  afterAll(() => tmp.remove());
  const home = ['--data-dir', join(tmp.path, 'home')];
  const away = ['--data-dir', join(tmp.path, 'away')];

  it('loads the demo, writes a report and a bundle, and the bundle brings the article to another library', async () => {
    const demo = await glossJson<ImportReport>(['demo', ...home]);
    expect(demo.imported.length).toBeGreaterThan(1);
    const article = demo.imported[0]!;

    const html = join(tmp.path, 'report.html');
    const written = await gloss(['export', 'html', '--article', article.id.slice(0, 8), '--out', html, ...home]);
    expect(written.code).toBe(0);
    expect(readFileSync(html, 'utf8')).toContain(article.title.replace(/&/g, '&amp;'));

    const bundle = await glossJson<{ path: string }>(['export', 'bundle', '--article', article.id, '--out', tmp.path, ...home]);
    expect(bundle.path.endsWith('.gloss')).toBe(true);
    expect(existsSync(bundle.path)).toBe(true);

    const imported = await gloss(['import', bundle.path, ...away]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/1 article added/);
    const there = await glossJson<ArticleSummary[]>(['list', ...away]);
    expect(there.map((a) => [a.id, a.title])).toEqual([[article.id, article.title]]);
  });

  it('refuses an export without a target, with exit status 2', async () => {
    const run = await gloss(['export', 'md', '--out', tmp.path, ...home]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--article ID or --collection NAME');
  });
});
