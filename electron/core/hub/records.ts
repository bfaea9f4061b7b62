// This library's records as the hub stores them (the exchange file's records), read for a
// sync: cheap summaries first (an article's details, a claim's clock) to find what changed
// since the hub last saw it, then whole records only for those, so that an incremental sync
// costs what changed, not the size of the library.
import type { Evidence } from '../../../shared/model.js';
import { parseClock, sortedClock } from '../annotations/clock.js';
import type { AnnotationRow } from '../annotations/read.js';
import { getArticle } from '../articles.js';
import { listCollections } from '../collections.js';
import type { Db } from '../db.js';
import type { Bundle, BundleAnnotation, BundleArticle, BundleTaxonomy } from '../export/bundle-format.js';
import { bundleArticle, bundleTaxonomy } from '../export/bundle.js';
import { sql } from '../statements.js';
import { listTaxonomies } from '../taxonomies/store.js';
import { httpUrl } from '../urls.js';

/** What of an article syncs after it first arrives: its details and whether it is in the trash. */
export interface ArticleDetails {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  language: string | null;
  direction: 'ltr' | 'rtl';
  deleted: boolean;
}

export const DETAIL_FIELDS = ['title', 'outlet', 'author', 'publishedAt', 'sourceUrl', 'language', 'direction', 'deleted'] as const;

/** The hub's article: the exchange record and whether it is in the trash. */
export type HubArticle = BundleArticle & { deleted: boolean };
/** The hub's link: the exchange record and when it was removed. */
export type HubLink = Bundle['links'][number] & { deletedAt: string | null };

/** Details in one key order, so that equal details are equal strings (the version hub_sent keeps). */
export function detailsVersion(d: ArticleDetails): string {
  return JSON.stringify(DETAIL_FIELDS.map((f) => d[f]));
}

export function parseDetailsVersion(version: string | undefined): ArticleDetails | null {
  if (!version?.startsWith('[')) return null;
  const values = JSON.parse(version) as unknown[];
  return Object.fromEntries(DETAIL_FIELDS.map((f, i) => [f, values[i]])) as unknown as ArticleDetails;
}

export function detailsOf(a: HubArticle): ArticleDetails {
  const { title, outlet, author, publishedAt, sourceUrl, language, direction, deleted } = a;
  return { title, outlet, author, publishedAt, sourceUrl, language, direction, deleted };
}

/** Every article's details, trashed ones too, by id. */
export function articleDetails(db: Db): Map<string, ArticleDetails> {
  const rows = sql(
    db,
    `SELECT id, title, outlet, author, published_at, source_url, language, direction, deleted_at IS NOT NULL AS deleted FROM articles`,
  ).all() as Array<{
    id: string;
    title: string;
    outlet: string | null;
    author: string | null;
    published_at: string | null;
    source_url: string | null;
    language: string | null;
    direction: 'ltr' | 'rtl';
    deleted: number;
  }>;
  return new Map(
    rows.map((r) => [
      r.id,
      {
        title: r.title,
        outlet: r.outlet,
        author: r.author,
        publishedAt: r.published_at,
        sourceUrl: r.source_url,
        language: r.language,
        direction: r.direction,
        deleted: r.deleted === 1,
      },
    ]),
  );
}

export function articleRecord(db: Db, id: string, deleted: boolean): HubArticle {
  return { ...bundleArticle(getArticle(db, id)), deleted };
}

/** Taxonomies with a tag some claim uses: what a claim sent to the hub may need. */
export function taxonomyRecords(db: Db): BundleTaxonomy[] {
  const used = new Set(
    (sql(db, 'SELECT tag_id AS id FROM annotation_tags UNION SELECT status_tag_id FROM annotations WHERE status_tag_id IS NOT NULL').all() as Array<{ id: string }>).map(
      (r) => r.id,
    ),
  );
  return listTaxonomies(db)
    .filter((t) => t.tags.some((tag) => used.has(tag.id)))
    .map(bundleTaxonomy);
}

export function collectionRecords(db: Db): Bundle['collections'] {
  return listCollections(db)
    .filter((c) => c.articleIds.length > 0)
    .map((c) => ({ id: c.id, name: c.name, createdAt: c.createdAt, articleIds: c.articleIds }));
}

