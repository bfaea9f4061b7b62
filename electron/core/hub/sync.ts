// One sync with a hub workspace: pull what others changed since our cursor and merge it (the
// exchange-file merge: claims by version vector, conflicts kept), then push what changed here.
//
// Idempotent and resumable, so a sync killed at any moment loses and doubles nothing:
// - the pull is read in one snapshot and merged here in one transaction with the new cursor;
//   the cursor is the snapshot's oldest possibly-running transaction, so a row committed late
//   is read next time, and a row read twice merges as a no-op (equal clocks);
// - the push is one hub transaction of upserts keyed by stable ids; what the hub holds is
//   recorded here only after it commits, and sending a version again changes nothing (a claim
//   is only written over a version that has not seen it).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { HubRole, HubStatus, HubSyncReport } from '../../../shared/model.js';
import { clockSchema, compareClocks, parseClock } from '../annotations/clock.js';
import { countOpenConflicts } from '../annotations/merge.js';
import { listCollections } from '../collections.js';
import { nowIso, type Db } from '../db.js';
import { GlossError } from '../errors.js';
import { buildBundle } from '../export/bundle.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle } from '../export/bundle-format.js';
import { mergeHubRecords } from '../export/bundle-import.js';
import { APP_VERSION } from '../version.js';
import { connectHub, hubError, hubKey, type HubTarget } from './connection.js';
import { hubVersion, refuseNewerHub } from './schema.js';

type Kind = 'article' | 'collection' | 'taxonomy' | 'claim' | 'link';
type Records = Pick<Bundle, 'articles' | 'collections' | 'taxonomies' | 'annotations' | 'links'>;
type RecordOf<K extends Kind> = Records[(typeof FIELD)[K]][number];

const KINDS: Kind[] = ['taxonomy', 'article', 'collection', 'claim', 'link'];
const TABLE = { article: 'articles', collection: 'collections', taxonomy: 'taxonomies', claim: 'claims', link: 'links' } as const;
const FIELD = { article: 'articles', collection: 'collections', taxonomy: 'taxonomies', claim: 'annotations', link: 'links' } as const;
const SCHEMA = {
  article: bundleSchema.shape.articles.element,
  collection: bundleSchema.shape.collections.element,
  taxonomy: bundleSchema.shape.taxonomies.element,
  claim: bundleSchema.shape.annotations.element,
  link: bundleSchema.shape.links.element,
};
/** What each role may send; row-level security refuses the rest anyway. */
const SENDS: Record<HubRole, Kind[]> = {
  viewer: [],
  student: ['claim'],
  checker: ['article', 'collection', 'claim', 'link'],
  editor: KINDS,
  teacher: KINDS,
};
const BATCH = 1000;

export interface SyncTarget extends HubTarget {
  workspace: string;
}

interface Session {
  client: pg.Client;
  key: string;
  workspaceId: string;
  user: string;
  role: HubRole;
}

export async function syncWithHub(db: Db, target: SyncTarget, onProgress?: (step: string) => void): Promise<HubSyncReport> {
  const client = await connectHub(target);
  try {
    const session = await open(client, db, target);
    onProgress?.('Receiving changes');
    const received = await pull(session, db, target.workspace);
    onProgress?.('Sending changes');
    const sent = await push(session, db);
    const syncedAt = nowIso();
    db.prepare('UPDATE hub_state SET last_sync = ? WHERE hub = ?').run(syncedAt, session.key);
    return {
      workspace: target.workspace,
      user: session.user,
      role: session.role,
      received: received.count,
      added: received.report.annotationsAdded,
      updated: received.report.annotationsUpdated,
      conflicts: received.report.conflicts,
      skipped: received.report.skipped,
      sent,
      openConflicts: countOpenConflicts(db),
      syncedAt,
    };
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw hubError(e, target.url);
  } finally {
    await client.end().catch(() => {});
  }
}

