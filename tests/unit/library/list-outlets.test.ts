// The outlet filter's choices and the rows an event names come from the library, not the trash.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { importArticles, markdown, openTestLibrary, type TestLibrary } from './harness.js';

let lib: TestLibrary;
let ids: string[];
beforeAll(async () => {
  lib = await openTestLibrary();
  ids = await importArticles(lib, ['a', 'b', 'c', 'd', 'e'].map((x) => [`${x}.md`, markdown(`Story ${x}`, `Text of story ${x}.`)]));
  const outlets = ['Harbour Post', 'harbour post', 'Aardvark Gazette', 'Trashed Times', null];
  for (const [i, outlet] of outlets.entries()) await lib.call('articles.update', { id: ids[i]!, outlet });
  await lib.call('articles.delete', { id: ids[3]! });
});
afterAll(() => lib.close());

it('lists each outlet once, whatever its case, by name, leaving out the trash and articles without one', async () => {
  const outlets = await lib.call('list.outlets', {});
  expect(outlets.map((o) => o.toLowerCase())).toEqual(['aardvark gazette', 'harbour post']);
});

it('gives the summaries of the named articles in their order, without the trash and unknown ids', async () => {
  const rows = await lib.call('list.summaries', { ids: [ids[2]!, ids[3]!, '00000000-0000-4000-8000-000000000000', ids[0]!] });
  expect(rows.map((a) => a.id)).toEqual([ids[2], ids[0]]);
});
