// What a desk meets when its hub misbehaves, against a real PostgreSQL: the connection dropped or
// the server stopped in the middle of a sync, two people syncing at the same moment, a hub
// restored from an older dump. The moment is made certain with a lock the test
// holds on a hub table: the sync's push waits on it.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/core/article-import.js';
import { GlossError } from '../../../electron/core/errors.js';
import { repoRoot } from '../../helpers/corpus.js';
import { asAdmin, cluster, library, missing, PASSWORD, useHub, workspace, type Lib } from '../../helpers/hub-testbed.js';

const TEXT = 'The crossing was closed on Tuesday. Officials said fuel would last three days. Talks resumed later.';
const QUOTE = 'fuel would last three days';

useHub(async () => {
  await workspace('Desk', [['alice', 'checker'], ['bob', 'checker'], ['ed', 'editor'], ['vera', 'viewer']]);
});

/** `n` claims on a new article of this library, in one transaction. */
async function fill(lib: Lib, n: number): Promise<string> {
  const articleId = randomUUID();
  const body = `${TEXT} (${articleId})`;
  const start = body.indexOf(QUOTE);
  const at = '2024-05-07T10:00:00.000Z';
  const bundle = {
    format: 'gloss-exchange', version: 2, exportedAt: at, generator: 'test', collections: [], taxonomies: [], links: [],
    articles: [{
      id: articleId, title: 'Crossing', outlet: null, author: null, publishedAt: null, sourceUrl: null, language: 'en', direction: 'ltr',
      body, blocks: [{ kind: 'paragraph', start: 0, end: body.length }], wordCount: 18, contentHash: contentHash(body),
      originalName: null, originalType: null, createdAt: at, updatedAt: at,
    }],
    annotations: Array.from({ length: n }, () => ({
      id: randomUUID(), articleId, start, end: start + QUOTE.length, quote: { exact: QUOTE, prefix: '', suffix: '' },
      statusTagId: null, tagIds: [], note: '', evidence: [], orphaned: false, createdAt: at, updatedAt: at, revision: 1,
    })),
  };
  await lib.call('exports.importBundle', { name: 'fill.gloss', dataBase64: Buffer.from(JSON.stringify(bundle)).toString('base64') });
  return articleId;
}

const localClaims = (lib: Lib, articleId: string) =>
  lib.core.db.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d FROM annotations WHERE article_id = ? AND deleted_at IS NULL').get(articleId);

async function hubClaims(articleId: string) {
  const { rows } = await asAdmin((a) => a.query('SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM gloss.claims WHERE article_id = $1', [articleId]));
  return rows[0] as { n: number; d: number };
}

/** Holds `table` against writes while `during` runs; `during` is given a wait for `user`'s sync to be blocked on it. */
async function holdingWrites<T>(table: string, during: (blocked: (user: string) => Promise<void>) => Promise<T>): Promise<T> {
  const admin = await cluster.admin();
  admin.on('error', () => {}); // the server may be stopped under it
  try {
    await admin.query('BEGIN');
    await admin.query(`LOCK TABLE gloss.${table} IN EXCLUSIVE MODE`);
    // From another connection: in a transaction pg_stat_activity keeps its first reading.
    const blocked = async (user: string) => {
      for (let i = 0; i < 600; i++) {
        const { rows } = await asAdmin((a) => a.query("SELECT 1 FROM pg_stat_activity WHERE usename = $1 AND wait_event_type = 'Lock'", [user]));
        if (rows.length) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`${user}'s sync never reached the lock`);
    };
    return await during(blocked);
  } finally {
    await admin.query('ROLLBACK').catch(() => {});
    await admin.end().catch(() => {});
  }
}

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as GlossError);