async function open(client: pg.Client, db: Db, target: SyncTarget): Promise<Session> {
  const version = await hubVersion(client);
  if (version === 0) throw new GlossError('not_found', `${hubKey(target.url)} is not a Gloss hub: an administrator sets it up with \`gloss hub init\`.`);
  refuseNewerHub(version);
  const row = await client.query('SELECT id, gloss.role_in(id) AS role, session_user AS user FROM gloss.workspaces WHERE name = $1', [target.workspace]);
  if (!row.rows.length) {
    throw new GlossError('not_found', `The hub has no workspace "${target.workspace}" that you belong to. Ask its administrator to add you.`);
  }
  const { id, role, user } = row.rows[0] as { id: string; role: HubRole; user: string };
  const key = `${hubKey(target.url)}#${target.workspace}`;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO hub_state (hub, user_name, role) VALUES (?, ?, ?)
       ON CONFLICT (hub) DO UPDATE SET user_name = excluded.user_name, role = excluded.role`,
    ).run(key, user, role);
    // Local changes from now on are this person's.
    db.prepare("INSERT INTO meta (key, value) VALUES ('hub_user', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(user);
  }).immediate();
  return { client, key, workspaceId: id, user, role };
}

interface HubRow {
  id: string;
  data: unknown;
  created_by: string;
  updated_by: string;
}

async function pull(s: Session, db: Db, workspace: string) {
  const cursor = (db.prepare('SELECT cursor FROM hub_state WHERE hub = ?').get(s.key) as { cursor: string }).cursor;
  await s.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const next = (await s.client.query('SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS x')).rows[0].x as string;
  const rows = {} as Record<Kind, HubRow[]>;
  for (const kind of KINDS) {
    rows[kind] = (
      await s.client.query(`SELECT id, data, created_by, updated_by FROM gloss.${TABLE[kind]} WHERE workspace_id = $1 AND txid >= $2::xid8`, [
        s.workspaceId,
        cursor,
      ])
    ).rows;
  }
  // A claim's article may have come in an earlier sync under another id (the same text): bring
  // it along so that the merge can match it again.
  const known = new Set(rows.article.map((r) => r.id));
  const local = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  const missing = [...new Set(rows.claim.map((r) => (r.data as { articleId?: string }).articleId ?? ''))].filter((id) => !known.has(id) && !local.get(id));
  if (missing.length) {
    rows.article.push(
      ...(await s.client.query('SELECT id, data, created_by, updated_by FROM gloss.articles WHERE workspace_id = $1 AND id = ANY($2)', [s.workspaceId, missing]))
        .rows,
    );
  }
  await s.client.query('COMMIT');

  const records: Records = { articles: [], collections: [], taxonomies: [], annotations: [], links: [] };
  // Claims we hold in the same version (our own, sent last time, come back) need no merge.
  const ourClocks = new Map((db.prepare('SELECT id, clock FROM annotations').all() as Array<{ id: string; clock: string }>).map((r) => [r.id, r.clock]));
  const same: Array<{ id: string; clock: string }> = [];
  let invalid = 0;
  for (const kind of KINDS) {
    for (const r of rows[kind]) {
      if (kind === 'claim') {
        // Checked before the whole record: most claims read back are our own, unchanged.
        const data = r.data as { id?: unknown; clock?: unknown };
        const ours = typeof data.id === 'string' ? ourClocks.get(data.id) : undefined;
        const clock = clockSchema.safeParse(data.clock);
        if (ours !== undefined && clock.success && compareClocks(parseClock(ours), clock.data) === 'equal') {
          same.push({ id: data.id as string, clock: ours });
          continue;
        }
      }
      // The hub's columns say who made and changed a claim: the client's copy in data is not trusted.
      const data = kind === 'claim' ? { ...(r.data as object), createdBy: r.created_by, updatedBy: r.updated_by } : r.data;
      const parsed = SCHEMA[kind].safeParse(data);
      if (parsed.success) (records[FIELD[kind]] as unknown[]).push(parsed.data);
      else invalid++;
    }
  }
  const report = db.transaction(() => {
    const merged = mergeHubRecords(db, { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: nowIso(), generator: `Gloss ${APP_VERSION}`, ...records }, `team hub ${workspace}`);
    remember(db, s.key, records, same);
    db.prepare('UPDATE hub_state SET cursor = ? WHERE hub = ?').run(next, s.key);
    return merged;
  }).immediate();
  return { report: { ...report, skipped: report.skipped + invalid }, count: KINDS.reduce((n, k) => n + rows[k].length, 0) };
}

/**
 * What the hub is known to hold. A claim: when ours is now the hub's version. Anything else:
 * the hub's version when it is new here; one we had stays as it was, so that our own choices
 * (a tag's name, an article's title) are not sent back over theirs again and again.
 */
function remember(db: Db, key: string, records: Records, same: Array<{ id: string; clock: string }>): void {
  const setSent = db.prepare('INSERT INTO hub_sent (hub, kind, id, version) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET version = excluded.version');
  for (const c of same) setSent.run(key, 'claim', c.id, c.clock);
  const addSent = db.prepare('INSERT OR IGNORE INTO hub_sent (hub, kind, id, version) VALUES (?, ?, ?, ?)');
  const clockOf = db.prepare('SELECT clock FROM annotations WHERE id = ?');
  for (const a of records.annotations) {
    const ours = clockOf.get(a.id) as { clock: string } | undefined;
    if (ours && compareClocks(parseClock(ours.clock), a.clock) === 'equal') setSent.run(key, 'claim', a.id, ours.clock);
  }
  for (const kind of ['article', 'collection', 'taxonomy', 'link'] as const) {
    for (const r of records[FIELD[kind]]) addSent.run(key, kind, r.id, versionOf(kind, r));
  }
}

/** Keys are each person's keyboard choice: they do not travel through the hub. */
function forHub<K extends Kind>(kind: K, record: RecordOf<K>): RecordOf<K> {
  if (kind !== 'taxonomy') return record;
  const t = record as RecordOf<'taxonomy'>;
  return { ...t, tags: t.tags.map((tag) => ({ ...tag, key: null })) } as RecordOf<K>;
}

function versionOf<K extends Kind>(kind: K, record: RecordOf<K>): string {
  return createHash('sha256').update(canonicalJson(forHub(kind, record))).digest('hex');
}

/** JSON with keys in order: the hub's jsonb does not keep the order they were sent in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Everything of this library, as exchange-file records. */
function localRecords(db: Db): Records {
  const articleIds = (db.prepare('SELECT id FROM articles WHERE deleted_at IS NULL ORDER BY created_at, id').all() as Array<{ id: string }>).map((r) => r.id);
  const bundle = articleIds.length ? buildBundle(db, { articleIds }) : null;
  return {
    articles: bundle?.articles ?? [],
    taxonomies: bundle?.taxonomies ?? [],
    annotations: bundle?.annotations ?? [],
    links: bundle?.links ?? [],
    collections: listCollections(db)
      .filter((c) => c.articleIds.length > 0)
      .map((c) => ({ id: c.id, name: c.name, createdAt: c.createdAt, articleIds: c.articleIds })),
  };
}

interface Outgoing {
  kind: Kind;
  id: string;
  record: unknown;
  version: string;
}

/** What differs from what the hub is known to hold, among what this role may send. */
function outgoing(db: Db, key: string, role: HubRole, user: string): Outgoing[] {
  const kinds = SENDS[role];
  if (!kinds.length) return [];
  const records = localRecords(db);
  const sent = new Map(
    (db.prepare('SELECT kind, id, version FROM hub_sent WHERE hub = ?').all(key) as Array<{ kind: Kind; id: string; version: string }>).map((r) => [
      `${r.kind}:${r.id}`,
      r.version,
    ]),
  );
  const clocks = new Map((db.prepare('SELECT id, clock FROM annotations').all() as Array<{ id: string; clock: string }>).map((r) => [r.id, r.clock]));
  const out: Outgoing[] = [];
  for (const kind of kinds) {
    for (const record of records[FIELD[kind]]) {
      const previous = sent.get(`${kind}:${record.id}`);
      if (kind === 'claim') {
        const claim = record as RecordOf<'claim'>;
        // A deletion of a claim the hub never had is nothing to send; a student sends only their own.
        if (claim.deletedAt !== null && previous === undefined) continue;
        if (role === 'student' && claim.createdBy !== null && claim.createdBy !== user) continue;
        const version = clocks.get(claim.id)!;
        if (version !== previous) out.push({ kind, id: claim.id, record: claim, version });
      } else {
        const version = versionOf(kind, record as RecordOf<typeof kind>);
        if (version !== previous) out.push({ kind, id: record.id, record: forHub(kind, record as RecordOf<typeof kind>), version });
      }
    }
  }
  return out;
}

const UPSERT: Record<Kind, string> = {
  article: `INSERT INTO gloss.articles (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data WHERE gloss.articles.data IS DISTINCT FROM excluded.data`,
  collection: `INSERT INTO gloss.collections (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data WHERE gloss.collections.data IS DISTINCT FROM excluded.data`,
  taxonomy: `INSERT INTO gloss.taxonomies (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data WHERE gloss.taxonomies.data IS DISTINCT FROM excluded.data`,
  // A claim is written over a version that has not seen it; never over one that has.
  claim: `INSERT INTO gloss.claims (workspace_id, id, article_id, data, clock, deleted)
            SELECT $1, x->>'id', x->>'articleId', x - 'createdBy' - 'updatedBy', x->'clock', x->>'deletedAt' IS NOT NULL FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data, clock = excluded.clock, deleted = excluded.deleted, article_id = excluded.article_id
            WHERE NOT gloss.clock_leq(excluded.clock, gloss.claims.clock)`,
  link: `INSERT INTO gloss.links (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data WHERE gloss.links.data IS DISTINCT FROM excluded.data`,
};

const HISTORY = `INSERT INTO gloss.claim_versions (workspace_id, claim_id, clock, data)
  SELECT $1, x->>'id', x->'clock', x - 'createdBy' - 'updatedBy' FROM jsonb_array_elements($2::jsonb) x
  ON CONFLICT DO NOTHING`;

async function push(s: Session, db: Db): Promise<number> {
  const out = outgoing(db, s.key, s.role, s.user);
  if (!out.length) return 0;
  await s.client.query('BEGIN');
  for (const kind of KINDS) {
    const records = out.filter((o) => o.kind === kind).map((o) => o.record);
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = JSON.stringify(records.slice(i, i + BATCH));
      await s.client.query(UPSERT[kind], [s.workspaceId, batch]);
      if (kind === 'claim') await s.client.query(HISTORY, [s.workspaceId, batch]);
    }
  }
  await s.client.query('COMMIT');
  const setSent = db.prepare('INSERT INTO hub_sent (hub, kind, id, version) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET version = excluded.version');
  db.transaction(() => {
    for (const o of out) setSent.run(s.key, o.kind, o.id, o.version);
  }).immediate();
  return out.length;
}

/** For the Team panel: which hub, and what waits. Reads only the library: works offline. */
export function hubStatus(db: Db): HubStatus {
  const state = db.prepare('SELECT hub, user_name, role, last_sync FROM hub_state ORDER BY last_sync DESC NULLS LAST LIMIT 1').get() as
    | { hub: string; user_name: string; role: HubRole; last_sync: string | null }
    | undefined;
  const openConflicts = countOpenConflicts(db);
  if (!state) return { hub: null, toSend: 0, openConflicts };
  const cut = state.hub.lastIndexOf('#');
  const toSend = (
    db
      .prepare(
        `SELECT count(*) AS n FROM annotations a LEFT JOIN hub_sent s ON s.hub = ? AND s.kind = 'claim' AND s.id = a.id
          WHERE s.version IS NOT a.clock AND NOT (a.deleted_at IS NOT NULL AND s.id IS NULL)`,
      )
      .get(state.hub) as { n: number }
  ).n;
  return {
    hub: { url: state.hub.slice(0, cut), workspace: state.hub.slice(cut + 1), user: state.user_name, role: state.role, lastSync: state.last_sync },
    toSend,
    openConflicts,
  };
}
