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
});
