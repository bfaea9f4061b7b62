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
//
// Both directions cost what changed: the pull follows the hub's transaction ids, the push
// compares cheap summaries (a claim's clock, an article's details) with what the hub is known
// to hold and reads whole records only for what differs.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { HubRole, HubStatus, HubSyncReport } from '../../../shared/model.js';
import { clockSchema, compareClocks, parseClock, sortedClock } from '../annotations/clock.js';
import { countOpenConflicts } from '../annotations/merge.js';
import { nowIso, type Db } from '../db.js';
import { GlossError } from '../errors.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, timestamp, type Bundle } from '../export/bundle-format.js';
import { mergeHubRecords } from '../export/bundle-import.js';
import { sql } from '../statements.js';
import { APP_VERSION } from '../version.js';
import { connectHub, hubError, hubKey, type HubTarget } from './connection.js';
import {
  articleDetails,
  articleRecord,
  changedClaims,
  claimRecords,
  collectionRecords,
  DETAIL_FIELDS,
  detailsOf,
  detailsVersion,
  linkRecords,
  parseDetailsVersion,
  taxonomyRecords,
  type ArticleDetails,
  type HubArticle,
  type HubLink,
} from './records.js';
import { hubForgot, keepWitness, pushWitness, startOver } from './forgotten.js';
import { adoptHubIds } from './same-text.js';
import { HUB_MIGRATIONS, memberHubVersion, refuseNewerHub } from './schema.js';
import { fitsText, planTexts, rememberText, takeTexts, textConflicts, textCorrections, type HubText, type TextCorrection } from './texts.js';

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
  // On the hub a link carries when it was removed.
  link: bundleSchema.shape.links.element.extend({ deletedAt: timestamp.nullable().default(null) }),
};
/** What each role may send; row-level security refuses the rest anyway. */
const SENDS: Record<HubRole, Kind[]> = {
  viewer: [],
  student: ['claim'],
  checker: ['article', 'collection', 'claim', 'link'],
  editor: KINDS,
  teacher: KINDS,
};
/** Who may move articles to the trash and back, and empty it (the hub's trigger enforces it). */
const DELETES: HubRole[] = ['editor', 'teacher'];
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

/**
 * A push does not write over a row someone else changed since its pull (two people syncing at
 * the same moment): it leaves it, and the sync takes another round, pulling that change and
 * merging it first. What is still left after the last round waits for the next sync.
 */
const ROUNDS = 3;

