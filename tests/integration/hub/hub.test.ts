// The team hub against a real PostgreSQL: one throwaway cluster for this file, libraries synced
// in-process (and through the real `gloss` where a process must be killed), and raw SQL under
// each person's own login role to show that PostgreSQL itself enforces who may do what.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/api.js';
import { contentHash } from '../../../electron/core/article-import.js';
import { HUB_MIGRATIONS, migrateHub } from '../../../electron/core/hub/schema.js';
import { syncWithHub } from '../../../electron/core/hub/sync.js';
import { repoRoot } from '../../helpers/corpus.js';
import { as, asAdmin, cluster, library as hubLibrary, member, missing, PASSWORD, useHub, workspace, type Lib } from '../../helpers/hub-testbed.js';

const TEXT = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
const QUOTE = 'fuel would last three days';

const library = (user: string, ws = 'Desk') => hubLibrary(user, ws);

/** An exchange file with one article and `n` claims, so that a library fills in one transaction. */
function bundleWith(n: number, articleId = 'article-shared'): string {
  const start = TEXT.indexOf(QUOTE);
  return JSON.stringify({
    format: 'gloss-exchange',
    version: 2,
    exportedAt: new Date().toISOString(),
    generator: 'test',
    collections: [],
    taxonomies: [],
    articles: [
      {
        id: articleId, title: 'Crossing', outlet: null, author: null, publishedAt: null, sourceUrl: null, language: 'en',
        direction: 'ltr', body: TEXT, blocks: [{ kind: 'paragraph', start: 0, end: TEXT.length }], wordCount: 17,
        contentHash: contentHash(TEXT), originalName: null, originalType: null, createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z',
      },
    ],
    annotations: Array.from({ length: n }, () => ({
      id: randomUUID(), articleId, start, end: start + QUOTE.length, quote: { exact: QUOTE, prefix: '', suffix: '' },
      statusTagId: null, tagIds: [], note: '', evidence: [], orphaned: false,
      createdAt: '2024-05-07T10:00:00.000Z', updatedAt: '2024-05-07T10:00:00.000Z', revision: 1,
    })),
    links: [],
  });
}

const fill = (lib: Lib, n: number) =>
  lib.call('exports.importBundle', { name: 'fill.gloss', dataBase64: Buffer.from(bundleWith(n)).toString('base64') });

const count = (lib: Lib, where = 'deleted_at IS NULL') =>
  (lib.core.db.prepare(`SELECT count(*) AS n FROM annotations WHERE ${where}`).get() as { n: number }).n;

async function hubCount(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await asAdmin((admin) => admin.query(sql, params))).rows[0].n);
}

function openConflicts(lib: Lib, id: string) {
  return (lib.core.db.prepare('SELECT theirs FROM annotation_conflicts WHERE annotation_id = ? AND resolved_at IS NULL').all(id) as Array<{ theirs: string }>).map(
    (r) => JSON.parse(r.theirs) as { note: string; updatedBy: string | null },
  );
}

useHub(async () => {
  await workspace('Desk', [['alice', 'checker'], ['bob', 'checker'], ['vera', 'viewer'], ['ed', 'editor']]);
  await workspace('Class', [['tina', 'teacher'], ['sam', 'student'], ['sue', 'student']]);
});

