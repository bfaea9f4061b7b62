// Putting prepared articles into the library: dedupe by content, batch inserts, progress.
// This is the hot path of a large import, so statements are prepared once per connection
// and a new article's summary is built from what was inserted rather than read back.
import { createHash, randomUUID } from 'node:crypto';
import type { ArticleSummary, ImportReport } from '../../shared/model.js';
import type { CoreContext } from './context.js';
import { nowIso, type Db } from './db.js';
import { GlossError } from './errors.js';
import { prepareFile, prepareText } from './import/index.js';
import type { PreparedArticle } from './import/types.js';
import { summariesByIds } from './summaries.js';

/** Files per transaction: large enough to amortise the commit (synchronous=FULL), small
 * enough that progress moves and other work on the connection is not held up for long. */
const BATCH = 200;
/** How many files are prepared at once; HTML goes to a worker, so a little overlap helps. */
const PREPARE_CONCURRENCY = 4;

export type InsertOutcome =
  | { kind: 'inserted'; summary: ArticleSummary }
  /** The same text was in the trash: importing it again brings it back. */
  | { kind: 'restored'; summary: ArticleSummary }
  | { kind: 'duplicate'; id: string; title: string };

export function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}

/** Runs of non-space characters: cheap, and what a reader means by words in most scripts. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 32 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      words++;
    }
  }
  return words;
}

interface Statements {
  byHash: { get(hash: string): { id: string; title: string; deleted_at: string | null } | undefined };
  insert: { run(...params: unknown[]): unknown };
  restore: { run(updatedAt: string, id: string): unknown };
  addToCollection: { run(collectionId: string, articleId: string, sameCollectionId: string): unknown };
  markImported: { run(at: string): unknown };
}

const statementCache = new WeakMap<Db, Statements>();

function statements(db: Db): Statements {
  let s = statementCache.get(db);
  if (!s) {
    s = {
      byHash: db.prepare('SELECT id, title, deleted_at FROM articles WHERE content_hash = ?') as Statements['byHash'],
      insert: db.prepare(
        `INSERT INTO articles (id, title, outlet, author, published_at, source_url, language, direction, body, blocks,
           word_count, original_name, original_type, original, content_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      restore: db.prepare('UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?'),
      addToCollection: db.prepare(
        `INSERT OR IGNORE INTO collection_articles (collection_id, article_id, position)
         VALUES (?, ?, (SELECT coalesce(max(position), -1) + 1 FROM collection_articles WHERE collection_id = ?))`,
      ),
      markImported: db.prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('first_import_at', ?)"),
    };
    statementCache.set(db, s);
  }
  return s;
}

/** Inserts one article unless the same text is already there; must run inside a transaction. */
function insertOne(db: Db, p: PreparedArticle, collectionId: string | undefined, now: string): InsertOutcome {
  const s = statements(db);
  const hash = contentHash(p.body);
  const existing = s.byHash.get(hash);
  if (existing) {
    if (collectionId) s.addToCollection.run(collectionId, existing.id, collectionId);
    if (existing.deleted_at === null) return { kind: 'duplicate', id: existing.id, title: existing.title };
    s.restore.run(now, existing.id);
    return { kind: 'restored', summary: summariesByIds(db, [existing.id])[0]! };
  }
  const id = randomUUID();
  const wordCount = countWords(p.body);
  const original = Buffer.from(p.original.buffer, p.original.byteOffset, p.original.byteLength);
  s.insert.run(
    id, p.title, p.outlet, p.author, p.publishedAt, p.sourceUrl, p.language, p.direction, p.body,
    JSON.stringify(p.blocks), wordCount, p.originalName, p.originalType, original, hash, now, now,
  );
  if (collectionId) s.addToCollection.run(collectionId, id, collectionId);
  s.markImported.run(now);
  return {
    kind: 'inserted',
    summary: {
      id,
      title: p.title,
      outlet: p.outlet,
      author: p.author,
      publishedAt: p.publishedAt,
      sourceUrl: p.sourceUrl,
      language: p.language,
      direction: p.direction,
      createdAt: now,
      updatedAt: now,
      wordCount,
      annotationCount: 0,
      statusCounts: {},
      collectionIds: collectionId ? [collectionId] : [],
    },
  };
}

/** Adds one prepared article (or finds its twin) in its own transaction. */
export function insertPrepared(ctx: CoreContext, prepared: PreparedArticle, collectionId?: string): InsertOutcome {
  return ctx.db.transaction(() => insertOne(ctx.db, prepared, collectionId, nowIso()))();
}

function recordOutcome(report: ImportReport, name: string, outcome: InsertOutcome): void {
  if (outcome.kind === 'duplicate') report.duplicates.push({ name, existingId: outcome.id, title: outcome.title });
  else report.imported.push(outcome.summary);
}

function failure(name: string, e: unknown): ImportReport['failed'][number] {
  if (e instanceof GlossError) return { name, code: e.code, message: e.message };
  return { name, code: 'internal', message: `${name} could not be imported: ${(e as Error)?.message ?? String(e)}` };
}

async function prepareAll(files: Array<{ name: string; dataBase64: string }>): Promise<PromiseSettledResult<PreparedArticle>[]> {
  const results: PromiseSettledResult<PreparedArticle>[] = [];
  for (let i = 0; i < files.length; i += PREPARE_CONCURRENCY) {
    const group = files.slice(i, i + PREPARE_CONCURRENCY);
    results.push(
      ...(await Promise.allSettled(group.map((f) => prepareFile(f.name, new Uint8Array(Buffer.from(f.dataBase64, 'base64')))))),
    );
  }
  return results;
}

/** articles.import: every file ends up in exactly one of imported, duplicates or failed. */
export async function importFiles(
  ctx: CoreContext,
  files: Array<{ name: string; dataBase64: string }>,
  collectionId?: string,
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const jobId = randomUUID();
  let done = 0;
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const prepared = await prepareAll(batch);
    ctx.db.transaction(() => {
      const now = nowIso();
      batch.forEach((file, i) => {
        const p = prepared[i]!;
        if (p.status === 'rejected') report.failed.push(failure(file.name, p.reason));
        else {
          try {
            recordOutcome(report, file.name, insertOne(ctx.db, p.value, collectionId, now));
          } catch (e) {
            report.failed.push(failure(file.name, e));
          }
        }
        ctx.emit('import.progress', { jobId, done: ++done, total: files.length, label: file.name });
      });
    })();
  }
  ctx.emit('library.changed', { what: 'articles' });
  return report;
}

/** articles.importText: pasted text, reported like a one-file import. */
export function importText(ctx: CoreContext, text: string, title?: string, collectionId?: string): ImportReport {
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const name = title?.trim() || 'Pasted text';
  try {
    recordOutcome(report, name, insertPrepared(ctx, prepareText(text, title), collectionId));
  } catch (e) {
    report.failed.push(failure(name, e));
  }
  ctx.emit('library.changed', { what: 'articles' });
  return report;
}
