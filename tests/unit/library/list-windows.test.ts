// The library list in windows over 20,000 articles: paging by every sort, order and filter
// gives every article exactly once, in the order of the whole list; jumps and the last window
// land where the whole list says; claim counts kept by triggers match a count of the claims.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract/index.js';
import { openTestLibrary, type TestLibrary } from './harness.js';

const ARTICLES = 20_000;
const WINDOW = 500;

let lib: TestLibrary;
let collectionId: string;

/** Many ties on every key (titles differing only in case, shared outlets, dates and creation times), many without date or outlet. */
function fill(): void {
  const db = lib.core.db;
  const insert = db.prepare(
    `INSERT INTO articles (id, title, outlet, published_at, body, blocks, word_count, content_hash, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, '[]', 3, ?, ?, ?, ?)`,
  );
  const claim = db.prepare(
    `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, status_tag_id, created_at, updated_at, deleted_at)
     VALUES (?, ?, 0, 4, 'Body', '', '', ?, ?, ?, ?)`,
  );
  const tag = db.prepare('INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
  const member = db.prepare('INSERT INTO collection_articles (collection_id, article_id, position) VALUES (?, ?, ?)');
  const statuses = [null, 'status:true', 'status:false', 'status:mixed'];
  db.transaction(() => {
    for (let i = 0; i < ARTICLES; i++) {
      const id = randomUUID();
      const title = `${i % 3 === 0 ? 'notice' : 'Notice'} ${i % 997}`;
      const outlet = i % 4 === 0 ? null : `Outlet ${i % 23}`;
      const published = i % 5 === 0 ? null : `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
      const created = `2024-06-01T00:00:${String(i % 60).padStart(2, '0')}.000Z`;
      insert.run(id, title, outlet, published, `Body ${i}`, `hash-${i}`, created, created, i % 50 === 0 ? created : null);
      for (let c = 0; c < i % 4; c++) {
        const cid = randomUUID();
        claim.run(cid, id, statuses[(i + c) % 4], created, created, c === 2 && i % 3 === 0 ? created : null);
        if ((i + c) % 7 === 0) tag.run(cid, 'technique:loaded-language');
      }
      if (i % 9 === 0) member.run(collectionId, id, i);
    }
  })();
}

beforeAll(async () => {
  lib = await openTestLibrary();
  collectionId = (await lib.call('collections.create', { name: 'Every ninth' })).id;
  fill();
}, 120_000);
afterAll(() => lib.close());

const sorts = ['createdAt', 'title', 'publishedAt', 'outlet', 'annotationCount'] as const;

/** Each filter, and the articles it keeps, found with plain SQL (the trash is listed whole). */
const filters: Array<[Omit<InputOf<'list.window'>, 'sort' | 'order'>, string | null]> = [
  [{}, null],
  [{ collectionId: 'every-ninth' }, 'SELECT article_id FROM collection_articles WHERE collection_id = ?'],
  [{ outlet: 'outlet 7' }, "SELECT id FROM articles WHERE outlet = 'Outlet 7'"],
  [{ from: '2024-03-01', to: '2024-08-15' }, "SELECT id FROM articles WHERE published_at BETWEEN '2024-03-01' AND '2024-08-15'"],
  [{ statusTagId: 'status:false' }, "SELECT article_id FROM annotations WHERE deleted_at IS NULL AND status_tag_id = 'status:false'"],
  [
    { tagId: 'technique:loaded-language' },
    `SELECT an.article_id FROM annotations an JOIN annotation_tags t ON t.annotation_id = an.id
     WHERE an.deleted_at IS NULL AND t.tag_id = 'technique:loaded-language'`,
  ],
  [{ inTrash: true }, null],
];

async function pageThrough(input: InputOf<'list.window'>): Promise<string[]> {
  const paged: string[] = [];
  let after: string | undefined;
  for (;;) {
    const w = await lib.call('list.window', { ...input, limit: WINDOW, ...(after ? { after } : {}) });
    paged.push(...w.rows.map((a) => a.id));
    if (!w.next) return paged;
    after = w.next;
  }
}

describe(`list.window over ${ARTICLES.toLocaleString('en')} articles`, () => {
  it.each(sorts)('pages by %s, both ways, and under every filter: every article once, in the order of the whole list', async (sort) => {
    for (const order of ['asc', 'desc'] as const) {
      const whole = (await lib.call('articles.list', { sort, order })).map((a) => a.id);
      // Both ways round for the whole library; the filters (the same code either way) one way.
      for (const [raw, keeps] of order === 'asc' ? filters.slice(0, 1) : filters) {
        const filter = raw.collectionId ? { ...raw, collectionId } : raw;
        let expected = whole;
        if (filter.inTrash) expected = (await lib.call('articles.list', { sort, order, inTrash: true })).map((a) => a.id);
        else if (keeps) {
          const kept = new Set(lib.core.db.prepare(keeps).pluck().all(...(filter.collectionId ? [collectionId] : [])) as string[]);
          expected = whole.filter((id) => kept.has(id));
        }
        const paged = await pageThrough({ ...filter, sort, order });
        const what = `${sort} ${order} ${JSON.stringify(raw)}`;
        expect(expected.length, what).toBeGreaterThan(100);
        expect(paged.length, what).toBe(expected.length);
        expect(new Set(paged).size, what).toBe(paged.length);
        expect(paged, what).toEqual(expected);
        expect((await lib.call('list.count', filter)).total, what).toBe(expected.length);
      }
    }
  }, 300_000);

  it('jumps to an offset and to the end, landing where the whole list says', async () => {
    for (const sort of sorts) {
      const whole = (await lib.call('articles.list', { sort, order: 'desc' })).map((a) => a.id);
      for (const offset of [0, 1, 7_000, whole.length - 3, whole.length + 5]) {
        const w = await lib.call('list.window', { sort, order: 'desc', offset, limit: 100 });
        expect(w.rows.map((a) => a.id), `${sort} @${offset}`).toEqual(whole.slice(offset, offset + 100));
        expect(w.offset).toBe(offset);
      }
      const last = await lib.call('list.window', { sort, order: 'desc', last: true, limit: 100 });
      expect(last.rows.map((a) => a.id), sort).toEqual(whole.slice(-100));
      expect(last).toMatchObject({ offset: whole.length - 100, next: null });
    }
  }, 60_000);

  it('gives the same claim counts per status as counting the claims, after edits, trash and undo', async () => {
    const [article] = (await lib.call('list.window', { sort: 'annotationCount', order: 'desc', limit: 1 })).rows;
    const a = await lib.call('annotations.create', { articleId: article!.id, start: 0, end: 4, statusTagId: 'status:true' });
    await lib.call('annotations.update', { id: a.id, statusTagId: 'status:false' });
    const b = await lib.call('annotations.create', { articleId: article!.id, start: 5, end: 6 });
    await lib.call('annotations.delete', { id: b.id });
    await lib.call('annotations.undo', { articleId: article!.id });
    await lib.call('annotations.delete', { id: a.id });

    const counted = lib.core.db
      .prepare(
        `SELECT article_id AS articleId, coalesce(status_tag_id, 'none') AS status, count(*) AS n FROM annotations
         WHERE deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .all();
    const kept = lib.core.db.prepare('SELECT article_id AS articleId, status, n FROM article_claim_counts ORDER BY 1, 2').all();
    expect(kept).toEqual(counted);
    const [now] = await lib.call('list.summaries', { ids: [article!.id] });
    expect(now!.annotationCount).toBe(article!.annotationCount + 1);
    expect(now!.statusCounts.none).toBe((article!.statusCounts.none ?? 0) + 1);
  });
});
