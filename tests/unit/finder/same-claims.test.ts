// Same-claim suggestions across open articles, and accepting one.
import { afterEach, describe, expect, it } from 'vitest';
import { importArticles, markdown, openTestLibrary, type TestLibrary } from '../library/harness.js';

describe('same-claim suggestions', () => {
  let lib: TestLibrary;
  afterEach(() => lib?.close());

  it('pairs the sentences of two outlets that state the same toll, first, and links them on accepting', async () => {
    lib = await openTestLibrary();
    const ids = await importArticles(lib, [
      ['a.md', markdown('Wire', 'The weather was mild in the capital.', 'Health officials in Gaza said more than 31,000 Palestinians have been killed in the war.')],
      ['b.md', markdown('Daily', 'Over 31,000 Palestinians have been killed in the war, according to Gaza health officials.', 'The talks resume on Monday in Cairo.')],
    ]);
    const pairs = await lib.call('finder.sameClaims', { articleIds: ids });
    expect(pairs[0]).toMatchObject({
      a: { articleId: ids[0], text: 'Health officials in Gaza said more than 31,000 Palestinians have been killed in the war.' },
      b: { articleId: ids[1], text: 'Over 31,000 Palestinians have been killed in the war, according to Gaza health officials.' },
    });
    expect(pairs[0]!.shared.figures).toEqual(['more than 31,000']);
    expect(pairs[0]!.shared.entities).toEqual(expect.arrayContaining(['Gaza', 'Palestinians']));
    expect(pairs.some((p) => p.a.text.includes('weather') || p.b.text.includes('weather'))).toBe(false);

    const { a, b } = pairs[0]!;
    const link = await lib.call('finder.link', {
      from: { articleId: a.articleId, start: a.start, end: a.end },
      to: { articleId: b.articleId, start: b.start, end: b.end },
      relation: 'same-claim',
    });
    expect(link).toMatchObject({ relation: 'same-claim', other: { articleId: ids[1], exact: b.text } });
  });

  it('does not take a daily rate and a total for the same figure', async () => {
    lib = await openTestLibrary();
    const ids = await importArticles(lib, [
      ['a.md', markdown('Wire', 'Before the war, about 500 trucks entered Gaza every day through the Kerem Shalom crossing.')],
      ['b.md', markdown('Daily', 'On Monday about 500 trucks entered Gaza through the Kerem Shalom crossing, the army said.')],
    ]);
    const pairs = await lib.call('finder.sameClaims', { articleIds: ids });
    expect(pairs.flatMap((p) => p.shared.figures)).toEqual([]);
  });

  it('refuses a link inside one article', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['a.md', markdown('One', 'First claim here.', 'Second claim here.')]]);
    const error = await lib.fail('finder.link', {
      from: { articleId: id!, start: 0, end: 5 },
      to: { articleId: id!, start: 6, end: 10 },
      relation: 'same-claim',
    });
    expect(error.message).toMatch(/same article/);
  });
});
