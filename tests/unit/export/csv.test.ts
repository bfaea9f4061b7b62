// The claims CSV's techniques column: a list of tag names in one cell, `; ` between them, which
// splits back into the names a claim carries whatever the names hold.
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { csvColumns } from '../../../electron/core/export/csv.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from '../library/harness.js';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.close());

it('writes technique names holding "; " or quotes so that the column splits back into the names', async () => {
  const [articleId] = await importArticles(lib, [['port.md', markdown('Port reopens', 'The minister said the port is open again, as everyone knows.')]]);
  const techniques = (await lib.call('taxonomies.list', {})).find((t) => t.kind === 'technique')!;
  const names = ['Whataboutism; tu quoque', 'The "everyone knows" appeal', 'Loaded language'];
  const tagIds: string[] = [];
  for (const name of names.slice(0, 2)) tagIds.push((await lib.call('tags.create', { taxonomyId: techniques.id, name, color: '#123456' })).id);
  tagIds.push(techniques.tags.find((t) => t.name === 'Loaded language')!.id);
  await annotate(lib, articleId!, 'the port is open again', { tagIds });

  const file = await lib.call('exports.run', { format: 'csv', articleId: articleId! });
  const [, row] = parse(Buffer.from(file.dataBase64, 'base64').toString('utf8'), { bom: true }) as string[][];
  const cell = row![csvColumns.indexOf('techniques')]!;
  // A script splits the cell as one more CSV record, with "; " as its delimiter.
  const [split] = parse(cell, { delimiter: '; ' }) as string[][];
  expect(new Set(split)).toEqual(new Set(names));
  // Names without either are written as they are.
  expect(cell.split('; ')).toContain('Loaded language');
});
