// An article's claims a window at a time: what a pane paints near the screen and what the
// virtualised claims list shows, without sending every claim of a long article.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from './fixtures.js';

let lib: TestLibrary;
let articleId: string;
const word = 'claim ';
beforeEach(async () => {
  lib = await openTestLibrary();
  articleId = lib.addArticle(word.repeat(1000));
  lib.db.pragma('synchronous = OFF'); // 1,000 commits without waiting on the disk each time
  // 1,000 one-word claims in text order, every tenth checked false, every seventh loaded language.
  for (let i = 0; i < 1000; i++) {
    await lib.ok('annotations.create', {
      articleId,
      start: i * word.length,
      end: i * word.length + 5,
      statusTagId: i % 10 === 0 ? 'status:false' : null,
      tagIds: i % 7 === 0 ? ['technique:loaded-language'] : [],
    });
  }
});
afterEach(() => lib.close());

it('gives the claims over a stretch of text, those cut by its edges included, with the article total', async () => {
  const { annotations, total } = await lib.ok('annotations.inText', { articleId, from: 10 * word.length + 3, to: 20 * word.length + 2 });
  expect(total).toBe(1000);
  expect(annotations.map((a) => a.start / word.length)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
  expect(annotations[0]).toMatchObject({ quote: { exact: 'claim' }, statusTagId: 'status:false' });
});

it('pages through the whole claims list in text order, each claim once', async () => {
  const seen: number[] = [];
  for (let offset = 0; ; offset += 300) {
    const page = await lib.ok('annotations.window', { articleId, offset, limit: 300 });
    expect(page).toMatchObject({ offset, matching: 1000, total: 1000 });
    if (!page.annotations.length) break;
    seen.push(...page.annotations.map((a) => a.start / word.length));
  }
  expect(seen).toEqual([...Array(1000).keys()]);
});

it('filters the list by status, by no status and by technique, counting the matches apart from the total', async () => {
  const checked = await lib.ok('annotations.window', { articleId, offset: 95, limit: 10, statusTagId: 'status:false' });
  expect(checked).toMatchObject({ matching: 100, total: 1000 });
  expect(checked.annotations.map((a) => a.start / word.length)).toEqual([950, 960, 970, 980, 990]);
  const unchecked = await lib.ok('annotations.window', { articleId, offset: 0, limit: 3, statusTagId: 'none' });
  expect(unchecked.matching).toBe(900);
  expect(unchecked.annotations.map((a) => a.start / word.length)).toEqual([1, 2, 3]);
  const loaded = await lib.ok('annotations.window', { articleId, offset: 0, limit: 3, tagId: 'technique:loaded-language', statusTagId: 'status:false' });
  expect(loaded.matching).toBe(15); // multiples of 70 below 1,000
  expect(loaded.annotations.map((a) => a.start / word.length)).toEqual([0, 70, 140]);
});

it('leaves deleted claims out and refuses a trashed article or a window too large', async () => {
  const [first] = (await lib.ok('annotations.window', { articleId, offset: 0, limit: 1 })).annotations;
  await lib.ok('annotations.delete', { id: first!.id });
  expect((await lib.ok('annotations.inText', { articleId, from: 0, to: 1 })).annotations).toEqual([]);
  expect((await lib.ok('annotations.window', { articleId, offset: 0, limit: 1 })).total).toBe(999);
  expect(await lib.call('annotations.window', { articleId, offset: 0, limit: 5000 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  lib.db.prepare('UPDATE articles SET deleted_at = ? WHERE id = ?').run(new Date().toISOString(), articleId);
  expect(await lib.call('annotations.inText', { articleId, from: 0, to: 10 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
});
