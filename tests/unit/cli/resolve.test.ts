import { describe, expect, it } from 'vitest';
import type { ArticleSummary, Taxonomy } from '../../../shared/model.js';
import type { Call } from '../../../electron/cli/command.js';
import { CliError } from '../../../electron/cli/errors.js';
import { resolveArticleId, resolveTag } from '../../../electron/cli/resolve.js';

const ids = ['3f2a1c00-0000-4000-8000-000000000001', '3f2b9d00-0000-4000-8000-000000000002', '77aa0000-0000-4000-8000-000000000003'];
const library = ids.map((id, i) => ({ id, title: `Article ${i + 1}` }) as ArticleSummary);

// The two methods prefix resolution uses, over a fixed library.
const call = (async (method: string, input: { id?: string }) => {
  if (method === 'articles.get') {
    const found = library.find((a) => a.id === input.id);
    if (!found) throw new CliError({ code: 'not_found', message: `No article with id ${input.id}.` });
    return found;
  }
  if (method === 'articles.list') return library;
  throw new Error(`unexpected ${method}`);
}) as Call;

describe('article ids a person types', () => {
  it('takes a full id, or the start of exactly one', async () => {
    expect(await resolveArticleId(call, ids[2]!)).toBe(ids[2]);
    expect(await resolveArticleId(call, '77')).toBe(ids[2]);
    expect(await resolveArticleId(call, '3F2B')).toBe(ids[1]);
  });

  it('lists the candidates when the start fits several, and says when it fits none', async () => {
    const ambiguous = await resolveArticleId(call, '3f2').catch((e: CliError) => e);
    expect(ambiguous).toBeInstanceOf(CliError);
    expect((ambiguous as CliError).message).toContain('ambiguous');
    expect((ambiguous as CliError).message).toContain(`${ids[0]}  Article 1`);
    expect((ambiguous as CliError).message).toContain(`${ids[1]}  Article 2`);
    await expect(resolveArticleId(call, 'abc')).rejects.toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('tags by name or id', () => {
  const tag = (id: string, name: string, taxonomyId: string, removed = false) =>
    ({ id, name, taxonomyId, removed, description: '', color: '#000000', key: null, position: 0, ratingValue: null });
  const taxonomies: Taxonomy[] = [
    { id: 's', name: 'Status', kind: 'status', builtin: true, tags: [tag('status:false', 'False', 's'), tag('status:true', 'True', 's')] },
    { id: 't', name: 'Techniques', kind: 'technique', builtin: true, tags: [tag('t:fear', 'Appeal to fear', 't'), tag('t:old', 'Doubt', 't', true), tag('t:doubt', 'Doubt', 't')] },
  ];

  it('matches names whatever their case, and ids', () => {
    expect(resolveTag(taxonomies, 'status', 'FALSE').id).toBe('status:false');
    expect(resolveTag(taxonomies, 'technique', 't:fear').id).toBe('t:fear');
  });

  it('matches a slug of the name or of the id, whatever the case', () => {
    const statuses: Taxonomy[] = [
      { id: 's', name: 'Status', kind: 'status', builtin: true, tags: [tag('status:mostly-true', 'Mostly true', 's'), tag('x1', 'Needs context', 's')] },
    ];
    expect(resolveTag(statuses, 'status', 'mostly-true').id).toBe('status:mostly-true');
    expect(resolveTag(statuses, 'status', 'MOSTLY TRUE').id).toBe('status:mostly-true');
    expect(resolveTag(statuses, 'status', 'needs-context').id).toBe('x1');
    expect(resolveTag(statuses, 'status', 'STATUS:MOSTLY-TRUE').id).toBe('status:mostly-true');
  });

  it('prefers a live tag to a removed one of the same name', () => {
    expect(resolveTag(taxonomies, 'technique', 'doubt').id).toBe('t:doubt');
  });

  it('does not take a technique as a status, and names the choices', () => {
    expect(() => resolveTag(taxonomies, 'status', 'Appeal to fear')).toThrow(/no fact-check status "Appeal to fear".*False, True/);
  });
});