describe.skipIf(missing)('a hub that misbehaves', () => {
  it('the connection dropped while a sync sends: the hub is said to be lost, and the next sync sends everything once', async () => {
    const alice = await library('alice', 'Desk');
    const articleId = await fill(alice, 3000);
    const error = await holdingWrites('claims', async (blocked) => {
      const sync = failure(alice.sync());
      await blocked('alice');
      await asAdmin((a) => a.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'alice'"));
      return sync;
    });
    expect(error).toBeInstanceOf(GlossError);
    expect(error).toMatchObject({ code: 'unavailable' });
    expect(error!.message).toMatch(/connection to the hub .* was lost during the sync .*Nothing is lost/);
    expect(localClaims(alice, articleId)).toEqual({ n: 3000, d: 3000 });
    expect(await hubClaims(articleId)).toEqual({ n: 0, d: 0 });

    expect(await alice.sync()).toMatchObject({ sent: 3001 });
    expect(await hubClaims(articleId)).toEqual({ n: 3000, d: 3000 });
    const bob = await library('bob', 'Desk');
    await bob.sync();
    expect(localClaims(bob, articleId)).toEqual({ n: 3000, d: 3000 });
  }, 120_000);

  it('the hub stopped dead while a sync sends: unreachable while it is down, and once back the next sync completes', async () => {
    const alice = await library('alice', 'Desk');
    const articleId = await fill(alice, 2000);
    try {
      const error = await holdingWrites('claims', async (blocked) => {
        const sync = failure(alice.sync());
        await blocked('alice');
        cluster.halt();
        return sync;
      });
      expect(error).toMatchObject({ code: 'unavailable' });
      expect(error!.message).toMatch(/was lost during the sync/);
      // While it is down.
      expect(await failure(alice.sync())).toMatchObject({ code: 'unavailable' });
    } finally {
      cluster.restart();
    }
    expect(localClaims(alice, articleId)).toEqual({ n: 2000, d: 2000 });
    expect(await alice.sync()).toMatchObject({ sent: 2001 });
    expect(await hubClaims(articleId)).toEqual({ n: 2000, d: 2000 });
  }, 120_000);

  it('two people syncing at the same moment: both end with both sides of every change, the shared claim a conflict on both', async () => {
    const alice = await library('alice', 'Desk');
    const bob = await library('bob', 'Desk');
    const articleId = (await alice.call('articles.importText', { text: `${TEXT} Together.`, title: 'First title' })).imported[0]!.id;
    const start = TEXT.indexOf(QUOTE);
    const shared = await alice.call('annotations.create', { articleId, start, end: start + QUOTE.length, note: 'base' });
    await alice.sync();
    await bob.sync();

    await alice.call('annotations.update', { id: shared.id, note: 'Alice: a week' });
    await bob.call('annotations.update', { id: shared.id, note: 'Bob: five days' });
    const mineA = await alice.call('annotations.create', { articleId, start: 0, end: 12, note: 'Alice only' });
    const mineB = await bob.call('annotations.create', { articleId, start: 0, end: 12, note: 'Bob only' });
    await alice.call('articles.update', { id: articleId, title: 'Crossing closed' });
    await bob.call('articles.update', { id: articleId, outlet: 'The Daily' });

    await holdingWrites('articles', async (blocked) => {
      const syncs = [alice.sync(), bob.sync()];
      await blocked('alice');
      await blocked('bob');
      return syncs;
    }).then((syncs) => Promise.all(syncs));
    for (const lib of [alice, bob, alice, bob]) await lib.sync();

    for (const lib of [alice, bob]) {
      const claims = await lib.call('annotations.list', { articleId });
      expect(claims.map((c) => c.id).sort()).toEqual([shared.id, mineA.id, mineB.id].sort());
      expect(await lib.call('articles.get', { id: articleId })).toMatchObject({ title: 'Crossing closed', outlet: 'The Daily' });
      const conflicts = lib.core.db.prepare('SELECT theirs FROM annotation_conflicts WHERE annotation_id = ? AND resolved_at IS NULL').all(shared.id) as Array<{ theirs: string }>;
      expect(conflicts.map((c) => (JSON.parse(c.theirs) as { note: string }).note)).toEqual([lib === alice ? 'Bob: five days' : 'Alice: a week']);
    }
  }, 120_000);

  it('the hub restored from an older dump: the next sync sees that it forgot, says so, and sends again what it lacks', async () => {
    const alice = await library('alice', 'Desk');
    const bob = await library('bob', 'Desk');
    const before = await fill(alice, 5);
    await alice.sync();
    const dump = cluster.tool('pg_dump', ['-Fc', '-n', 'gloss', 'postgres']);
    const after = await fill(alice, 5);
    await alice.sync();
    await bob.sync();
    cluster.tool('pg_restore', ['--clean', '--if-exists', '-n', 'gloss', '-d', 'postgres'], dump);
    expect(await hubClaims(after)).toEqual({ n: 0, d: 0 });

    expect(await alice.sync()).toMatchObject({ hubForgot: true });
    expect(await hubClaims(before)).toEqual({ n: 5, d: 5 });
    expect(await hubClaims(after)).toEqual({ n: 5, d: 5 });
    expect(await alice.sync()).toMatchObject({ hubForgot: false, sent: 0 });
    expect(await bob.sync()).toMatchObject({ hubForgot: false, sent: 0 });
    const ed = await library('ed', 'Desk');
    await ed.sync();
    expect(localClaims(ed, after)).toEqual({ n: 5, d: 5 });

    // On a new server from a dump the transaction counter starts lower than the cursor this
    // library read up to: what others write there would be below it, never read.
    alice.core.db.prepare("UPDATE hub_state SET cursor = '999999999'").run();
    const later = await fill(ed, 3);
    await ed.sync();
    expect(await alice.sync()).toMatchObject({ hubForgot: true, sent: 0 });
    expect(localClaims(alice, later)).toEqual({ n: 3, d: 3 });
  }, 120_000);

  it('a library whose last push Gloss remembered the old way (with the push\'s transaction, for a row the hub already held) is not told the hub forgot; a row of it the hub lost still tells', async () => {
    const alice = await library('alice', 'Desk');
    const held = await fill(alice, 1);
    await alice.sync();
    const dump = cluster.tool('pg_dump', ['-Fc', '-n', 'gloss', 'postgres']);
    await fill(alice, 1);
    await alice.sync();
    // What Gloss kept before it read the row's transaction back: a row of the push (here the
    // first article, which that push found the same on the hub) stamped with the push's own.
    const oldWay = (id: string) => {
      const { hub, pushed_txid: txid } = alice.core.db.prepare('SELECT hub, pushed_txid FROM hub_state').get() as { hub: string; pushed_txid: string };
      alice.core.db.prepare("DELETE FROM meta WHERE key GLOB 'hub_witness*'").run();
      alice.core.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(`hub_witness ${hub}`, JSON.stringify({ kind: 'article', id, txid }));
    };
    oldWay(held);
    expect(await alice.sync()).toMatchObject({ hubForgot: false });
    expect(await alice.sync()).toMatchObject({ hubForgot: false });

    const lost = await fill(alice, 1);
    await alice.sync();
    // The next push's witness took its place.
    expect(alice.core.db.prepare("SELECT key FROM meta WHERE key GLOB 'hub_witness *'").all()).toEqual([]);
    oldWay(lost);
    cluster.tool('pg_restore', ['--clean', '--if-exists', '-n', 'gloss', '-d', 'postgres'], dump);
    expect(await alice.sync()).toMatchObject({ hubForgot: true });
    expect(await hubClaims(lost)).toEqual({ n: 1, d: 1 });
  }, 120_000);

  it('a viewer, who sends nothing, is told when the hub was restored from a dump older than what it had read, and keeps what it read', async () => {
    const alice = await library('alice', 'Desk');
    const vera = await library('vera', 'Desk');
    await fill(alice, 2);
    await alice.sync();
    await vera.sync();
    const dump = cluster.tool('pg_dump', ['-Fc', '-n', 'gloss', 'postgres']);
    const after = await fill(alice, 2);
    await alice.sync();
    expect(await vera.sync()).toMatchObject({ hubForgot: false, added: 2 });
    expect(await vera.sync()).toMatchObject({ hubForgot: false, received: 0 });
    cluster.tool('pg_restore', ['--clean', '--if-exists', '-n', 'gloss', '-d', 'postgres'], dump);

    // Through `gloss sync`, as a person would run it: said in a viewer's words (nothing to send again).
    const synced = spawnSync(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), 'sync', '--hub', cluster.url('vera'), '--workspace', 'Desk', '--data-dir', vera.dir], {
      env: { ...process.env, PGPASSWORD: PASSWORD },
      encoding: 'utf8',
    });
    expect(synced.stdout).toContain('The hub had lost changes this library had read from it');
    expect(synced.stdout).toMatch(/they return to the hub when those who made them sync/);
    expect(localClaims(vera, after)).toEqual({ n: 2, d: 2 });
    expect(await vera.sync()).toMatchObject({ hubForgot: false });
    // Alice's sync sends back what the hub lost; the viewer, reading it again, is not alarmed.
    expect(await alice.sync()).toMatchObject({ hubForgot: true });
    expect(await vera.sync()).toMatchObject({ hubForgot: false });
    expect(localClaims(vera, after)).toEqual({ n: 2, d: 2 });
  }, 120_000);
});
