// From the command line: evidence must be a web link, and an export says what it lacks
// (ClaimReview's url and author, claims without a verdict on a worksheet) and how to supply it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

describe('gloss annotate --evidence and export warnings', { timeout: 60_000 }, () => {
  const tmp = tempDir('gloss-cli-warnings-');
  const lib = ['--data-dir', join(tmp.path, 'lib')];
  let id = '';
  beforeAll(async () => {
    const article = join(tmp.path, 'bridge.txt');
    writeFileSync(article, 'Bridge costs\n\nThe council said the bridge will cost 410 million. Critics called it a reckless gamble.\n');
    id = (await glossJson<ImportReport>(['import', article, ...lib])).imported[0]!.id;
  });
  afterAll(() => tmp.remove());

  it('refuses evidence that is not a web link, and stores one that is', async () => {
    const bad = await gloss(['annotate', id, '--quote', 'will cost 410 million', '--evidence', 'javascript:alert(1)', ...lib]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--evidence takes a web link (http or https); "javascript:alert(1)" is not one.');
    const good = await glossJson<Annotation>([
      'annotate', id, '--quote', 'will cost 410 million', '--status', 'mostly false', '--evidence', 'https://example.org/tender', ...lib,
    ]);
    expect(good.evidence.map((e) => e.url)).toEqual(['https://example.org/tender']);
    await glossJson<Annotation>(['annotate', id, '--quote', 'a reckless gamble', ...lib]);
  });

  it('writes ClaimReview without a publish URL but warns how to give one', async () => {
    const out = join(tmp.path, 'reviews.jsonld');
    const run = await gloss(['export', 'claimreview', '--article', id, '--out', out, ...lib]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: url is missing: set where reports are published with --publish-url or in Settings');
    expect(run.stderr).toContain('warning: author is missing');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveLength(1);
  });

  it('gives each review its url and author from --publish-url, --reviewer and --organization', async () => {
    const out = join(tmp.path, 'published.jsonld');
    const exportReviews = () =>
      gloss([
        'export', 'claimreview', '--article', id, '--out', out, '--publish-url', 'https://desk.example/reports/',
        '--reviewer', 'Mara Quinn', '--organization', 'Desk Check', ...lib,
      ]);
    // A text file says neither who published the claim nor when: what the warnings say to do is enough.
    const before = await exportReviews();
    expect(before.stderr.trim().split('\n')).toEqual([
      'warning: 1 review has no itemReviewed.author: give its article an outlet or an author (the article’s Details…, or gloss edit --outlet/--author).',
      'warning: 1 review has no itemReviewed.datePublished: give its article its publication date (the article’s Details…, or gloss edit --date).',
    ]);
    expect((await gloss(['edit', id, '--outlet', 'The Daily Ledger', '--date', '2024-05-07', ...lib])).code).toBe(0);
    const run = await exportReviews();
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('warning');
    const [review] = JSON.parse(readFileSync(out, 'utf8'));
    expect(review.url).toMatch(/^https:\/\/desk\.example\/reports\/bridge-costs\.html#review-/);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Desk Check' });
  });

  it('refuses a publish URL that is not a web link', async () => {
    const run = await gloss(['export', 'claimreview', '--article', id, '--out', join(tmp.path, 'x.jsonld'), '--publish-url', 'file:///tmp', ...lib]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('reviewer.publishBaseUrl: only http and https links are kept; "file:///tmp" is not one');
  });

  it('warns that a worksheet numbers claims without a verdict', async () => {
    const run = await gloss(['export', 'worksheet', '--article', id, '--out', join(tmp.path, 'sheet.html'), ...lib]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('warning: 1 claim has no verdict: keep them as practice or leave them out.');
  });
});
