// A hub that forgot: restored from an older dump or backup, or moved to a new server from one.
// This library's record of what the hub holds (hub_sent, its cursor) is then wrong, and a sync
// trusting it would never send again what the hub lost, nor read what is written after it on a
// server whose transaction counter starts lower. Two signs, checked before each sync:
// - the hub's transaction counter is behind the cursor this library read up to;
// - the newest row this library's pushes wrote, or its pulls read (the witnesses, kept in
//   `meta`), is gone from the hub, or older there than it was. A claim may go for good only
//   with its article emptied from the trash, after that: that is not forgetting. Links can go
//   that way too, so none is a witness. The row read is what tells a library that only
//   receives (a viewer's) that the hub lost what it had seen.
// Then the sync starts over with this hub: it reads the workspace whole and sends what differs.
import type pg from 'pg';
import type { Db } from '../db.js';
import { sql } from '../statements.js';

export interface Witness {
  kind: 'article' | 'collection' | 'taxonomy' | 'claim';
  id: string;
  /** A claim's article. */
  articleId?: string;
  txid: string;
}

const TABLE = { article: 'articles', collection: 'collections', taxonomy: 'taxonomies', claim: 'claims' } as const;
const metaKey = (key: string, of: 'push' | 'pull' | 'legacy') => `${{ push: 'hub_witness_sent', pull: 'hub_witness_read', legacy: 'hub_witness' }[of]} ${key}`;
const WITNESSES = ['push', 'pull'] as const;
/**
 * Where Gloss kept the push's witness before it read the row's transaction back: that one may
 * carry the push's transaction where the hub held the row the same already (the push wrote
 * nothing), newer than the row's, which would say once that the hub forgot. Only its row being
 * there is checked, until the next push's witness takes its place.
 */
const CHECKED = [...WITNESSES, 'legacy'] as const;

interface Row {
  kind: string;
  id: string;
  articleId?: string | undefined;
  /** The hub's transaction that last wrote it. */
  txid?: string | undefined;
}

/**
 * The row of a push to look for at the next sync (an article, collection or taxonomy before a
 * claim), with the hub's transaction that last wrote it: this push's, or an older one where the
 * hub held it the same already (the push then wrote nothing). Read before the push commits.
 */
export async function pushWitness(client: pg.ClientBase, workspaceId: string, pushed: Row[]): Promise<Row | null> {
  const order = ['article', 'collection', 'taxonomy', 'claim'];
  const row = pushed.filter((o) => order.includes(o.kind)).sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))[0];
  if (!row) return null;
  const found = await client.query(`SELECT txid::text AS txid FROM gloss.${TABLE[row.kind as Witness['kind']]} WHERE workspace_id = $1 AND id = $2`, [workspaceId, row.id]);
  return found.rows.length ? { ...row, txid: found.rows[0].txid as string } : null;
}

/** Keeps the newest of `rows` (a push's witness, or the rows a pull read) as that side's witness, unless the one kept is newer. */
export function keepWitness(db: Db, key: string, of: (typeof WITNESSES)[number], rows: Row[]): void {
  const kept = sql(db, 'SELECT value FROM meta WHERE key = ?').get(metaKey(key, of)) as { value: string } | undefined;
  let newest = kept ? (JSON.parse(kept.value) as Witness) : undefined;
  for (const row of rows) {
    if (!row.txid || !(row.kind in TABLE) || (newest && BigInt(row.txid) <= BigInt(newest.txid))) continue;
    newest = { kind: row.kind, id: row.id, ...(row.articleId ? { articleId: row.articleId } : {}), txid: row.txid } as Witness;
  }
  if (newest === undefined || kept?.value === JSON.stringify(newest)) return;
  sql(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(metaKey(key, of), JSON.stringify(newest));
  if (of === 'push') sql(db, 'DELETE FROM meta WHERE key = ?').run(metaKey(key, 'legacy'));
}

export async function hubForgot(client: pg.Client, db: Db, key: string, workspaceId: string): Promise<boolean> {
  const { cursor } = sql(db, 'SELECT cursor FROM hub_state WHERE hub = ?').get(key) as { cursor: string };
  const behind = await client.query('SELECT pg_snapshot_xmax(pg_current_snapshot()) < $1::xid8 AS behind', [cursor]);
  if (behind.rows[0].behind) return true;
  for (const of of CHECKED) {
    const kept = sql(db, 'SELECT value FROM meta WHERE key = ?').get(metaKey(key, of)) as { value: string } | undefined;
    if (!kept) continue;
    const w = JSON.parse(kept.value) as Witness;
    if (of === 'legacy') w.txid = '0';
    const found = await client.query(
      `SELECT EXISTS (SELECT 1 FROM gloss.${TABLE[w.kind]} WHERE workspace_id = $1 AND id = $2 AND txid >= $3::xid8)
           OR EXISTS (SELECT 1 FROM gloss.articles WHERE workspace_id = $1 AND id = $4 AND purged AND txid >= $3::xid8) AS there`,
      [workspaceId, w.id, w.txid, w.articleId ?? null],
    );
    if (!found.rows[0].there) return true;
  }
  return false;
}

/**
 * Forgets what this library knew of the hub, but for its own emptied trash, which is sent
 * again: the next pull reads everything, and the push sends what the hub lacks or holds older.
 */
export function startOver(db: Db, key: string): void {
  db.transaction(() => {
    sql(db, "DELETE FROM hub_sent WHERE hub = ? AND NOT (kind = 'article' AND version IN ('purge', 'purged'))").run(key);
    sql(db, "UPDATE hub_sent SET version = 'purge' WHERE hub = ? AND version = 'purged'").run(key);
    sql(db, 'DELETE FROM hub_texts WHERE hub = ?').run(key);
    sql(db, "UPDATE hub_state SET cursor = '0', pushed_txid = NULL WHERE hub = ?").run(key);
    for (const of of CHECKED) sql(db, 'DELETE FROM meta WHERE key = ?').run(metaKey(key, of));
  }).immediate();
}
