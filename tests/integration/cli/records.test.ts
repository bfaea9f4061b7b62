// The command line does to articles, claims and the reviewer profile what the app does.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation, ArticleSummary, ClaimLink, ImportReport, ReviewerProfile } from '../../../shared/model.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

const articles = join(repoRoot, 'tests', 'fixtures', 'articles');

describe('gloss edit, delete, restore, trash, profile, claim and link', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-records-');
  afterAll(() => tmp.remove());
  const lib = ['--data-dir', tmp.path];
  let bridge: ArticleSummary;
  let rival: ArticleSummary;

  beforeAll(async () => {
    const report = await glossJson<ImportReport>([
      'import',
      join(articles, '01-harbour-bridge.txt'),
      join(articles, '02-harbour-bridge-rival.txt'),
      ...lib,
    ]);
    [bridge, rival] = report.imported as [ArticleSummary, ArticleSummary];
  });

  it('edits an article record, with the common options before the command', async () => {
    const edited = await glossJson<ArticleSummary>([
      ...lib,
      'edit',
      bridge.id.slice(0, 8),
      '--title',
      'Harbour bridge to open next spring',
      '--outlet',
      'Coast Times',
      '--date',
      '2025-06-02',
      '--lang',
      'ar',
      '--url',
      'https://coast.example/bridge',
    ]);
    expect(edited).toMatchObject({ title: 'Harbour bridge to open next spring', outlet: 'Coast Times', publishedAt: '2025-06-02', language: 'ar', direction: 'rtl', sourceUrl: 'https://coast.example/bridge' });
    const listed = await gloss(['--json', '--data-dir', tmp.path, 'list']);
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.stdout) as ArticleSummary[]).find((a) => a.id === bridge.id)?.outlet).toBe('Coast Times');

    const cleared = await glossJson<ArticleSummary>(['edit', bridge.id, '--url', '', '--lang', 'en', ...lib]);
    expect(cleared).toMatchObject({ sourceUrl: null, language: 'en', direction: 'ltr' });
    const bad = await gloss(['edit', bridge.id, '--date', 'next week', ...lib]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('2024-03-10');
    const nothing = await gloss(['edit', bridge.id, ...lib]);
    expect(nothing.code).toBe(2);
  });

  it('annotates with evidence, edits the claim by status slug and tags, takes a note starting with "-", links and deletes', async () => {
    const claim = await glossJson<Annotation>([
      'annotate', bridge.id, '--quote', 'harbour bridge', '--status', 'MOSTLY-TRUE',
      '--evidence', 'council.example/minutes', '--evidence-title', 'Council minutes', '--evidence', 'https://archive.example/b', ...lib,
    ]);
    expect(claim.statusTagId).toBe('status:mostly-true');
    expect(claim.evidence.map((e) => [e.url, e.title])).toEqual([
      ['https://council.example/minutes', 'Council minutes'],
      ['https://archive.example/b', ''],
    ]);

    const edited = await glossJson<Annotation>([
      'claim', 'edit', claim.id, '--status', 'false', '--tag', 'loaded-language', '--tag', 'appeal to fear', '--note', '-3 days', ...lib,
    ]);
    expect(edited).toMatchObject({ statusTagId: 'status:false', note: '-3 days' });
    expect(edited.tagIds).toHaveLength(2);
    const untagged = await glossJson<Annotation>(['claim', 'edit', claim.id, '--untag', 'LOADED LANGUAGE', '--status', 'none', ...lib]);
    expect(untagged.tagIds).toEqual(edited.tagIds.filter((t) => !t.includes('loaded')));
    expect(untagged.statusTagId).toBeNull();

    const other = await glossJson<Annotation>(['annotate', rival.id, '--quote', 'bridge', ...lib]);
    const link = await glossJson<ClaimLink>(['link', claim.id, other.id, '--contradicts', ...lib]);
    expect(link).toMatchObject({ relation: 'contradicts', other: { annotationId: other.id } });
    expect((await gloss(['link', claim.id, other.id, ...lib])).code).toBe(2);

    expect((await gloss(['claim', 'delete', other.id, ...lib])).code).toBe(0);
    const shown = await glossJson<{ annotations: Annotation[] }>(['show', rival.id, ...lib]);
    expect(shown.annotations).toEqual([]);
    const unknown = await gloss(['claim', 'edit', claim.id, '--status', 'probably', ...lib]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no fact-check status "probably"');
  });

  it('moves an article to the trash, lists it, restores it, and empties the trash without a prompt when piped', async () => {
    expect((await gloss(['delete', rival.id.slice(0, 8), ...lib])).code).toBe(0);
    expect((await glossJson<ArticleSummary[]>(['trash', ...lib])).map((a) => a.id)).toEqual([rival.id]);
    expect((await glossJson<ArticleSummary[]>(['list', ...lib])).map((a) => a.id)).toEqual([bridge.id]);

    const restored = await gloss(['restore', rival.id.slice(0, 8), ...lib]);
    expect(restored.stdout).toContain('Restored');
    expect((await glossJson<ArticleSummary[]>(['list', ...lib])).map((a) => a.id).sort()).toEqual([bridge.id, rival.id].sort());

    await gloss(['delete', rival.id, ...lib]);
    const emptied = await gloss(['trash', '--empty', ...lib]);
    expect(emptied.code).toBe(0);
    expect(emptied.stdout).toContain('Deleted 1 article for good');
    expect(await glossJson<ArticleSummary[]>(['trash', ...lib])).toEqual([]);
    expect((await gloss(['restore', rival.id, ...lib])).code).toBe(1);
  });

  it('sets, prints and clears the reviewer profile', async () => {
    expect((await gloss(['profile', ...lib])).stdout).toContain('No reviewer profile yet');
    const set = await glossJson<ReviewerProfile>([
      'profile', '--name', 'Ana Ruiz', '--organization', 'Coast Check', '--organization-url', 'https://coastcheck.example', ...lib,
    ]);
    expect(set).toEqual({ name: 'Ana Ruiz', organization: 'Coast Check', organizationUrl: 'https://coastcheck.example' });
    const shown = await gloss(['profile', ...lib]);
    expect(shown.stdout).toMatch(/Organisation: +Coast Check/);
    expect(await glossJson<ReviewerProfile>(['profile', '--organization', '', ...lib])).toEqual({ name: 'Ana Ruiz', organizationUrl: 'https://coastcheck.example' });
    expect((await gloss(['profile', '--publish-url', 'not a url', ...lib])).code).toBe(1);
  });
});
