// Reading a .gloss exchange file into the library: by stable ids, without duplicates, in one
// transaction (a bad file changes nothing). Annotations go through the one merge
// (annotations/merge.ts): where both sides edited one, ours is kept and theirs is stored as a
// conflict for the person to settle.
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import type { BundleImportReport } from '../../../shared/model.js';
import type { MessageParams } from '../../../shared/i18n/keys.js';
import { contentHash } from '../article-import.js';
import { mergeAnnotation } from '../annotations/merge.js';
import type { Snapshot } from '../annotations/snapshot.js';
import { nowIso, type Db } from '../db.js';
import { describeIssues, GlossError, type ErrorKey } from '../errors.js';
import { cutShort } from '../cut-short.js';
import { sql } from '../statements.js';
import { mergeText, rememberEarlierTexts } from './bundle-texts.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, bundleSchema, type Bundle, type BundleAnnotation, type BundleArticle, type BundleTaxonomy } from './bundle-format.js';

export function parseBundle(bytes: Uint8Array, name = 'the file'): Bundle {
  let raw = Buffer.from(bytes);
  if (raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      raw = gunzipSync(raw, { maxOutputLength: 1024 * 1024 * 1024 });
    } catch (e) {
      throw new GlossError('parse_failed', { key: 'bundle.notUnpacked', params: { name, detail: (e as Error).message } });
    }
  }
  if (cutShort(raw)) throw new GlossError('parse_failed', { key: 'bundle.cutShort', params: { name } });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw).replace(/^\uFEFF/, '');
  } catch {
    throw new GlossError('bad_encoding', { key: 'bundle.notUtf8', params: { name } });
  }
  let json: unknown;
  try {
    json = JSON.parse(text, wellFormed);
  } catch (e) {
    throw new GlossError('parse_failed', { key: 'bundle.notJson', params: { name, detail: (e as Error).message } });
  }
  const header = json as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== BUNDLE_FORMAT) {
    throw new GlossError('unsupported_file', { key: 'bundle.notBundle', params: { name } });
  }
  if (typeof header.version === 'number' && header.version > BUNDLE_VERSION) {
    throw new GlossError('unsupported_file', { key: 'bundle.newer', params: { name, version: header.version } });
  }
  const parsed = bundleSchema.safeParse(json);
  if (!parsed.success) {
    const { details, first } = describeIssues(parsed.error, 20);
    throw new GlossError('parse_failed', { key: 'bundle.damaged', params: { name, detail: first } }, details);
  }
  checkReferences(parsed.data, name);
  return parsed.data;
}

/**
 * A JSON escape may hold half a character (a lone surrogate): it becomes U+FFFD, one code unit
 * for one so that offsets stay, as dispatch does for every call's strings. SQLite would store it
 * as three bytes, and the text would no longer match its checksum.
 */
function wellFormed(_key: string, value: unknown): unknown {
  return typeof value === 'string' && !value.isWellFormed() ? value.toWellFormed() : value;
}

function checkReferences(b: Bundle, name: string): void {
  const fail = (key: ErrorKey, params: MessageParams) => {
    throw new GlossError('parse_failed', { key, params: { name, ...params } });
  };
  const unique = (ids: string[], what: string) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) fail('bundle.twice', { what, id });
      seen.add(id);
    }
    return seen;
  };
  const bodies = new Map(b.articles.map((a) => [a.id, a.body.length]));
  unique(b.articles.map((a) => a.id), 'article');
  unique(b.taxonomies.flatMap((t) => t.tags.map((tag) => tag.id)), 'tag');
  const annotations = unique(b.annotations.map((a) => a.id), 'annotation');
  unique(b.links.map((l) => l.id), 'link');
  for (const a of b.articles) {
    for (const block of a.blocks) if (block.end > a.body.length || block.start > block.end) fail('bundle.blockOutside', { id: a.id });
  }
  for (const a of b.annotations) {
    const length = bodies.get(a.articleId);
    if (length === undefined) fail('bundle.annotationArticle', { id: a.id, articleId: a.articleId });
    if (a.start >= a.end || a.end > length!) fail('bundle.annotationOutside', { id: a.id });
  }
  for (const l of b.links) {
    if (!annotations.has(l.fromId) || !annotations.has(l.toId) || l.fromId === l.toId) fail('bundle.linkEnds', { id: l.id });
  }
  for (const c of b.collections) {
    for (const id of c.articleIds) if (!bodies.has(id)) fail('bundle.collectionArticle', { collection: c.name, id });
  }
}

export function importBundle(db: Db, bytes: Uint8Array, source: string): BundleImportReport {
  const bundle = parseBundle(bytes, source || 'the file');
  return db.transaction(() => new Merge(db, source).run(bundle)).immediate();
}

/**
 * The team hub's pull: records read from the hub, each checked alone, merged in the caller's
 * transaction. Unlike a file, a batch is not whole (a claim's article may have come in an earlier
 * sync), and one member's broken record (a claim using a tag the hub does not have) is skipped
 * and counted rather than stopping everyone's sync.
 */
