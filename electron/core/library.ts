// The library as a whole: what the first-run screen needs to know, and the demo library
// (resources/demo/) written for Gloss, loaded through the same import and annotation paths
// as a person's own files.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ImportReport, LibraryInfo } from '../../shared/model.js';
import { createAnnotation } from './annotations.js';
import { insertPrepared } from './article-import.js';
import { createCollection, findCollection } from './collections.js';
import type { CoreContext, Handlers } from './context.js';
import { nowIso, type Db } from './db.js';
import { GlossError } from './errors.js';
import { prepareFile } from './import/index.js';
import type { PreparedArticle } from './import/types.js';
import { findTag } from './taxonomies.js';

// Two levels up from here in the sources (electron/core/) and in the build (dist/electron/).
export const demoDir = fileURLToPath(new URL('../../resources/demo/', import.meta.url));

const demoScript = z.strictObject({
  event: z.string().min(1),
  annotations: z.array(
    z.strictObject({
      key: z.string().min(1),
      article: z.string().min(1),
      quote: z.string().min(1),
      occurrence: z.number().int().min(1).default(1),
      status: z.string().nullable(),
      tags: z.array(z.string()).default([]),
      note: z.string().default(''),
      evidence: z
        .array(z.strictObject({ url: z.string().url().nullable(), title: z.string(), note: z.string().default('') }))
        .default([]),
    }),
  ),
  links: z.array(z.strictObject({ from: z.string(), to: z.string(), relation: z.enum(['same-claim', 'contradicts']) })),
});

function meta(db: Db, key: string): string | null {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

export function libraryInfo(ctx: CoreContext): LibraryInfo {
  const { db } = ctx;
  const articleCount = db.prepare('SELECT count(*) FROM articles WHERE deleted_at IS NULL').pluck().get() as number;
  const demoLoaded = meta(db, 'demo_loaded_at') !== null;
  const everImported = meta(db, 'first_import_at') !== null || (db.prepare('SELECT 1 FROM articles LIMIT 1').get() !== undefined);
  return {
    version: ctx.appVersion,
    dataDir: ctx.dataDir,
    articleCount,
    firstRun: !everImported && !demoLoaded,
    demoLoaded,
  };
}

/** Index of the nth (1-based) occurrence of quote in body, or -1. */
function nthIndexOf(body: string, quote: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = body.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/**
 * Adds the demo articles to a collection "Demo: <event>", with their annotations and claim
 * links. Idempotent: articles already in the library are reported as duplicates, and only
 * articles added now get the sample annotations, so a second load adds nothing.
 */
export async function loadDemo(ctx: CoreContext, dir = demoDir): Promise<ImportReport> {
  const script = demoScript.parse(JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')));
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const prepared: Array<[string, PreparedArticle]> = [];
  for (const f of files) prepared.push([f, await prepareFile(f, new Uint8Array(readFileSync(join(dir, f))))]);

  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const { db } = ctx;
  db.transaction(() => {
    const collectionName = `Demo: ${script.event}`;
    const collection = findCollection(db, collectionName) ?? createCollection(ctx, collectionName);
    const added = new Map<string, { id: string; body: string }>();
    for (const [file, article] of prepared) {
      const outcome = insertPrepared(ctx, article, collection.id);
      if (outcome.kind === 'duplicate') report.duplicates.push({ name: file, existingId: outcome.id, title: outcome.title });
      else report.imported.push(outcome.summary);
      if (outcome.kind === 'inserted') added.set(file, { id: outcome.summary.id, body: article.body });
    }
    const annotationIds = new Map<string, string>();
    for (const a of script.annotations) {
      const article = added.get(a.article);
      if (!article) continue;
      const start = nthIndexOf(article.body, a.quote, a.occurrence);
      if (start < 0) throw new GlossError('internal', { key: 'library.demoQuote', params: { quote: a.quote, article: a.article } });
      const created = createAnnotation(ctx, {
        articleId: article.id,
        start,
        end: start + a.quote.length,
        statusTagId: a.status ? findTag(db, a.status, 'status').id : null,
        tagIds: a.tags.map((t) => findTag(db, t, 'technique').id),
        note: a.note,
        evidence: a.evidence,
      });
      annotationIds.set(a.key, created.id);
    }
    const link = db.prepare('INSERT INTO claim_links (id, from_id, to_id, relation, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const l of script.links) {
      const from = annotationIds.get(l.from);
      const to = annotationIds.get(l.to);
      if (from && to) link.run(randomUUID(), from, to, l.relation, nowIso());
    }
    // Loading the demo is not an edit of the person's: Ctrl+Z must not start taking it apart.
    db.prepare('DELETE FROM annotation_history WHERE annotation_id IN (SELECT value FROM json_each(?))').run(
      JSON.stringify([...annotationIds.values()]),
    );
    db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('demo_loaded_at', nowIso());
  }).immediate();
  ctx.emit('library.changed', { what: 'articles' });
  return report;
}

export function libraryHandlers(ctx: CoreContext): Handlers<'library.info' | 'library.loadDemo'> {
  return {
    'library.info': () => libraryInfo(ctx),
    'library.loadDemo': () => loadDemo(ctx),
  };
}
