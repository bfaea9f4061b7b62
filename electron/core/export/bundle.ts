// Writing the .gloss exchange file: a collection (or some articles) with their annotations,
// the links between them, the taxonomies they use and the deletions of their annotations, in a deterministic order so that the
// same library always gives the same file (but for exportedAt).
import type { Annotation, Article, Taxonomy } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleAnnotation, type BundleArticle, type BundleTaxonomy } from './bundle-format.js';
import { slug } from './escape.js';
import { loadReportData, type ExportTarget } from './report-data.js';
import { httpUrl } from '../urls.js';
import { parseClock, sortedClock, type Clock } from '../annotations/clock.js';
import { trashedSnapshotOf } from '../annotations/snapshot.js';
import { APP_VERSION } from '../version.js';

export function buildBundle(db: Db, target: ExportTarget, exportedAt = new Date().toISOString()): Bundle {
  const data = loadReportData(db, target);
  const annotations = data.articles.flatMap((a) => a.annotations);
  const inBundle = new Set(annotations.map((a) => a.id));
  const merge = mergeFields(db, data.articles.map((a) => a.article.id));
  const bundleAnnotations = [
    ...annotations.map((a) => toBundleAnnotation(a, merge.get(a.id)!)),
    ...deletedAnnotations(db, data.articles.map((a) => a.article.id), merge),
  ];
  const usedTags = new Set(bundleAnnotations.flatMap((a) => [...a.tagIds, ...(a.statusTagId ? [a.statusTagId] : [])]));

  const links = (
    db
      .prepare(
        `SELECT id, from_id, to_id, relation, created_at FROM claim_links
          WHERE deleted_at IS NULL AND from_id IN (SELECT value FROM json_each(?)) AND to_id IN (SELECT value FROM json_each(?))
          ORDER BY id`,
      )
      .all(JSON.stringify([...inBundle]), JSON.stringify([...inBundle])) as Array<{ id: string; from_id: string; to_id: string; relation: 'same-claim' | 'contradicts'; created_at: string }>
  ).map((l) => ({ id: l.id, fromId: l.from_id, toId: l.to_id, relation: l.relation, createdAt: l.created_at }));

  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt,
    generator: `Gloss ${APP_VERSION}`,
    collections: data.collection
      ? [{ id: data.collection.id, name: data.collection.name, createdAt: data.collection.createdAt, articleIds: data.collection.articleIds }]
      : [],
    taxonomies: data.taxonomies
      .filter((t) => t.tags.some((tag) => usedTags.has(tag.id)))
      .map(bundleTaxonomy),
    articles: data.articles.map(({ article }) => ({ ...bundleArticle(article), earlierTexts: earlierTexts(db, article.id) })),
    annotations: bundleAnnotations,
    links,
  };
}

/** A taxonomy as the exchange file carries it (also the content of a classroom assignment). */
export function bundleTaxonomy(t: Taxonomy): BundleTaxonomy {
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    tags: t.tags.map((tag) => ({
      id: tag.id,
      name: tag.name,
      description: tag.description,
      color: tag.color,
      key: tag.key,
      ratingValue: tag.ratingValue,
      removed: tag.removed,
    })),
  };
}

/** An article as the exchange file carries it (also the content of a classroom assignment). */
export function bundleArticle(a: Article): BundleArticle {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    publishedAt: a.publishedAt,
    sourceUrl: a.sourceUrl,
    language: a.language,
    direction: a.direction,
    body: a.body,
    blocks: a.blocks,
    wordCount: a.wordCount,
    contentHash: a.contentHash,
    originalName: a.originalName,
    originalType: a.originalType,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

/** The hashes of the texts an article had before its corrections, for the merge at the other end. */
export function earlierTexts(db: Db, articleId: string): string[] {
  return (
    db.prepare('SELECT content_hash FROM article_earlier_texts WHERE article_id = ? ORDER BY content_hash').all(articleId) as Array<{ content_hash: string }>
  ).map((r) => r.content_hash);
}

interface MergeFields {
  clock: Clock;
  deletedAt: string | null;
  createdBy: string | null;
  updatedBy: string | null;
}

/** What the merge at the other end needs beside the content: clocks, deletions, authors. */
function mergeFields(db: Db, articleIds: string[]): Map<string, MergeFields> {
  const rows = db
    .prepare(
      `SELECT id, clock, deleted_at, created_by, updated_by FROM annotations
        WHERE article_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(articleIds)) as Array<{ id: string; clock: string; deleted_at: string | null; created_by: string | null; updated_by: string | null }>;
  return new Map(
    rows.map((r) => [r.id, { clock: sortedClock(parseClock(r.clock)), deletedAt: r.deleted_at, createdBy: r.created_by, updatedBy: r.updated_by }]),
  );
}

/** Deletions travel as the annotation's last content with its deletion time, in id order. */
function deletedAnnotations(db: Db, articleIds: string[], merge: Map<string, MergeFields>): BundleAnnotation[] {
  const rows = db
    .prepare(
      `SELECT id, article_id, start, "end", exact, prefix, suffix, orphaned, revision, created_at, updated_at FROM annotations
        WHERE deleted_at IS NOT NULL AND article_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(JSON.stringify(articleIds)) as Array<{
    id: string;
    article_id: string;
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
    orphaned: number;
    revision: number;
    created_at: string;
    updated_at: string;
  }>;
  return rows.map((r) =>
    toBundleAnnotation(
      {
        ...trashedSnapshotOf(db, r.id),
        id: r.id,
        articleId: r.article_id,
        start: r.start,
        end: r.end,
        quote: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
        orphaned: r.orphaned === 1,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
        revision: r.revision,
      },
      merge.get(r.id)!,
    ),
  );
}

type AnnotationFields = Pick<
  Annotation,
  'id' | 'articleId' | 'start' | 'end' | 'quote' | 'statusTagId' | 'tagIds' | 'note' | 'evidence' | 'orphaned' | 'createdAt' | 'updatedAt' | 'revision'
>;

function toBundleAnnotation(a: AnnotationFields, merge: MergeFields): BundleAnnotation {
  return {
    id: a.id,
    articleId: a.articleId,
    start: a.start,
    end: a.end,
    quote: a.quote,
    statusTagId: a.statusTagId,
    tagIds: a.tagIds,
    note: a.note,
    evidence: a.evidence.map((e) => (httpUrl(e.url) ? e : { ...e, url: null })),
    orphaned: a.orphaned,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    revision: a.revision,
    ...merge,
  };
}

export function exportBundle(db: Db, target: ExportTarget): { fileName: string; json: string } {
  const bundle = buildBundle(db, target);
  const title = bundle.collections[0]?.name ?? bundle.articles[0]?.title ?? 'gloss';
  return { fileName: `${slug(title)}.gloss`, json: JSON.stringify(bundle, null, 1) + '\n' };
}