export function mergeHubRecords(db: Db, records: Bundle, source: string): BundleImportReport & { skipped: number } {
  const merge = new Merge(db, source, true);
  return { ...merge.run(records), skipped: merge.skipped };
}

class Merge {
  private readonly now = nowIso();
  private readonly tagMap = new Map<string, string>();
  private readonly articleMap = new Map<string, string>();
  private readonly report: BundleImportReport = {
    articlesAdded: 0,
    articlesExisting: 0,
    annotationsAdded: 0,
    annotationsUpdated: 0,
    conflicts: 0,
    textsTaken: [],
    textsKept: [],
    collections: [],
  };

  skipped = 0;

  constructor(
    private readonly db: Db,
    private readonly source: string,
    private readonly partial = false,
  ) {}

  run(b: Bundle): BundleImportReport {
    for (const t of b.taxonomies) this.taxonomy(t);
    for (const a of b.articles) this.article(a);
    for (const a of b.annotations) this.annotation(a);
    for (const l of b.links) this.link(l);
    for (const c of b.collections) this.collection(c);
    return this.report;
  }

  /** Ours wins for taxonomies and tags we already have (by id, else by name); the rest are added. */
  private taxonomy(t: BundleTaxonomy): void {
    const db = this.db;
    let ours = sql(db, 'SELECT id FROM taxonomies WHERE id = ?').get(t.id) as { id: string } | undefined;
    ours ??= sql(db, 'SELECT id FROM taxonomies WHERE name = ? COLLATE NOCASE AND kind = ?').get(t.name, t.kind) as
      | { id: string }
      | undefined;
    if (!ours) {
      const position = (sql(db, 'SELECT coalesce(max(position), 0) + 1 AS p FROM taxonomies').get() as { p: number }).p;
      sql(db, 'INSERT INTO taxonomies (id, name, kind, builtin, position) VALUES (?, ?, ?, 0, ?)').run(t.id, t.name, t.kind, position);
      ours = { id: t.id };
    }
    for (const tag of t.tags) {
      const byId = sql(db, 'SELECT id FROM tags WHERE id = ?').get(tag.id) as { id: string } | undefined;
      const byName = byId ?? (sql(db, 'SELECT id FROM tags WHERE taxonomy_id = ? AND name = ? COLLATE NOCASE').get(ours.id, tag.name) as { id: string } | undefined);
      if (byName) {
        this.tagMap.set(tag.id, byName.id);
        continue;
      }
      const keyTaken = tag.key !== null && sql(db, 'SELECT 1 FROM tags WHERE key = ? AND removed_at IS NULL').get(tag.key);
      const position = (sql(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM tags WHERE taxonomy_id = ?').get(ours.id) as { p: number }).p;
      sql(db, 
        'INSERT INTO tags (id, taxonomy_id, name, description, color, key, position, rating_value, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(tag.id, ours.id, tag.name, tag.description, tag.color, keyTaken ? null : tag.key, position, tag.ratingValue, tag.removed ? this.now : null);
      this.tagMap.set(tag.id, tag.id);
    }
  }

  private tag(id: string, kind: 'status' | 'technique'): string {
    const ours = this.tagMap.get(id) ?? id;
    const row = sql(this.db, 'SELECT x.kind FROM tags t JOIN taxonomies x ON x.id = t.taxonomy_id WHERE t.id = ?').get(ours) as
      | { kind: string }
      | undefined;
    if (!row) throw new GlossError('parse_failed', { key: 'bundle.unknownTag', params: { id } });
    if (kind === 'status' && row.kind !== 'status') {
      throw new GlossError('parse_failed', { key: 'bundle.notStatus', params: { id } });
    }
    return ours;
  }

  /**
   * The same article is the same id, or the same text under another id. One in the trash comes
   * back when a file brings it, as importing its text again does: the person asked for it. (The
   * hub's pull leaves this library's trash as it is.)
   */
  private article(a: BundleArticle): void {
    const hash = contentHash(a.body);
    const existing = (sql(this.db, 'SELECT id, deleted_at, body, content_hash AS hash FROM articles WHERE id = ?').get(a.id) ??
      sql(this.db, 'SELECT id, deleted_at, body, content_hash AS hash FROM articles WHERE content_hash = ?').get(hash)) as
      | { id: string; deleted_at: string | null; body: string; hash: string }
      | undefined;
    if (existing) {
      if (existing.deleted_at !== null && !this.partial) sql(this.db, 'UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(this.now, existing.id);
      // The hub's pull takes corrections its own way (hub/texts.ts).
      if (existing.hash !== hash && !this.partial) {
        const text = mergeText(this.db, existing, a, hash);
        if (text === 'taken') this.report.textsTaken.push(a.title);
        if (text === 'kept') this.report.textsKept.push(a.title);
      }
      this.articleMap.set(a.id, existing.id);
      this.report.articlesExisting++;
      return;
    }
    sql(
      this.db,
      `INSERT INTO articles (id, title, outlet, author, published_at, source_url, language, direction, body, blocks,
           word_count, original_name, original_type, content_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
        a.id, a.title, a.outlet, a.author, a.publishedAt, a.sourceUrl, a.language, a.direction, a.body,
        JSON.stringify(a.blocks), a.wordCount, a.originalName, a.originalType, hash, a.createdAt, a.updatedAt,
      );
    rememberEarlierTexts(this.db, a.id, a.earlierTexts ?? []);
    this.articleMap.set(a.id, a.id);
    this.report.articlesAdded++;
  }

  private theirSnapshot(a: BundleAnnotation): Snapshot {
    return {
      statusTagId: a.statusTagId === null ? null : this.tag(a.statusTagId, 'status'),
      tagIds: [...new Set(a.tagIds.map((t) => this.tag(t, 'technique')))],
      note: a.note,
      evidence: a.evidence.map((e) => ({ ...e, id: this.evidenceId(e.id, a.id) })),
    };
  }

  /** Evidence keeps its id unless another annotation's evidence has it already. */
  private evidenceId(id: string, annotationId: string): string {
    const row = sql(this.db, 'SELECT annotation_id FROM evidence WHERE id = ?').get(id) as { annotation_id: string } | undefined;
    return !row || row.annotation_id === annotationId ? id : randomUUID();
  }

  private annotation(a: BundleAnnotation): void {
    const articleId = this.articleMap.get(a.articleId) ?? (this.partial ? this.localArticle(a.articleId) : undefined);
    let content: Snapshot;
    try {
      if (articleId === undefined) throw new GlossError('not_found', { key: 'bundle.articleMissing', params: { id: a.articleId } });
      content = this.theirSnapshot(a);
    } catch (e) {
      if (!this.partial || !(e instanceof GlossError)) throw e;
      this.skipped++;
      return;
    }
    const outcome = mergeAnnotation(this.db, { ...a, articleId, content, deleted: a.deletedAt !== null }, this.source);
    if (outcome === 'added') this.report.annotationsAdded++;
    if (outcome === 'updated') this.report.annotationsUpdated++;
    if (outcome === 'conflict') this.report.conflicts++;
  }

  private localArticle(id: string): string | undefined {
    return (sql(this.db, 'SELECT id FROM articles WHERE id = ?').get(id) as { id: string } | undefined)?.id;
  }

  private link(l: Bundle['links'][number]): void {
    const db = this.db;
    const live = sql(db, 'SELECT count(*) AS n FROM annotations WHERE id IN (?, ?) AND deleted_at IS NULL').get(l.fromId, l.toId) as { n: number };
    if (live.n < 2) return;
    if (sql(db, 'SELECT 1 FROM claim_links WHERE id = ?').get(l.id)) return;
    const twin = sql(
      db,
      'SELECT id FROM claim_links WHERE deleted_at IS NULL AND ((from_id = ? AND to_id = ?) OR (from_id = ? AND to_id = ?))',
    ).get(l.fromId, l.toId, l.toId, l.fromId) as { id: string } | undefined;
    // Two people linked the same pair before they met: every library keeps the link with the
    // smaller id and removes the other, so that removing the link removes it everywhere.
    if (twin && twin.id < l.id) return;
    if (twin) sql(db, 'UPDATE claim_links SET deleted_at = ? WHERE id = ?').run(this.now, twin.id);
    sql(db, 'INSERT INTO claim_links (id, from_id, to_id, relation, created_at) VALUES (?, ?, ?, ?, ?)').run(
      l.id, l.fromId, l.toId, l.relation, l.createdAt,
    );
  }

  /** The same collection is the same id, or a live one with the same name; its articles are added. */
  private collection(c: Bundle['collections'][number]): void {
    const db = this.db;
    let ours = (sql(db, 'SELECT id, name FROM collections WHERE id = ? AND deleted_at IS NULL').get(c.id) ??
      sql(db, 'SELECT id, name FROM collections WHERE name = ? COLLATE NOCASE AND deleted_at IS NULL').get(c.name)) as
      | { id: string; name: string }
      | undefined;
    if (!ours) {
      const idTaken = sql(db, 'SELECT 1 FROM collections WHERE id = ?').get(c.id);
      ours = { id: idTaken ? randomUUID() : c.id, name: c.name };
      sql(db, 'INSERT INTO collections (id, name, created_at) VALUES (?, ?, ?)').run(ours.id, ours.name, c.createdAt);
    }
    let position = (sql(db, 'SELECT coalesce(max(position), -1) + 1 AS p FROM collection_articles WHERE collection_id = ?').get(ours.id) as { p: number }).p;
    const add = sql(db, 'INSERT OR IGNORE INTO collection_articles (collection_id, article_id, position) VALUES (?, ?, ?)');
    for (const id of c.articleIds) {
      const articleId = this.articleMap.get(id) ?? this.localArticle(id);
      if (articleId !== undefined && add.run(ours.id, articleId, position).changes) position++;
    }
    this.report.collections.push(ours.name);
  }
}