describe.skipIf(missing)('team hub', () => {
  it('init is idempotent, and a hub from a newer Gloss is refused', async () => {
    const admin = await cluster.admin();
    try {
      expect(await migrateHub(admin)).toEqual({ from: HUB_MIGRATIONS.length, to: HUB_MIGRATIONS.length });
      await admin.query('CREATE DATABASE newer');
    } finally {
      await admin.end();
    }
    const other = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'postgres', database: 'newer', password: cluster.adminPassword });
    await other.connect();
    try {
      await migrateHub(other);
      // A hub a migration behind this Gloss: a sync says how to upgrade it.
      await other.query("UPDATE gloss.hub_meta SET value = $1 WHERE key = 'schema_version'", [String(HUB_MIGRATIONS.length - 1)]);
      const lib = await library('postgres');
      const url = `postgres://postgres@127.0.0.1:${cluster.port}/newer?sslmode=disable`;
      await expect(syncWithHub(lib.core.db, { url, workspace: 'Desk', password: cluster.adminPassword })).rejects.toThrow(/older Gloss.*gloss hub init/);
      await other.query("UPDATE gloss.hub_meta SET value = '99' WHERE key = 'schema_version'");
      await expect(migrateHub(other)).rejects.toThrow(/newer Gloss \(hub schema 99/);
    } finally {
      await other.end();
    }
  });

  it('gloss hub member add prints a one-time password that logs in; members lists; remove ends it', async () => {
    const { PGPASSWORD: _unset, ...env } = process.env;
    const gloss = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), 'hub', ...args, '--url', cluster.url()], {
        env: { ...env, PGPASSWORD: cluster.adminPassword },
        encoding: 'utf8',
      });
    const added = gloss('member', 'add', 'Desk', 'carol', '--role', 'viewer', '--json');
    expect(added.status).toBe(0);
    const { password, created } = JSON.parse(added.stdout) as { password: string; created: boolean };
    expect(created).toBe(true);
    const carol = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: 'carol', database: 'postgres', password });
    await carol.connect();
    expect((await carol.query('SELECT name FROM gloss.workspaces')).rows).toEqual([{ name: 'Desk' }]);
    await carol.end();

    expect(JSON.parse(gloss('members', 'Desk', '--json').stdout)).toContainEqual(expect.objectContaining({ user: 'carol', role: 'viewer' }));
    expect(gloss('member', 'add', 'Desk', 'carol', '--role', 'boss').status).toBe(2);
    expect(gloss('member', 'remove', 'Desk', 'carol').stdout).toContain('carol is no longer in "Desk"');
    expect(JSON.parse(gloss('members', 'Desk', '--json').stdout)).not.toContainEqual(expect.objectContaining({ user: 'carol' }));
    const refused = gloss('members', 'Nowhere');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('no workspace "Nowhere"');
    // In the administrator's language too.
    expect(gloss('members', 'Nowhere', '--lang', 'es').stderr).toContain('El hub no tiene ningún espacio de trabajo «Nowhere»');
    expect(gloss('member', 'add', 'Desk', 'no spaces', '--role', 'viewer', '--lang', 'fr').stderr).toContain('« no spaces » ne peut pas être un nom d’utilisateur du hub');
  });

  for (const order of ['A first', 'B first'] as const) {
    it(`a claim edited offline on both sides ends as a conflict on both, syncing ${order}`, async () => {
      const a = await library('alice');
      const b = await library('bob');
      const collection = await a.call('collections.create', { name: `Crossing ${order}` });
      const articleId = (await a.call('articles.importText', { text: TEXT + ` (${order})`, title: 'Crossing', collectionId: collection.id })).imported[0]!.id;
      const start = TEXT.indexOf(QUOTE);
      const claim = await a.call('annotations.create', { articleId, start, end: start + QUOTE.length, note: 'base' });
      await a.sync();
      await b.sync();
      const onB = (await b.call('annotations.list', { articleId })).find((x) => x.id === claim.id)!;
      expect(onB).toMatchObject({ note: 'base', createdBy: 'alice', updatedBy: 'alice' });

      await a.call('annotations.update', { id: claim.id, note: 'A: a week' });
      await b.call('annotations.update', { id: claim.id, note: 'B: five days' });
      const [first, second] = order === 'A first' ? [a, b] : [b, a];
      await first.sync();
      await second.sync();
      await first.sync();

      expect((await a.call('annotations.list', { articleId })).find((x) => x.id === claim.id)!.note).toBe('A: a week');
      expect((await b.call('annotations.list', { articleId })).find((x) => x.id === claim.id)!.note).toBe('B: five days');
      expect(openConflicts(a, claim.id)).toEqual([expect.objectContaining({ note: 'B: five days', updatedBy: 'bob' })]);
      expect(openConflicts(b, claim.id)).toEqual([expect.objectContaining({ note: 'A: a week', updatedBy: 'alice' })]);

      // More syncs add nothing and flip nothing.
      for (const lib of [a, b, a, b]) expect(await lib.sync()).toMatchObject({ conflicts: 0, updated: 0, added: 0 });
      expect(openConflicts(a, claim.id)).toHaveLength(1);
      expect(openConflicts(b, claim.id)).toHaveLength(1);

      // Settled on one side, settled on both.
      await a.call('annotations.resolveConflict', { id: claim.id, keep: 'theirs' });
      await a.sync();
      expect(await b.sync()).toMatchObject({ updated: 1, conflicts: 0, openConflicts: 0 });
      expect((await b.call('annotations.list', { articleId })).find((x) => x.id === claim.id)).toMatchObject({ note: 'B: five days', conflict: null });
    });
  }

  it('PostgreSQL refuses what a role may not do, tried with raw SQL', async () => {
    const tina = await library('tina', 'Class');
    const sam = await library('sam', 'Class');
    const sue = await library('sue', 'Class');
    const articleId = (await tina.call('articles.importText', { text: 'Students read this. The answer is here.', title: 'Lesson' })).imported[0]!.id;
    const key = await tina.call('annotations.create', { articleId, start: 0, end: 8, statusTagId: 'status:true', note: 'the key' });
    await tina.sync();
    await sam.sync();
    await sue.sync();
    expect(await sam.call('articles.list', {})).toHaveLength(1); // the assignment's article reaches students
    const sues = await sue.call('annotations.create', { articleId, start: 9, end: 13, note: 'sue answers' });
    await sue.sync();
    await sam.sync();
    expect(count(sam)).toBe(0); // neither the key nor Sue's claim

    const samSql = await as('sam');
    const vera = await as('vera');
    try {
      // A student reads neither another student's claim nor the teacher's key.
      expect((await samSql.query('SELECT id FROM gloss.claims WHERE id = ANY($1)', [[key.id, sues.id]])).rows).toEqual([]);
      expect((await samSql.query('SELECT claim_id FROM gloss.claim_versions WHERE claim_id = ANY($1)', [[key.id, sues.id]])).rows).toEqual([]);
      // ...cannot change them...
      expect((await samSql.query("UPDATE gloss.claims SET data = '{}' WHERE id = $1", [sues.id])).rowCount).toBe(0);
      // ...nor write a claim as someone else, nor touch the Desk.
      await expect(samSql.query("INSERT INTO gloss.taxonomies (workspace_id, id, data) SELECT id, 'x', '{}' FROM gloss.workspaces")).rejects.toMatchObject({
        code: '42501',
      });
      expect((await samSql.query("SELECT name FROM gloss.workspaces")).rows).toEqual([{ name: 'Class' }]);
      // A viewer's write is refused.
      await expect(
        vera.query(
          `INSERT INTO gloss.claims (workspace_id, id, article_id, data, clock) SELECT id, 'v1', 'a', '{}', '{}' FROM gloss.workspaces WHERE name = 'Desk'`,
        ),
      ).rejects.toMatchObject({ code: '42501' });
      // The hub, not the client, says who wrote a row.
      await vera.query('SELECT 1');
    } finally {
      await samSql.end();
      await vera.end();
    }
    // Sam's own claim goes through, under his name.
    const samsOwn = await sam.call('annotations.create', { articleId, start: 9, end: 13, note: 'sam answers' });
    expect(await sam.sync()).toMatchObject({ sent: 1, role: 'student' });
    expect(await hubCount('SELECT count(*) AS n FROM gloss.claims WHERE id = $1 AND created_by = $2', [samsOwn.id, 'sam'])).toBe(1);
    // A viewer's sync sends nothing, and reads the desk.
    const v = await library('vera');
    expect(await v.sync()).toMatchObject({ sent: 0, role: 'viewer' });
  });

  const liveIds = async (lib: Lib) => (await lib.call('articles.list', {})).map((a) => a.id);
  const trashIds = async (lib: Lib) => (await lib.call('articles.list', { inTrash: true })).map((a) => a.id);

  it("an editor's deletion reaches every library's trash, restoring brings it back, emptying the trash removes it everywhere", async () => {
    await workspace('Trash desk', [['ed', 'editor'], ['alice', 'checker']]);
    const ed = await library('ed', 'Trash desk');
    const alice = await library('alice', 'Trash desk');
    const articleId = (await ed.call('articles.importText', { text: 'A story to throw away. It had one claim.', title: 'Throwaway' })).imported[0]!.id;
    const claim = await ed.call('annotations.create', { articleId, start: 0, end: 7, note: 'doomed' });
    await ed.sync();
    await alice.sync();
    expect(await liveIds(alice)).toContain(articleId);

    await ed.call('articles.delete', { id: articleId });
    await ed.sync();
    await alice.sync();
    expect(await liveIds(alice)).not.toContain(articleId);
    expect(await trashIds(alice)).toContain(articleId);

    await ed.call('articles.restore', { id: articleId });
    await ed.sync();
    await alice.sync();
    expect(await liveIds(alice)).toContain(articleId);
    expect(await trashIds(alice)).not.toContain(articleId);

    await ed.call('articles.delete', { id: articleId });
    await ed.call('articles.emptyTrash', {});
    expect(await ed.sync()).toMatchObject({ sent: 1 });
    expect(await hubCount("SELECT count(*) AS n FROM gloss.articles WHERE id = $1 AND purged AND data = jsonb_build_object('id', id)", [articleId])).toBe(1);
    expect(await hubCount('SELECT count(*) AS n FROM gloss.claims WHERE article_id = $1', [articleId])).toBe(0);
    expect(await hubCount('SELECT count(*) AS n FROM gloss.claim_versions WHERE claim_id = $1', [claim.id])).toBe(0);
    await alice.sync();
    await expect(alice.call('articles.get', { id: articleId })).rejects.toThrow();
    expect(count(alice, `article_id = '${articleId}'`)).toBe(0);

    // Done once: syncing again sends and changes nothing.
    for (const lib of [ed, alice]) expect(await lib.sync()).toMatchObject({ sent: 0, added: 0, updated: 0 });
  });

  it("a checker's deletion stays in their library: the hub keeps the article, and PostgreSQL refuses it from raw SQL", async () => {
    await workspace('Checker desk', [['ed', 'editor'], ['alice', 'checker']]);
    const ed = await library('ed', 'Checker desk');
    const alice = await library('alice', 'Checker desk');
    const articleId = (await ed.call('articles.importText', { text: 'An article a checker would rather not see.', title: 'Keep' })).imported[0]!.id;
    await ed.sync();
    await alice.sync();
    await alice.call('articles.delete', { id: articleId });
    await alice.sync();
    await alice.call('articles.emptyTrash', {});
    await alice.sync();
    expect(await hubCount('SELECT count(*) AS n FROM gloss.articles WHERE id = $1 AND NOT deleted AND NOT purged', [articleId])).toBe(1);
    await ed.sync();
    expect(await liveIds(ed)).toContain(articleId);

    const sql = await as('alice');
    try {
      for (const change of ['deleted = true', 'purged = true']) {
        await expect(sql.query(`UPDATE gloss.articles SET ${change} WHERE id = $1`, [articleId])).rejects.toMatchObject({ code: '42501' });
      }
      await expect(
        sql.query("INSERT INTO gloss.articles (workspace_id, id, data, deleted) SELECT id, 'gone', '{}', true FROM gloss.workspaces WHERE name = 'Checker desk'"),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(sql.query('DELETE FROM gloss.articles WHERE id = $1', [articleId])).rejects.toMatchObject({ code: '42501' });
    } finally {
      await sql.end();
    }
    expect(await hubCount('SELECT count(*) AS n FROM gloss.articles WHERE id = $1 AND NOT deleted AND NOT purged', [articleId])).toBe(1);
  });

  it("a checker renames an article in the team's trash: the sync goes through, the title travels, the article stays in the trash", async () => {
    await workspace('Trashed details desk', [['ed', 'editor'], ['alice', 'checker']]);
    const ed = await library('ed', 'Trashed details desk');
    const alice = await library('alice', 'Trashed details desk');
    const id = (await ed.call('articles.importText', { text: 'Fuel ran out on Friday. Three hospitals closed.', title: 'Fuel' })).imported[0]!.id;
    await ed.sync();
    await alice.sync();
    await ed.call('articles.delete', { id });
    await ed.sync();
    await alice.sync();

    await alice.call('articles.update', { id, title: 'Fuel ran out' });
    expect(await alice.sync()).toMatchObject({ sent: 1 });
    await ed.sync();
    expect(await trashIds(ed)).toContain(id);
    expect((await ed.call('articles.get', { id })).title).toBe('Fuel ran out');
    expect(await hubCount('SELECT count(*) AS n FROM gloss.articles WHERE id = $1 AND deleted', [id])).toBe(1);
    for (const lib of [alice, ed]) expect(await lib.sync()).toMatchObject({ sent: 0 });
  });

  it('the same story imported in two libraries before either synced is one article after: details, trash and claims travel', async () => {
    await workspace('Same story desk', [['ed', 'editor'], ['eve', 'editor']]);
    const ed = await library('ed', 'Same story desk');
    const eve = await library('eve', 'Same story desk');
    const text = 'Aid trucks crossed at Kerem Shalom on Sunday. The ministry said 40 trucks entered.';
    const edsId = (await ed.call('articles.importText', { text, title: 'Aid trucks' })).imported[0]!.id;
    await ed.sync();
    const evesId = (await eve.call('articles.importText', { text, title: 'Trucks cross' })).imported[0]!.id;
    const claim = await eve.call('annotations.create', { articleId: evesId, start: text.indexOf('40 trucks'), end: text.indexOf('40 trucks') + 9 });
    const collection = await eve.call('collections.create', { name: 'Crossings' });
    await eve.call('collections.addArticles', { id: collection.id, articleIds: [evesId] });

    expect((await eve.sync()).renamed).toEqual({ [evesId]: edsId });
    expect(await liveIds(eve)).toEqual([edsId]);
    expect((await eve.call('articles.get', { id: edsId })).title).toBe('Aid trucks');
    expect((await eve.call('annotations.list', { articleId: edsId })).map((a) => a.id)).toEqual([claim.id]);
    expect((await eve.call('list.summaries', { ids: [edsId] }))[0]).toMatchObject({ annotationCount: 1, statusCounts: { none: 1 }, collectionIds: [collection.id] });
    expect(eve.core.db.prepare('SELECT claim_count FROM articles WHERE id = ?').pluck().get(edsId)).toBe(1);
    expect((await eve.call('collections.list', {})).find((c) => c.id === collection.id)?.articleIds).toEqual([edsId]);
    expect(await hubCount("SELECT count(*) AS n FROM gloss.articles WHERE data->>'contentHash' = $1", [contentHash(text)])).toBe(1);

    await ed.sync();
    expect((await ed.call('annotations.list', { articleId: edsId })).map((a) => a.id)).toEqual([claim.id]);
    await ed.call('articles.update', { id: edsId, title: 'Aid trucks cross at Kerem Shalom' });
    await ed.call('articles.delete', { id: edsId });
    await ed.sync();
    await eve.sync();
    expect(await trashIds(eve)).toEqual([edsId]);
    expect((await eve.call('articles.get', { id: edsId })).title).toBe('Aid trucks cross at Kerem Shalom');
    await ed.call('articles.emptyTrash', {});
    await ed.sync();
    await eve.sync();
    expect(await trashIds(eve)).toEqual([]);
    expect(count(eve)).toBe(0);
    for (const lib of [ed, eve]) expect(lib.core.db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it("a story imported again while the team's copy is in the trash survives the team's trash being emptied, here or elsewhere, with its claims", async () => {
    await workspace('Again desk', [['ed', 'editor'], ['eve', 'editor'], ['ida', 'editor']]);
    const ed = await library('ed', 'Again desk');
    const eve = await library('eve', 'Again desk');
    const ida = await library('ida', 'Again desk');
    const text = 'Fuel ran out at the hospital on Monday. Generators stopped at noon, staff said.';
    const old = (await ed.call('articles.importText', { text, title: 'Fuel' })).imported[0]!.id;
    await ed.sync();
    await ed.call('articles.delete', { id: old });
    await ed.sync();
    await ida.sync();
    // Eve, new to the desk, imports the story herself: the team's copy is in the trash, so hers stays her own.
    const again = (await eve.call('articles.importText', { text, title: 'Fuel ran out' })).imported[0]!.id;
    const claim = await eve.call('annotations.create', { articleId: again, start: 0, end: 8 });
    expect((await eve.sync()).renamed).toEqual({});
    // Ida holds the text already (in the trash): eve's copy and its claim join that one.
    await ida.sync();
    expect(await trashIds(ida)).toEqual([old]);

    // Ed holds it too, the same way; he empties the trash here, Ida's library hears of it.
    await ed.sync();
    await ed.call('articles.emptyTrash', {});
    await ed.sync();
    await ida.sync();
    for (const lib of [ed, ida]) {
      expect(await trashIds(lib)).toEqual([]);
      expect(await liveIds(lib)).toEqual([again]);
      expect((await lib.call('annotations.list', { articleId: again })).map((a) => a.id)).toEqual([claim.id]);
    }
    for (const lib of [ed, ida, eve]) expect(await lib.sync()).toMatchObject({ sent: 0 });
  });

  it("an article's details edited on both sides merge field by field; the same field edited on both ends as the later sync's", async () => {
    await workspace('Details desk', [['ed', 'editor'], ['alice', 'checker']]);
    const ed = await library('ed', 'Details desk');
    const alice = await library('alice', 'Details desk');
    const id = (await ed.call('articles.importText', { text: 'Details of this article will change.', title: 'First title' })).imported[0]!.id;
    await ed.sync();
    await alice.sync();

    await alice.call('articles.update', { id, title: 'Crossing closed', outlet: 'The Daily' });
    await ed.call('articles.update', { id, author: 'R. Writer', publishedAt: '2024-05-07', sourceUrl: 'https://example.org/story', language: 'fr' });
    await alice.sync();
    await ed.sync();
    await alice.sync();
    const expected = { title: 'Crossing closed', outlet: 'The Daily', author: 'R. Writer', sourceUrl: 'https://example.org/story', language: 'fr' };
    for (const lib of [ed, alice]) {
      const article = await lib.call('articles.get', { id });
      expect(article).toMatchObject(expected);
      expect(article.publishedAt).toMatch(/^2024-05-07/);
    }

    await alice.call('articles.update', { id, title: 'Alice says' });
    await ed.call('articles.update', { id, title: 'Ed says' });
    await alice.sync();
    await ed.sync();
    await alice.sync();
    for (const lib of [ed, alice, ed]) expect(await lib.sync()).toMatchObject({ sent: 0 });
    expect((await alice.call('articles.get', { id })).title).toBe('Ed says');
    expect((await ed.call('articles.get', { id })).title).toBe('Ed says');
  });

  it('a link removed in one library is removed in the others, and stays removed', async () => {
    await workspace('Link desk', [['alice', 'checker'], ['bob', 'checker']]);
    const alice = await library('alice', 'Link desk');
    const bob = await library('bob', 'Link desk');
    const one = (await alice.call('articles.importText', { text: 'Outlet one says fuel lasts three days.', title: 'One' })).imported[0]!.id;
    const two = (await alice.call('articles.importText', { text: 'Outlet two says fuel lasts a week.', title: 'Two' })).imported[0]!.id;
    const a = await alice.call('annotations.create', { articleId: one, start: 16, end: 37 });
    const b = await alice.call('annotations.create', { articleId: two, start: 16, end: 33 });
    const link = await alice.call('annotations.link', { fromId: a.id, toId: b.id, relation: 'contradicts' });
    await alice.sync();
    // What Bob receives he does not send back.
    expect(await bob.sync()).toMatchObject({ sent: 0 });
    expect((await bob.call('annotations.get', { id: a.id })).links.map((l) => l.id)).toEqual([link.id]);

    await bob.call('annotations.unlink', { id: link.id });
    expect(await bob.sync()).toMatchObject({ sent: 1 });
    await alice.sync();
    expect((await alice.call('annotations.get', { id: a.id })).links).toEqual([]);
    expect(await hubCount("SELECT count(*) AS n FROM gloss.links WHERE id = $1 AND data->>'deletedAt' IS NOT NULL", [link.id])).toBe(1);
    for (const lib of [alice, bob]) expect(await lib.sync()).toMatchObject({ sent: 0 });
    expect((await bob.call('annotations.get', { id: b.id })).links).toEqual([]);

    // Both link the same two claims offline: one link after they meet, and unlinking it unlinks it for both.
    await alice.call('annotations.link', { fromId: a.id, toId: b.id, relation: 'contradicts' });
    await bob.call('annotations.link', { fromId: b.id, toId: a.id, relation: 'contradicts' });
    for (const lib of [alice, bob, alice]) await lib.sync();
    const kept = (await alice.call('annotations.get', { id: a.id })).links.map((l) => l.id);
    expect(kept).toHaveLength(1);
    expect((await bob.call('annotations.get', { id: a.id })).links.map((l) => l.id)).toEqual(kept);
    await bob.call('annotations.unlink', { id: kept[0]! });
    for (const lib of [bob, alice, bob]) await lib.sync();
    for (const lib of [alice, bob]) expect((await lib.call('annotations.get', { id: a.id })).links).toEqual([]);
  });

  it("a claim's history, every version that reached the hub with who sent it, is in both libraries", async () => {
    await workspace('History desk', [['alice', 'checker'], ['bob', 'checker']]);
    const alice = await library('alice', 'History desk');
    const bob = await library('bob', 'History desk');
    const articleId = (await alice.call('articles.importText', { text: 'A claim whose history we follow.', title: 'History' })).imported[0]!.id;
    const claim = await alice.call('annotations.create', { articleId, start: 2, end: 7, note: 'first say' });
    await alice.sync();
    await bob.sync();
    await bob.call('annotations.update', { id: claim.id, note: 'second say', statusTagId: 'status:false' });
    await bob.sync();
    await alice.sync();
    for (const lib of [alice, bob]) {
      expect(await lib.call('hub.claimHistory', { id: claim.id })).toEqual([
        expect.objectContaining({ sentBy: 'alice', note: 'first say', statusTagId: null, deleted: false }),
        expect.objectContaining({ sentBy: 'bob', note: 'second say', statusTagId: 'status:false', deleted: false }),
      ]);
    }
    // The command line reads it from the library, offline.
    alice.core.close();
    const shown = spawnSync(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), 'history', claim.id, '--data-dir', alice.dir], { encoding: 'utf8' });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/alice .*first say\n.*bob .*second say/);
  });

  it('20 clients pushing 500 claims each at once: the hub holds all 10,000, once', async () => {
    await member('Desk', 'crowd', 'checker');
    const libs = await Promise.all(Array.from({ length: 20 }, () => library('crowd')));
    for (const lib of libs) await fill(lib, 500);
    const before = await hubCount('SELECT count(*) AS n FROM gloss.claims');
    const reports = await Promise.all(libs.map((lib) => lib.sync()));
    expect(reports.every((r) => r.sent >= 500)).toBe(true);
    expect((await hubCount('SELECT count(*) AS n FROM gloss.claims')) - before).toBe(10_000);
    expect(await hubCount("SELECT count(*) AS n FROM gloss.articles WHERE id = 'article-shared'")).toBe(1);
    // One more sync brings every client everyone's claims.
    await libs[0]!.sync();
    expect(count(libs[0]!, "article_id = 'article-shared'")).toBe(10_000);
  }, 300_000);

  it('kill -9 of `gloss sync` at 20 random moments: the next sync completes, every claim exactly once', async () => {
    await member('Desk', 'kit', 'checker');
    await member('Desk', 'kay', 'checker');
    const sender = await library('kit');
    const receiver = await library('kay');
    await fill(sender, 2000);
    const ids = (sender.core.db.prepare('SELECT id FROM annotations').all() as Array<{ id: string }>).map((r) => r.id);
    // The CLI opens the library itself.
    for (const c of [sender, receiver]) c.core.close();
    const passfile = join(sender.dir, 'pgpass');
    writeFileSync(passfile, `127.0.0.1:${cluster.port}:postgres:kit:${PASSWORD}\n127.0.0.1:${cluster.port}:postgres:kay:${PASSWORD}\n`, { mode: 0o600 });

    const { PGPASSWORD: _unset, ...env } = process.env;
    const run = (lib: Lib, killAfter?: number) =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), 'sync', '--hub', cluster.url(lib.user), '--workspace', 'Desk', '--data-dir', lib.dir, '--json'], {
          env: { ...env, PGPASSFILE: passfile },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        if (killAfter !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfter);
        child.on('close', (code, signal) => resolve(`${signal ?? code} ${stderr}`.trim()));
      });
    for (let i = 0; i < 20; i++) await run(i % 2 ? receiver : sender, 300 + Math.random() * 3500);
    expect(await run(sender)).toBe('0');
    expect(await run(receiver)).toBe('0');

    expect(await hubCount('SELECT count(*) AS n FROM gloss.claims WHERE id = ANY($1)', [ids])).toBe(ids.length);
    for (const lib of [sender, receiver]) {
      const core = await openCore(lib.dir);
      try {
        const n = core.db.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM annotations WHERE id IN (SELECT value FROM json_each(?))').get(JSON.stringify(ids));
        expect(n).toEqual({ n: ids.length, d: ids.length });
      } finally {
        core.close();
      }
    }
  }, 300_000);
});
