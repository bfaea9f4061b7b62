import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, openTestLibrary, type TestLibrary } from './harness.js';

// Three articles with known outlets and dates (front matter), a few claims on two of them.
function article(title: string, outlet: string, date: string, text: string): [string, string] {
  return [`${title}.md`, `---\ntitle: ${title}\noutlet: ${outlet}\ndate: ${date}\n---\n\n${text}\n`];
}

describe('articles.list', () => {
  let lib: TestLibrary;
  let ids: Record<'ferry' | 'market' | 'school', string>;
  let collectionId: string;

  beforeAll(async () => {
    lib = await openTestLibrary();
    const report = await lib.call('articles.import', {
      files: [
        article('Ferry strike ends', 'Harbour Gazette', '2024-03-10', 'The ferry strike ended after talks on Sunday. Crossings resume on Monday morning.'),
        article('Market hall to close', 'Valley Post', '2024-03-19', 'The market hall will close for a year. Traders say the council ignored them.'),
        article('Zoo welcomes school', 'Harbour Gazette', '2024-03-29', 'A school class spent the day at the zoo. The keepers answered questions.'),
      ].map(([name, text]) => ({ name, dataBase64: Buffer.from(text).toString('base64') })),
    });
    expect(report.failed).toEqual([]);
    const [ferry, market, school] = report.imported.map((a) => a.id) as [string, string, string];
    ids = { ferry, market, school };

    await annotate(lib, market, 'will close for a year', { statusTagId: 'status:true' });
    await annotate(lib, market, 'the council ignored them', { statusTagId: 'status:false', tagIds: ['technique:loaded-language'] });
    await annotate(lib, market, 'Traders say', {});
    await annotate(lib, ferry, 'ended after talks', { statusTagId: 'status:true' });
    const deleted = await annotate(lib, ferry, 'Crossings resume', { statusTagId: 'status:false' });
    await lib.call('annotations.delete', { id: deleted.id });

    collectionId = (await lib.call('collections.create', { name: 'Harbour' })).id;
    await lib.call('collections.addArticles', { id: collectionId, articleIds: [ferry, school] });
  });
  afterAll(() => lib.close());

  const titles = async (input: Parameters<TestLibrary['call']>[1]) =>
    (await lib.call('articles.list', input as never)).map((a) => a.title);

  it('counts claims per status, ignoring deleted ones', async () => {
    const byId = new Map((await lib.call('articles.list', {})).map((a) => [a.id, a]));
    expect(byId.get(ids.market)).toMatchObject({
      annotationCount: 3,
      statusCounts: { 'status:true': 1, 'status:false': 1, none: 1 },
    });
    expect(byId.get(ids.ferry)).toMatchObject({ annotationCount: 1, statusCounts: { 'status:true': 1 } });
    expect(byId.get(ids.school)).toMatchObject({ annotationCount: 0, statusCounts: {}, collectionIds: [collectionId] });
  });

  it('filters by collection, outlet, date range, status and tag', async () => {
    expect(await titles({ collectionId, sort: 'title', order: 'asc' })).toEqual(['Ferry strike ends', 'Zoo welcomes school']);
    expect(await titles({ outlet: 'valley post' })).toEqual(['Market hall to close']);
    expect(await titles({ from: '2024-03-15', to: '2024-03-29', sort: 'publishedAt', order: 'asc' })).toEqual([
      'Market hall to close',
      'Zoo welcomes school',
    ]);
    expect(await titles({ to: '2024-03-10' })).toEqual(['Ferry strike ends']);
    expect(await titles({ statusTagId: 'status:false' })).toEqual(['Market hall to close']);
    expect(await titles({ statusTagId: 'status:true', sort: 'title', order: 'asc' })).toEqual(['Ferry strike ends', 'Market hall to close']);
    expect(await titles({ tagId: 'technique:loaded-language' })).toEqual(['Market hall to close']);
  });

  it('sorts by each column in both directions and pages', async () => {
    expect(await titles({ sort: 'title', order: 'asc' })).toEqual(['Ferry strike ends', 'Market hall to close', 'Zoo welcomes school']);
    expect(await titles({ sort: 'publishedAt', order: 'desc' })).toEqual(['Zoo welcomes school', 'Market hall to close', 'Ferry strike ends']);
    expect(await titles({ sort: 'annotationCount', order: 'desc' })).toEqual(['Market hall to close', 'Ferry strike ends', 'Zoo welcomes school']);
    expect((await titles({ sort: 'outlet', order: 'asc' }))[2]).toBe('Market hall to close');
    expect(await titles({ sort: 'createdAt', order: 'asc' })).toEqual(['Ferry strike ends', 'Market hall to close', 'Zoo welcomes school']);
    expect(await titles({ sort: 'title', order: 'asc', limit: 1, offset: 1 })).toEqual(['Market hall to close']);
    expect(await titles({ sort: 'title', order: 'asc', offset: 2 })).toEqual(['Zoo welcomes school']);
  });

  it('hides trashed articles and lists them in the trash until restored', async () => {
    await lib.call('articles.delete', { id: ids.school });
    expect(await titles({ sort: 'title', order: 'asc' })).toEqual(['Ferry strike ends', 'Market hall to close']);
    expect(await titles({ inTrash: true })).toEqual(['Zoo welcomes school']);
    expect((await lib.call('collections.list', {}))[0]!.articleIds).toEqual([ids.ferry]);
    const restored = await lib.call('articles.restore', { id: ids.school });
    expect(restored.collectionIds).toEqual([collectionId]);
    expect(await titles({})).toHaveLength(3);
    expect(await titles({ inTrash: true })).toEqual([]);
  });
});
