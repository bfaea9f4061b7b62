// The reviewer profile: set once, changed a field at a time, cleared, and read by the exports.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readProfile } from '../../../electron/core/profile.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

describe('reviewer profile', () => {
  let lib: TestLibrary;
  beforeEach(async () => (lib = await openTestLibrary()));
  afterEach(() => lib.close());

  it('starts empty, keeps what is set, changes only the fields given, and clears with null or ""', async () => {
    expect(await lib.call('profile.get', {})).toEqual({});
    await lib.call('profile.set', { name: ' Ana Ruiz ', organization: 'Coast Check', organizationUrl: 'https://coastcheck.example' });
    expect(await lib.call('profile.set', { publishBaseUrl: 'https://coastcheck.example/reviews/' })).toEqual({
      name: 'Ana Ruiz',
      organization: 'Coast Check',
      organizationUrl: 'https://coastcheck.example',
      publishBaseUrl: 'https://coastcheck.example/reviews/',
    });
    await lib.call('profile.set', { organization: null, organizationUrl: '' });
    expect(readProfile(lib.core.db)).toEqual({ name: 'Ana Ruiz', publishBaseUrl: 'https://coastcheck.example/reviews/' });
  });

  it('refuses an organisation URL that is not a URL, and keeps the profile as it was', async () => {
    await lib.call('profile.set', { name: 'Ana Ruiz' });
    expect((await lib.fail('profile.set', { name: 'Other', organizationUrl: 'coastcheck' })).code).toBe('invalid_input');
    expect(await lib.call('profile.get', {})).toEqual({ name: 'Ana Ruiz' });
  });
});

describe('reviewer profile in exports', () => {
  it('names the reviewer as the author of ClaimReview', async () => {
    const lib = await openTestLibrary();
    try {
      const [id] = await importArticles(lib, [['storm.md', markdown('Storm closes the coast road', 'High winds closed the coast road on Friday night.')]]);
      await annotate(lib, id!, 'High winds', { statusTagId: 'status:false' });
      await lib.call('profile.set', { name: 'Ana Ruiz' });
      const file = await lib.call('exports.run', { format: 'claimreview', articleId: id! });
      expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain('"Ana Ruiz"');
    } finally {
      lib.close();
    }
  });

  it('signs the reports and the W3C annotations with the profile set in Settings', async () => {
    const lib = await openTestLibrary();
    try {
      const [id] = await importArticles(lib, [['a.md', markdown('Harbour', 'The bridge will cost 40 million euros.')]]);
      await annotate(lib, id!, '40 million euros', { statusTagId: 'status:false' });
      const run = async (format: 'html' | 'md' | 'w3c') =>
        Buffer.from((await lib.call('exports.run', { format, articleId: id! })).dataBase64, 'base64').toString('utf8');
      expect(await run('html')).not.toContain('Reviewed by');
      await lib.call('profile.set', { name: 'Ana Ruiz', organization: 'Coast Check' });
      expect(await run('html')).toContain('Reviewed by Ana Ruiz, Coast Check');
      expect(await run('md')).toContain('Reviewed by Ana Ruiz, Coast Check');
      const w3c = JSON.parse(await run('w3c')) as { first: { items: Array<{ creator?: unknown }> } };
      expect(w3c.first.items[0]!.creator).toEqual({ type: 'Person', name: 'Ana Ruiz' });
    } finally {
      lib.close();
    }
  });
});