export function linkRecords(db: Db): Array<HubLink & { live: boolean }> {
  const rows = sql(
    db,
    `SELECT l.id, l.from_id, l.to_id, l.relation, l.created_at, l.deleted_at,
            f.deleted_at IS NULL AND t.deleted_at IS NULL AND fa.deleted_at IS NULL AND ta.deleted_at IS NULL AS ends_live
       FROM claim_links l
       JOIN annotations f ON f.id = l.from_id JOIN articles fa ON fa.id = f.article_id
       JOIN annotations t ON t.id = l.to_id JOIN articles ta ON ta.id = t.article_id
      ORDER BY l.id`,
  ).all() as Array<{ id: string; from_id: string; to_id: string; relation: 'same-claim' | 'contradicts'; created_at: string; deleted_at: string | null; ends_live: number }>;
  return rows.map((r) => ({
    id: r.id,
    fromId: r.from_id,
    toId: r.to_id,
    relation: r.relation,
    createdAt: r.created_at,
    deletedAt: r.deleted_at,
    live: r.deleted_at === null && r.ends_live === 1,
  }));
}

export interface ClaimSummary {
  id: string;
  articleId: string;
  clock: string;
  deleted: boolean;
  createdBy: string | null;
}

/**
 * Claims whose clock is not the one the hub is known to hold, in articles the hub has or may
 * get (live here, or already sent): the candidates of a push.
 */
export function changedClaims(db: Db, hub: string): ClaimSummary[] {
  const rows = sql(
    db,
    `SELECT a.id, a.article_id, a.clock, a.deleted_at IS NOT NULL AS deleted, a.created_by FROM annotations a
       JOIN articles art ON art.id = a.article_id
       LEFT JOIN hub_sent s ON s.hub = ? AND s.kind = 'claim' AND s.id = a.id
      WHERE s.version IS NOT a.clock
        AND (art.deleted_at IS NULL OR EXISTS (SELECT 1 FROM hub_sent h WHERE h.hub = ? AND h.kind = 'article' AND h.id = art.id))
        AND NOT (a.deleted_at IS NOT NULL AND s.id IS NULL)`,
  ).all(hub, hub) as Array<{ id: string; article_id: string; clock: string; deleted: number; created_by: string | null }>;
  return rows.map((r) => ({ id: r.id, articleId: r.article_id, clock: r.clock, deleted: r.deleted === 1, createdBy: r.created_by }));
}

/** Whole claim records, live or deleted (a deletion travels with the claim's last content). */
export function claimRecords(db: Db, ids: string[]): BundleAnnotation[] {
  if (!ids.length) return [];
  const list = JSON.stringify(ids);
  const rows = sql(db, 'SELECT * FROM annotations WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id').all(list) as Array<AnnotationRow & { clock: string }>;
  const tags = group(
    sql(
      db,
      `SELECT at.annotation_id AS owner, at.tag_id AS value FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.annotation_id IN (SELECT value FROM json_each(?)) ORDER BY t.position, t.name`,
    ).all(list) as Array<{ owner: string; value: string }>,
  );
  const evidence = group(
    (
      sql(db, 'SELECT annotation_id, id, url, title, note FROM evidence WHERE annotation_id IN (SELECT value FROM json_each(?)) ORDER BY position').all(
        list,
      ) as Array<Evidence & { annotation_id: string }>
    ).map(({ annotation_id, ...e }) => ({ owner: annotation_id, value: httpUrl(e.url) ? e : { ...e, url: null } })),
  );
  return rows.map((r) => ({
    id: r.id,
    articleId: r.article_id,
    start: r.start,
    end: r.end,
    quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
    statusTagId: r.status_tag_id,
    tagIds: tags.get(r.id) ?? [],
    note: r.note,
    evidence: evidence.get(r.id) ?? [],
    orphaned: r.orphaned === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    revision: r.revision,
    clock: sortedClock(parseClock(r.clock)),
    deletedAt: r.deleted_at,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
  }));
}

function group<T>(rows: Array<{ owner: string; value: T }>): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const { owner, value } of rows) {
    const list = map.get(owner);
    if (list) list.push(value);
    else map.set(owner, [value]);
  }
  return map;
}