export async function syncWithHub(db: Db, target: SyncTarget, onProgress?: (step: string) => void): Promise<HubSyncReport> {
  const client = await connectHub(target);
  try {
    const session = await open(client, db, target);
    const forgot = await hubForgot(client, db, session.key, session.workspaceId);
    if (forgot) startOver(db, session.key);
    let received: Pulled | undefined;
    let sent = 0;
    for (let round = 0; round < ROUNDS; round++) {
      onProgress?.('Receiving changes');
      const pulled = await pull(session, db, target.workspace);
      received = received ? addUp(received, pulled) : pulled;
      onProgress?.('Sending changes');
      const pushed = await push(session, db, pulled.seen);
      sent += pushed.sent;
      if (!pushed.left) break;
    }
    const syncedAt = nowIso();
    db.prepare('UPDATE hub_state SET last_sync = ? WHERE hub = ?').run(syncedAt, session.key);
    return {
      workspace: target.workspace,
      user: session.user,
      role: session.role,
      received: received!.count,
      added: received!.report.annotationsAdded,
      updated: received!.report.annotationsUpdated,
      conflicts: received!.report.conflicts,
      skipped: received!.report.skipped,
      sent,
      corrected: received!.corrected,
      textConflicts: received!.textConflicts,
      renamed: received!.renamed,
      hubForgot: forgot,
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
  const version = await memberHubVersion(client, target.workspace);
  if (version === 0) throw new GlossError('not_found', { key: 'hub.notHub', params: { hub: hubKey(target.url) } });
  refuseNewerHub(version);
  if (version < HUB_MIGRATIONS.length) {
    throw new GlossError('unsupported_file', { key: 'hub.older', params: { hub: hubKey(target.url) } });
  }
  const row = await client.query('SELECT id, gloss.role_in(id) AS role, session_user AS user FROM gloss.workspaces WHERE name = $1', [target.workspace]);
  if (!row.rows.length) {
    throw new GlossError('not_found', { key: 'hub.noWorkspace', params: { workspace: target.workspace } });
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
  deleted?: boolean;
  purged?: boolean;
  text_version?: number;
  text_by?: string | null;
  /** The hub's transaction that wrote it, where read with it. */
  txid?: string;
}

interface HistoryRow {
  claim_id: string;
  clock: Record<string, number>;
  data: unknown;
  sent_by: string;
  sent_at: Date;
}

/** What a pull read, checked: exchange records for the merge, and what the merge does not carry. */
interface Incoming {
  records: Records;
  articles: HubArticle[];
  removedLinks: HubLink[];
  texts: HubText[];
  same: Array<{ id: string; clock: string }>;
  invalid: number;
}

interface Pulled {
  count: number;
  report: { annotationsAdded: number; annotationsUpdated: number; conflicts: number; skipped: number };
  renamed: Record<string, string>;
  corrected: number;
  textConflicts: number;
  /** The hub's snapshot the pull read: what this library has seen of it. */
  seen: string;
}

function addUp(a: Pulled, b: Pulled): Pulled {
  const report = { ...a.report };
  for (const k of Object.keys(report) as Array<keyof Pulled['report']>) report[k] += b.report[k];
  return {
    count: a.count + b.count,
    report,
    renamed: { ...a.renamed, ...b.renamed },
    corrected: a.corrected + b.corrected,
    textConflicts: a.textConflicts + b.textConflicts,
    seen: b.seen,
  };
}

async function pull(s: Session, db: Db, workspace: string): Promise<Pulled> {
  const state = sql(db, 'SELECT cursor, pushed_txid FROM hub_state WHERE hub = ?').get(s.key) as { cursor: string; pushed_txid: string | null };
  await s.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const snapshot = (await s.client.query('SELECT pg_snapshot_xmin(s)::text AS x, s::text AS seen FROM pg_current_snapshot() s')).rows[0] as { x: string; seen: string };
  const next = snapshot.x;
  const rows = {} as Record<Kind, HubRow[]>;
  for (const kind of KINDS) {
    const extra = kind === 'article' ? ', deleted, purged, text_version, text_by' : '';
    // Rows our last push wrote and nobody changed since are what this library holds already.
    rows[kind] = (
      await s.client.query(
        `SELECT id, data, created_by, updated_by, txid::text AS txid${extra} FROM gloss.${TABLE[kind]} WHERE workspace_id = $1 AND txid >= $2::xid8 AND txid <> $3::xid8`,
        [s.workspaceId, state.cursor, state.pushed_txid ?? '0'],
      )
    ).rows;
  }
  // A claim's article may have come in an earlier sync under another id (the same text): bring
  // it along so that the merge can match it again.
  const known = new Set(rows.article.map((r) => r.id));
  const local = sql(db, 'SELECT 1 FROM articles WHERE id = ?');
  const missing = [...new Set(rows.claim.map((r) => (r.data as { articleId?: string }).articleId ?? ''))].filter((id) => !known.has(id) && !local.get(id));
  if (missing.length) {
    rows.article.push(
      ...(
        await s.client.query('SELECT id, data, created_by, updated_by, deleted, purged, text_version, text_by FROM gloss.articles WHERE workspace_id = $1 AND id = ANY($2)', [
          s.workspaceId,
          missing,
        ])
      ).rows,
    );
  }
  const purged = rows.article.filter((r) => r.purged).map((r) => r.id);
  await withTwinsOf(s, db, purged, rows);
  const history = await earlierVersions(s, rows.claim.map((r) => r.id));
  await s.client.query('COMMIT');

  const result = db.transaction(() => {
    // Emptied from the team's trash first: another copy of its text on the hub is then new here.
    purgeArticles(db, s.key, purged);
    const incoming = check(db, withoutEmptied(db, s.key, rows));
    const before = new Set(incoming.articles.filter((a) => local.get(a.id)).map((a) => a.id));
    // Not in `before`: the hub's details of an article that takes its id are taken whole. One in
    // the team's trash is not taken over: ours, imported since, stays out of the trash.
    const renamed = adoptHubIds(db, incoming.articles.filter((a) => !a.deleted));
    const merge = (records: Records) =>
      mergeHubRecords(db, { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: nowIso(), generator: `Gloss ${APP_VERSION}`, ...records }, `team hub ${workspace}`);
    // Claims on the text this library has go in before a correction re-anchors them; the rest
    // (the corrector's, re-anchored already) after it.
    const texts = planTexts(db, s.key, incoming.texts);
    const corrected = new Map(texts.takes.map((t) => [t.id, t]));
    const later = new Set(
      incoming.records.annotations.filter((a) => {
        const t = corrected.get(a.articleId);
        return t && (a.orphaned || !fitsText(t.oldBody, a));
      }),
    );
    const merged = merge({ ...incoming.records, annotations: incoming.records.annotations.filter((a) => !later.has(a)), links: later.size ? [] : incoming.records.links });
    const taken = takeTexts(db, s.key, texts.takes);
    const after = later.size
      ? merge({ ...incoming.records, collections: [], annotations: [...later] })
      : { annotationsAdded: 0, annotationsUpdated: 0, conflicts: 0, skipped: 0 };
    for (const t of texts.remember) if (local.get(t.id)) rememberText(db, s.key, t.id, t.version, t.hash);
    takeArticleChanges(db, s.key, incoming.articles, before);
    removeLinks(db, incoming.removedLinks);
    keepHistory(db, s.key, history);
    remember(db, s.key, incoming);
    sql(db, 'UPDATE hub_state SET cursor = ? WHERE hub = ?').run(next, s.key);
    keepWitness(db, s.key, 'pull', KINDS.flatMap((kind) => rows[kind].map((r) => ({ kind, id: r.id, articleId: (r.data as { articleId?: string }).articleId, txid: r.txid }))));
    const report = {
      annotationsAdded: merged.annotationsAdded + after.annotationsAdded,
      annotationsUpdated: merged.annotationsUpdated + after.annotationsUpdated,
      conflicts: merged.conflicts + after.conflicts,
      // A correction whose text another article here has is left: one library holds a text once.
      skipped: merged.skipped + after.skipped + texts.takes.length - taken.size,
    };
    return {
      report: { ...report, skipped: report.skipped + incoming.invalid },
      renamed,
      corrected: taken.size,
      textConflicts: texts.takes.filter((t) => t.mine && taken.has(t.id)).length,
    };
  }).immediate();
  return { ...result, count: KINDS.reduce((n, k) => n + rows[k].length, 0), seen: snapshot.seen };
}

/**
 * The hub's other copies of the texts of articles emptied from its trash, by someone else or by
 * this library's push to come, with their claims: this library matched such a copy (imported
 * again under another id) to its own article by text, so it went with it. Once that article is
 * gone the copy is new here.
 */
async function withTwinsOf(s: Session, db: Db, purged: string[], rows: Record<Kind, HubRow[]>): Promise<void> {
  const hashOf = sql(db, 'SELECT content_hash FROM articles WHERE id = ?');
  const hashes = purged.flatMap((id) => (hashOf.get(id) as { content_hash: string } | undefined)?.content_hash ?? []);
  // Emptied here: the article is gone from this library, and the hub still has its text.
  const mine = purgesToSend(db, s.key);
  if (mine.length) {
    const found = await s.client.query("SELECT data->>'contentHash' AS hash FROM gloss.articles WHERE workspace_id = $1 AND id = ANY($2) AND NOT purged", [
      s.workspaceId,
      mine,
    ]);
    hashes.push(...(found.rows as Array<{ hash: string | null }>).flatMap((r) => r.hash ?? []));
  }
  if (!hashes.length) return;
  const add = (into: HubRow[], found: HubRow[]) => {
    const have = new Set(into.map((r) => r.id));
    into.push(...found.filter((r) => !have.has(r.id)));
  };
  const twins = (
    await s.client.query(
      `SELECT id, data, created_by, updated_by, deleted, purged, text_version, text_by FROM gloss.articles
        WHERE workspace_id = $1 AND NOT purged AND data->>'contentHash' = ANY($2) AND id <> ALL($3)`,
      [s.workspaceId, hashes, [...purged, ...mine]],
    )
  ).rows as HubRow[];
  if (!twins.length) return;
  add(rows.article, twins);
  const claims = await s.client.query('SELECT id, data, created_by, updated_by FROM gloss.claims WHERE workspace_id = $1 AND article_id = ANY($2)', [
    s.workspaceId,
    twins.map((t) => t.id),
  ]);
  add(rows.claim, claims.rows as HubRow[]);
}

/** The versions of these claims that the hub holds beside the claim's current one: their history. */
async function earlierVersions(s: Session, claimIds: string[]): Promise<HistoryRow[]> {
  if (!claimIds.length) return [];
  // From the list, so that each claim is two index lookups (= ANY over thousands would scan).
  const found = await s.client.query(
    `SELECT v.claim_id, v.clock, v.data, v.sent_by, v.sent_at FROM unnest($2::text[]) AS wanted (id)
       JOIN gloss.claims c ON c.workspace_id = $1 AND c.id = wanted.id
       JOIN gloss.claim_versions v ON v.workspace_id = $1 AND v.claim_id = wanted.id AND v.clock <> c.clock`,
    [s.workspaceId, claimIds],
  );
  return found.rows as HistoryRow[];
}

/** Articles emptied from the trash here stay out of this library, and so do their claims. */
function withoutEmptied(db: Db, key: string, rows: Record<Kind, HubRow[]>): Record<Kind, HubRow[]> {
  const emptied = new Set(
    (sql(db, "SELECT id FROM hub_sent WHERE hub = ? AND kind = 'article' AND version IN ('purge', 'purged')").all(key) as Array<{ id: string }>).map((r) => r.id),
  );
  if (!emptied.size) return rows;
  return {
    ...rows,
    article: rows.article.filter((r) => r.purged || !emptied.has(r.id)),
    claim: rows.claim.filter((r) => !emptied.has((r.data as { articleId?: string }).articleId ?? '')),
  };
}

/** Each hub row checked alone: a broken one is counted, not merged. */
function check(db: Db, rows: Record<Kind, HubRow[]>): Incoming {
  const incoming: Incoming = {
    records: { articles: [], collections: [], taxonomies: [], annotations: [], links: [] },
    articles: [],
    removedLinks: [],
    texts: [],
    same: [],
    invalid: 0,
  };
  const clockOf = sql(db, 'SELECT clock FROM annotations WHERE id = ?');
  for (const kind of KINDS) {
    for (const r of rows[kind]) {
      if (kind === 'article' && r.purged) continue;
      if (kind === 'claim') {
        // Checked before the whole record: most claims read back are our own, unchanged.
        const data = r.data as { id?: unknown; clock?: unknown };
        const ours = typeof data.id === 'string' ? (clockOf.get(data.id) as { clock: string } | undefined)?.clock : undefined;
        const clock = clockSchema.safeParse(data.clock);
        if (ours !== undefined && clock.success && compareClocks(parseClock(ours), clock.data) === 'equal') {
          incoming.same.push({ id: data.id as string, clock: ours });
          continue;
        }
      }
      // The hub's columns say who made and changed a claim: the client's copy in data is not trusted.
      const data = kind === 'claim' ? { ...(r.data as object), createdBy: r.created_by, updatedBy: r.updated_by } : r.data;
      const parsed = SCHEMA[kind].safeParse(data);
      if (!parsed.success) {
        incoming.invalid++;
        continue;
      }
      if (kind === 'article') {
        const a = parsed.data as RecordOf<'article'>;
        incoming.articles.push({ ...a, deleted: r.deleted === true });
        incoming.texts.push({ id: a.id, body: a.body, blocks: a.blocks, version: r.text_version ?? 1, by: r.text_by ?? r.created_by });
      }
      if (kind === 'link') {
        const { deletedAt, ...link } = parsed.data as HubLink;
        if (deletedAt !== null) incoming.removedLinks.push({ ...link, deletedAt });
        else incoming.records.links.push(link);
        continue;
      }
      (incoming.records[FIELD[kind]] as unknown[]).push(parsed.data);
    }
  }
  return incoming;
}

/**
 * An article's details and its place in the trash, field by field against the last version
 * both sides knew (hub_sent): a field changed only there is taken, one changed here is kept (and
 * sent next).
 */
function takeArticleChanges(db: Db, key: string, articles: HubArticle[], before: Set<string>): void {
  const ours = articleDetails(db);
  const sentVersion = sql(db, "SELECT version FROM hub_sent WHERE hub = ? AND kind = 'article' AND id = ?");
  const write = sql(
    db,
    `UPDATE articles SET title = ?, outlet = ?, author = ?, published_at = ?, source_url = ?, language = ?, direction = ?,
       deleted_at = CASE WHEN ? THEN coalesce(deleted_at, ?) END, updated_at = ? WHERE id = ?`,
  );
  for (const a of articles) {
    const mine = ours.get(a.id);
    if (!mine) continue; // the same text under another id here: ours stays as it is
    const theirs = detailsOf(a);
    // Just added here: nothing of ours to keep.
    const base = before.has(a.id) ? parseDetailsVersion((sentVersion.get(key, a.id) as { version: string } | undefined)?.version) : mine;
    const merged = { ...mine } as Record<keyof ArticleDetails, unknown>;
    for (const f of DETAIL_FIELDS) if (base && mine[f] === base[f]) merged[f] = theirs[f];
    if (DETAIL_FIELDS.some((f) => merged[f] !== mine[f])) {
      const now = nowIso();
      const m = merged as unknown as ArticleDetails;
      write.run(m.title, m.outlet, m.author, m.publishedAt, m.sourceUrl, m.language, m.direction, m.deleted ? 1 : 0, now, now, a.id);
    }
    setSent(db, key, 'article', a.id, detailsVersion(theirs));
  }
}

/** A link removed on the hub is removed here, at the same time, so that both hold one version. */
function removeLinks(db: Db, links: HubLink[]): void {
  const remove = sql(db, 'UPDATE claim_links SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
  for (const l of links) remove.run(l.deletedAt, l.id);
}

/**
 * An editor emptied the trash of these: they leave this library for good, as emptying it here
 * does, and as there an article one of this library's assignments is read against stays.
 */
function purgeArticles(db: Db, key: string, ids: string[]): void {
  const inAssignment = sql(db, 'SELECT 1 FROM assignment_articles WHERE article_id = ?');
  for (const id of ids) {
    if (!inAssignment.get(id)) {
      // The undo history names annotations without a foreign key (see articles.ts, emptyTrash).
      sql(db, 'DELETE FROM annotation_history WHERE annotation_id IN (SELECT id FROM annotations WHERE article_id = ?)').run(id);
      sql(db, 'DELETE FROM articles WHERE id = ?').run(id);
    }
    setSent(db, key, 'article', id, 'purged');
  }
}

/** The hub's history of the claims this library holds. */
function keepHistory(db: Db, key: string, rows: HistoryRow[]): void {
  const add = sql(
    db,
    `INSERT OR IGNORE INTO hub_claim_versions (hub, claim_id, clock, data, sent_by, sent_at)
     SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?)`,
  );
  for (const r of rows) {
    const clock = clockSchema.safeParse(r.clock);
    if (!clock.success) continue;
    add.run(key, r.claim_id, JSON.stringify(sortedClock(clock.data)), JSON.stringify(r.data), r.sent_by, r.sent_at.toISOString(), r.claim_id);
  }
}

function setSent(db: Db, key: string, kind: Kind, id: string, version: string): void {
  sql(db, 'INSERT INTO hub_sent (hub, kind, id, version) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET version = excluded.version').run(key, kind, id, version);
}

/**
 * What the hub is known to hold. A claim: when ours is now the hub's version. A removed link:
 * the hub's version, which is ours now. Taxonomies, collections and live links: the hub's
 * version when it is new here; one we had stays as it was, so that our own choices (a tag's
 * name) are not sent back over theirs again and again. Articles: takeArticleChanges.
 */
function remember(db: Db, key: string, incoming: Incoming): void {
  for (const c of incoming.same) setSent(db, key, 'claim', c.id, c.clock);
  const addSent = sql(db, 'INSERT OR IGNORE INTO hub_sent (hub, kind, id, version) VALUES (?, ?, ?, ?)');
  const clockOf = sql(db, 'SELECT clock FROM annotations WHERE id = ?');
  for (const a of incoming.records.annotations) {
    const ours = clockOf.get(a.id) as { clock: string } | undefined;
    if (ours && compareClocks(parseClock(ours.clock), a.clock) === 'equal') setSent(db, key, 'claim', a.id, ours.clock);
  }
  for (const kind of ['collection', 'taxonomy'] as const) {
    for (const r of incoming.records[FIELD[kind]]) addSent.run(key, kind, r.id, versionOf(kind, r as RecordOf<typeof kind>));
  }
  // As outgoing() writes a link: with its deletedAt.
  for (const l of incoming.records.links) addSent.run(key, 'link', l.id, versionOf('link', { ...l, deletedAt: null } as HubLink));
  for (const l of incoming.removedLinks) setSent(db, key, 'link', l.id, versionOf('link', l));
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

interface Outgoing {
  kind: Kind;
  id: string;
  /** The record as sent; an article's and a claim's are read by withRecords, for a push only. */
  record?: unknown;
  version: string;
  /** The hub is known to hold an earlier version. */
  known?: boolean;
  /** A claim's article. */
  articleId?: string;
  /** Whether an article goes to the trash on the hub. */
  deleted?: boolean;
}

/** Reads the whole records of the articles and claims a push sends. */
function withRecords(db: Db, out: Outgoing[]): Outgoing[] {
  const claims = new Map(claimRecords(db, out.filter((o) => o.kind === 'claim').map((o) => o.id)).map((c) => [c.id, c]));
  return out.map((o) =>
    o.kind === 'article' ? { ...o, record: articleRecord(db, o.id, o.deleted!) } : o.kind === 'claim' ? { ...o, record: claims.get(o.id) } : o,
  );
}

/** What differs from what the hub is known to hold, among what this role may send. */
function outgoing(db: Db, key: string, role: HubRole, user: string): Outgoing[] {
  const kinds = SENDS[role];
  const sent = new Map(
    (sql(db, 'SELECT kind, id, version FROM hub_sent WHERE hub = ?').all(key) as Array<{ kind: Kind; id: string; version: string }>).map((r) => [
      `${r.kind}:${r.id}`,
      r.version,
    ]),
  );
  const out: Outgoing[] = [];
  const hashed = <K extends Kind>(kind: K, records: Array<RecordOf<K>>) => {
    for (const record of records) {
      const version = versionOf(kind, record);
      if (version !== sent.get(`${kind}:${record.id}`)) out.push({ kind, id: record.id, record: forHub(kind, record), version });
    }
  };
  if (kinds.includes('taxonomy')) hashed('taxonomy', taxonomyRecords(db));
  if (kinds.includes('article')) {
    for (const [id, mine] of articleDetails(db)) {
      const previous = sent.get(`article:${id}`);
      // Trashed before the hub had it: nothing to send.
      if (mine.deleted && previous === undefined) continue;
      // Only an editor's trash is the team's; the hub keeps its own for anyone else's upsert.
      const details = DELETES.includes(role) ? mine : { ...mine, deleted: parseDetailsVersion(previous)?.deleted ?? false };
      const version = detailsVersion(details);
      if (version !== previous) out.push({ kind: 'article', id, version, known: previous !== undefined, deleted: details.deleted });
    }
  }
  if (kinds.includes('collection')) hashed('collection', collectionRecords(db));
  if (kinds.includes('claim')) {
    // A student sends only their own.
    for (const c of changedClaims(db, key)) {
      if (role === 'student' && c.createdBy !== null && c.createdBy !== user) continue;
      out.push({ kind: 'claim', id: c.id, version: c.clock, known: sent.has(`claim:${c.id}`), articleId: c.articleId });
    }
  }
  if (kinds.includes('link')) {
    // A removal travels for links the hub has; a link whose claim went goes with the claim.
    const links = linkRecords(db)
      .filter((l) => l.live || (l.deletedAt !== null && sent.has(`link:${l.id}`)))
      .map(({ live: _live, ...link }) => link);
    hashed('link', links);
  }
  return out;
}

/** An article's details as sent, with the text the hub holds: its text changes only by a correction (TEXT). */
const DETAILS_OVER_HUB_TEXT = `excluded.data || jsonb_build_object('body', gloss.articles.data->'body', 'blocks', gloss.articles.data->'blocks',
              'wordCount', gloss.articles.data->'wordCount', 'contentHash', gloss.articles.data->'contentHash')`;

const DELETED_AFTER = `CASE WHEN gloss.role_in($1) IN ('editor', 'teacher') THEN excluded.deleted ELSE gloss.articles.deleted END`;

/** The hub's row is one the pull read ($3: its snapshot), or this push wrote it: no one else's change since is written over. */
const SEEN = (row: string) => `(pg_visible_in_snapshot(${row}.txid, $3::pg_snapshot) OR ${row}.txid = pg_current_xact_id())`;

/** Rows of a batch left by its upsert because someone else changed them since the pull. */
const LEFT = (table: string) => `SELECT t.id FROM jsonb_array_elements($2::jsonb) x JOIN gloss.${table} t ON t.workspace_id = $1 AND t.id = x->>'id'
  WHERE NOT ${SEEN('t')}`;

const UPSERT: Record<Kind, string> = {
  // Only an editor's (or teacher's) upsert moves an article to the trash or out of it. Anyone
  // else proposes it out of the trash: PostgreSQL checks the INSERT policy on the proposed row
  // even when it updates instead, and that policy lets only editors add a row in the trash.
  article: `INSERT INTO gloss.articles (workspace_id, id, data, deleted)
            SELECT $1, x->>'id', x - 'deleted', (x->>'deleted')::boolean AND gloss.role_in($1) IN ('editor', 'teacher')
              FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = ${DETAILS_OVER_HUB_TEXT}, deleted = ${DELETED_AFTER}
            WHERE NOT gloss.articles.purged AND ${SEEN('gloss.articles')}
              AND (gloss.articles.data, gloss.articles.deleted) IS DISTINCT FROM (${DETAILS_OVER_HUB_TEXT}, ${DELETED_AFTER})`,
  collection: `INSERT INTO gloss.collections (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data
            WHERE ${SEEN('gloss.collections')} AND gloss.collections.data IS DISTINCT FROM excluded.data`,
  taxonomy: `INSERT INTO gloss.taxonomies (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data
            WHERE ${SEEN('gloss.taxonomies')} AND gloss.taxonomies.data IS DISTINCT FROM excluded.data`,
  // A claim is written over a version that has not seen it; never over one that has.
  claim: `INSERT INTO gloss.claims (workspace_id, id, article_id, data, clock, deleted)
            SELECT $1, x->>'id', x->>'articleId', x - 'createdBy' - 'updatedBy', x->'clock', x->>'deletedAt' IS NOT NULL FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data, clock = excluded.clock, deleted = excluded.deleted, article_id = excluded.article_id
            WHERE ${SEEN('gloss.claims')} AND NOT gloss.clock_leq(excluded.clock, gloss.claims.clock)`,
  // A removed link stays removed.
  link: `INSERT INTO gloss.links (workspace_id, id, data)
            SELECT $1, x->>'id', x FROM jsonb_array_elements($2::jsonb) x
            ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data
            WHERE ${SEEN('gloss.links')} AND gloss.links.data->>'deletedAt' IS NULL AND gloss.links.data IS DISTINCT FROM excluded.data`,
};

const HISTORY = `INSERT INTO gloss.claim_versions (workspace_id, claim_id, clock, data)
  SELECT $1, x->>'id', x->'clock', x - 'createdBy' - 'updatedBy' FROM jsonb_array_elements($2::jsonb) x
  ON CONFLICT DO NOTHING`;

/** A correction is taken only over the version it was made from (the hub's trigger counts versions and checks the role). */
const TEXT = `UPDATE gloss.articles a SET data = a.data || jsonb_build_object('body', x->'body', 'blocks', x->'blocks', 'wordCount', x->'wordCount', 'contentHash', x->'contentHash')
  FROM jsonb_array_elements($2::jsonb) x
  WHERE a.workspace_id = $1 AND a.id = x->>'id' AND a.text_version = (x->>'base')::integer AND NOT a.purged
  RETURNING a.id, a.text_version`;

const PURGE = `UPDATE gloss.articles SET purged = true, deleted = true, data = jsonb_build_object('id', id)
  WHERE workspace_id = $1 AND id = ANY($2) AND NOT purged`;

/** What the next push sends: one reading for the push itself and for the Team panel's count. */
interface Pending {
  records: Outgoing[];
  texts: TextCorrection[];
  purges: string[];
}

function pending(db: Db, key: string, role: HubRole, user: string): Pending {
  const editor = DELETES.includes(role);
  const texts = textCorrections(db, key);
  // Anyone else's correction stays here, and so do the claims anchored on it.
  const kept = new Set(editor ? [] : texts.map((t) => t.id));
  return {
    records: outgoing(db, key, role, user).filter((o) => o.kind !== 'claim' || !kept.has(o.articleId!)),
    texts: editor ? texts : [],
    purges: editor
      ? purgesToSend(db, key)
      : [],
  };
}

/** Articles emptied from the trash here whose emptying the hub has not had yet. */
function purgesToSend(db: Db, key: string): string[] {
  return (sql(db, "SELECT id FROM hub_sent WHERE hub = ? AND kind = 'article' AND version = 'purge'").all(key) as Array<{ id: string }>).map((r) => r.id);
}

const pendingCount = (p: Pending) => p.records.length + p.texts.length + p.purges.length;

/** What a push sent, and how many records it left because someone else changed them since the pull. */
async function push(s: Session, db: Db, seen: string): Promise<{ sent: number; left: number }> {
  const { records, texts, purges } = pending(db, s.key, s.role, s.user);
  if (!pendingCount({ records, texts, purges })) return { sent: 0, left: 0 };
  const all = withRecords(db, records);
  await s.client.query('BEGIN');
  const txid = (await s.client.query('SELECT pg_current_xact_id()::text AS x')).rows[0].x as string;
  let out = all;
  const accepted = new Map<string, number>();
  const left = new Set<string>();
  for (const kind of KINDS) {
    if (kind === 'claim' && texts.length) {
      // Corrections go before the claims anchored on them; a correction the hub did not take
      // (another reached it first) keeps its article's claims here until the next sync has
      // brought the hub's text and re-anchored them.
      for (const r of (await s.client.query(TEXT, [s.workspaceId, JSON.stringify(texts)])).rows as Array<{ id: string; text_version: number }>) {
        accepted.set(r.id, r.text_version);
      }
      const refused = new Set(texts.filter((t) => !accepted.has(t.id)).map((t) => t.id));
      out = all.filter((o) => o.kind !== 'claim' || !refused.has(o.articleId!));
    }
    const records = out.filter((o) => o.kind === kind).map((o) => o.record as { id: string });
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      await s.client.query(UPSERT[kind], [s.workspaceId, JSON.stringify(batch), seen]);
      const leftHere = new Set(((await s.client.query(LEFT(TABLE[kind]), [s.workspaceId, JSON.stringify(batch), seen])).rows as Array<{ id: string }>).map((r) => r.id));
      for (const id of leftHere) left.add(`${kind}:${id}`);
      if (kind === 'claim') await s.client.query(HISTORY, [s.workspaceId, JSON.stringify(batch.filter((r) => !leftHere.has(r.id)))]);
    }
  }
  out = out.filter((o) => !left.has(`${o.kind}:${o.id}`));
  if (purges.length) await s.client.query(PURGE, [s.workspaceId, purges]);
  // The versions ours replaced: this library's copy of their history (the pull skips our rows).
  const history = await earlierVersions(s, out.filter((o) => o.kind === 'claim' && o.known).map((o) => o.id));
  const witness = await pushWitness(s.client, s.workspaceId, out);
  await s.client.query('COMMIT');
  db.transaction(() => {
    for (const o of out) {
      setSent(db, s.key, o.kind, o.id, o.version);
      // An article new to the hub: its text there is ours, the first version.
      if (o.kind === 'article' && !o.known) rememberText(db, s.key, o.id, 1, (o.record as RecordOf<'article'>).contentHash);
    }
    for (const t of texts) if (accepted.has(t.id)) rememberText(db, s.key, t.id, accepted.get(t.id)!, t.contentHash);
    for (const id of purges) setSent(db, s.key, 'article', id, 'purged');
    keepHistory(db, s.key, history);
    sql(db, 'UPDATE hub_state SET pushed_txid = ? WHERE hub = ?').run(txid, s.key);
    keepWitness(db, s.key, 'push', witness ? [witness] : []);
  }).immediate();
  return { sent: out.length + accepted.size + purges.length, left: left.size };
}

/** For the Team panel: which hub, and what waits. Reads only the library: works offline. */
export function hubStatus(db: Db): HubStatus {
  const state = db.prepare('SELECT hub, user_name, role, last_sync FROM hub_state ORDER BY last_sync DESC NULLS LAST LIMIT 1').get() as
    | { hub: string; user_name: string; role: HubRole; last_sync: string | null }
    | undefined;
  const openConflicts = countOpenConflicts(db);
  if (!state) return { hub: null, toSend: 0, openConflicts, textConflicts: [] };
  const cut = state.hub.lastIndexOf('#');
  return {
    hub: { url: state.hub.slice(0, cut), workspace: state.hub.slice(cut + 1), user: state.user_name, role: state.role, lastSync: state.last_sync },
    toSend: pendingCount(pending(db, state.hub, state.role, state.user_name)),
    openConflicts,
    textConflicts: textConflicts(db),
  };
}
