// Writing the .gloss exchange file: a collection (or some articles) with their annotations,
// the links between them and the taxonomies they use, in a deterministic order so that the
// same library always gives the same file (but for exportedAt).
import type { Annotation } from '../../../shared/model.js';
import type { Db } from '../db.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleAnnotation } from './bundle-format.js';
import { slug } from './escape.js';
import { loadReportData, type ExportTarget } from './report-data.js';
import { knownVersions, rememberVersions, versionHash } from './versions.js';
import { httpUrl } from '../urls.js';
import { APP_VERSION } from '../version.js';

export function buildBundle(db: Db, target: ExportTarget, exportedAt = new Date().toISOString()): Bundle {
  const data = loadReportData(db, target);
  const annotations = data.articles.flatMap((a) => a.annotations);
  const inBundle = new Set(annotations.map((a) => a.id));
  const usedTags = new Set(annotations.flatMap((a) => [...a.tagIds, ...(a.statusTagId ? [a.statusTagId] : [])]));

  const bundleAnnotations = db.transaction(() =>
    annotations.map((a) => {
      rememberVersions(db, a.id, [versionHash(a)]);
      return toBundleAnnotation(a, knownVersions(db, a.id));
    }),
  ).immediate();

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
      .map((t) => ({
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
      })),
    articles: data.articles.map(({ article: a }) => ({
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
    })),
    annotations: bundleAnnotations,
    links,
  };
}

function toBundleAnnotation(a: Annotation, versions: string[]): BundleAnnotation {
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
    versions,
  };
}

export function exportBundle(db: Db, target: ExportTarget): { fileName: string; json: string } {
  const bundle = buildBundle(db, target);
  const title = bundle.collections[0]?.name ?? bundle.articles[0]?.title ?? 'gloss';
  return { fileName: `${slug(title)}.gloss`, json: JSON.stringify(bundle, null, 1) + '\n' };
}
