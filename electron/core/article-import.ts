// Putting prepared articles into the library: dedupe by content, batch inserts, progress.
// This is the hot path of a large import, so statements come from the per-connection cache
// and a new article's summary is built from what was inserted rather than read back.
import { randomUUID } from 'node:crypto';
import type { ArticleSummary, ImportReport, LeftOut } from '../../shared/model.js';
import { appendToCollection } from './collections.js';
import type { CoreContext } from './context.js';
import { nowIso, type Db } from './db.js';
import { knownFailure } from './errors.js';
import { ORIGINAL_ENCODING } from './originals.js';
import { prepareText } from './import/index.js';
import { prepareShared } from './import/prepare-pool.js';
import { toStored, type FileToImport, type StoredArticle } from './import/stored.js';
import type { PreparedArticle } from './import/types.js';
import { sql } from './statements.js';
import { summariesByIds } from './summaries.js';

export { contentHash, countWords } from './import/stored.js';

/** Files per transaction: large enough to amortise the commit (synchronous=FULL), small
 * enough that progress moves and other work on the connection is not held up for long. */
const BATCH = 200;

export type InsertOutcome =
  | { kind: 'inserted'; summary: ArticleSummary }
  /** The same text was in the trash: importing it again brings it back. */
  | { kind: 'restored'; summary: ArticleSummary }
  | { kind: 'duplicate'; id: string; title: string };

const COLUMNS = `id, title, outlet, author, published_at, source_url, language, direction, body, blocks,
  word_count, original_name, original_type, content_hash, created_at, updated_at`;
const ROW_PLACEHOLDERS = `(${COLUMNS.split(',').map(() => '?').join(', ')})`;
/** Rows per INSERT statement: a whole batch, so that FTS5 writes the batch's index as one
 * segment (16 parameters a row, 3,200 a statement, far below SQLite's 32,766). */
const ROWS_PER_STATEMENT = BATCH;

const insertRowsSql = (n: number) => `INSERT INTO articles (${COLUMNS}) VALUES ${Array(n).fill(ROW_PLACEHOLDERS).join(', ')} RETURNING pk, id`;
const insertOriginalsSql = (n: number) => `INSERT INTO article_originals (article_pk, encoding, data) VALUES ${Array(n).fill(`(?, '${ORIGINAL_ENCODING}', ?)`).join(', ')}`;
const byHashSql = 'SELECT id, title, deleted_at FROM articles WHERE content_hash = ?';
const restoreSql = 'UPDATE articles SET deleted_at = NULL, updated_at = ? WHERE id = ?';
const markImportedSql = "INSERT OR IGNORE INTO meta (key, value) VALUES ('first_import_at', ?)";

type BatchOutcome = InsertOutcome | { kind: 'failed'; error: unknown };

interface NewRow {
  at: number;
  params: unknown[];
  originalCompressed: Buffer;
  summary: ArticleSummary;
}

/**
 * Adds prepared articles in order, each unless the same text is already there (in the library
 * or earlier in the batch); must run inside a transaction. New articles go in with multi-row
 * INSERTs: with the FTS trigger each INSERT statement opens a statement savepoint, at which
 * FTS5 writes its pending index to disk, so row-by-row inserts would write one tiny index
 * segment per article and spend a third of the import's CPU merging them.
 */
function insertBatch(db: Db, articles: StoredArticle[], collectionId: string | undefined, now: string): BatchOutcome[] {
  const outcomes: BatchOutcome[] = [];
  const fresh: NewRow[] = [];
  const inBatch = new Map<string, NewRow>();
  const twins: Array<{ at: number; of: NewRow }> = [];
  articles.forEach((p, at) => {
    try {
      classify(p, at);
    } catch (error) {
      outcomes[at] = { kind: 'failed', error };
    }
  });
  function classify(p: StoredArticle, at: number): void {
    const hash = p.contentHash;
    const twin = inBatch.get(hash);
    if (twin) {
      twins.push({ at, of: twin });
      return;
    }
    const existing = sql(db, byHashSql).get(hash) as { id: string; title: string; deleted_at: string | null } | undefined;
    if (existing) {
      if (existing.deleted_at === null) outcomes[at] = { kind: 'duplicate', id: existing.id, title: existing.title };
      else {
        sql(db, restoreSql).run(now, existing.id);
        outcomes[at] = { kind: 'restored', summary: summariesByIds(db, [existing.id])[0]! };
      }
      return;
    }
    const id = randomUUID();
    const { wordCount } = p;
    const row: NewRow = {
      at,
      params: [
        id, p.title, p.outlet, p.author, p.publishedAt, p.sourceUrl, p.language, p.direction, p.body,
        p.blocksJson, wordCount, p.originalName, p.originalType, hash, now, now,
      ],
      originalCompressed: p.originalCompressed,
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
    inBatch.set(hash, row);
    fresh.push(row);
  }
  for (let i = 0; i < fresh.length; i += ROWS_PER_STATEMENT) insertRows(db, fresh.slice(i, i + ROWS_PER_STATEMENT), outcomes);
  if (fresh.length > 0) sql(db, markImportedSql).run(now);
  for (const { at, of } of twins) {
    const first = outcomes[of.at]!;
    outcomes[at] = first.kind === 'failed' ? first : { kind: 'duplicate', id: of.summary.id, title: of.summary.title };
  }
  if (collectionId) {
    for (const o of outcomes) {
      const id = o.kind === 'duplicate' ? o.id : o.kind === 'failed' ? null : o.summary.id;
      if (id) appendToCollection(db, collectionId, id);
    }
  }
  return outcomes;
}

/**
 * One statement for all rows and one for their original files, together or not at all (a
 * savepoint inside the caller's transaction); if that fails, row by row, so that only the
 * offending file fails.
 */
function insertRows(db: Db, rows: NewRow[], outcomes: BatchOutcome[]): void {
  try {
    db.transaction(() => {
      const inserted = sql(db, insertRowsSql(rows.length)).all(...rows.flatMap((r) => r.params)) as Array<{ pk: number; id: string }>;
      const pks = new Map(inserted.map((r) => [r.id, r.pk]));
      sql(db, insertOriginalsSql(rows.length)).run(...rows.flatMap((r) => [pks.get(r.params[0] as string)!, r.originalCompressed]));
    }).immediate();
    for (const r of rows) outcomes[r.at] = { kind: 'inserted', summary: r.summary };
  } catch (e) {
    if (rows.length === 1) {
      outcomes[rows[0]!.at] = { kind: 'failed', error: e };
      return;
    }
    for (const r of rows) insertRows(db, [r], outcomes);
  }
}

/** Adds one prepared article (or finds its twin) in its own transaction. */
export function insertPrepared(ctx: CoreContext, prepared: PreparedArticle, collectionId?: string): InsertOutcome {
  const stored = toStored(prepared);
  const outcome = ctx.db.transaction(() => insertBatch(ctx.db, [stored], collectionId, nowIso())[0]!).immediate();
  if (outcome.kind === 'failed') throw outcome.error;
  return outcome;
}

function recordOutcome(report: ImportReport, name: string, outcome: InsertOutcome): void {
  if (outcome.kind === 'duplicate') report.duplicates.push({ name, existingId: outcome.id, title: outcome.title });
  else report.imported.push(outcome.summary);
}

/** UTF-8 is what every file is expected to be; anything else was detected, so the report says so. */
function noteEncoding(report: ImportReport, name: string, encoding: string | null): void {
  if (encoding === null || encoding === 'UTF-8') return;
  (report.encodings ??= []).push({ name, encoding });
}

/** A document's comments and struck-through text are not in its text: the report says how many, so the person knows to look at the original. */
function noteLeftOut(report: ImportReport, name: string, leftOut: LeftOut | undefined): void {
  if (leftOut) (report.leftOut ??= []).push({ name, ...leftOut });
}

function failure(name: string, e: unknown): ImportReport['failed'][number] {
  const known = knownFailure(e);
  if (known) return { name, ...known.toApiError() };
  return { name, code: 'internal', message: `${name} could not be imported: ${(e as Error)?.message ?? String(e)}` };
}

/**
 * The writing of each library's imports, in the order the calls arrived: a call's preparing
 * starts when it arrives, so that it overlaps the writing of the call before it (a page keeps
 * one batch in flight ahead), but its articles go in only after that call's, so nothing is
 * reordered and a duplicate of a file in the call before is found.
 */
const lastImport = new WeakMap<Db, Promise<unknown>>();

/** articles.import: every file ends up in exactly one of imported, duplicates or failed. */
export async function importFiles(
  ctx: CoreContext,
  files: FileToImport[],
  collectionId?: string,
): Promise<ImportReport> {
  const before = lastImport.get(ctx.db);
  const call = writeInTurn(ctx, files, collectionId, before);
  lastImport.set(ctx.db, call.catch(() => undefined));
  return call;
}

async function writeInTurn(ctx: CoreContext, files: FileToImport[], collectionId: string | undefined, before: Promise<unknown> | undefined): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const jobId = randomUUID();
  let done = 0;
  const batchAt = (start: number) => files.slice(start, start + BATCH);
  let preparing = prepareShared(batchAt(0));
  await before;
  // A write holds the thread, and a message is read only between tasks: the calls that came
  // while the call before was written are read now, so that their preparing starts before this
  // write and the helpers are not idle through it.
  if (before) await new Promise(setImmediate);
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = batchAt(start);
    const prepared = await preparing;
    // The helpers prepare the next batch while this one is written.
    if (start + BATCH < files.length) preparing = prepareShared(batchAt(start + BATCH));
    ctx.db.transaction(() => {
      const ready = prepared.flatMap((p) => (p.status === 'fulfilled' ? [p.value] : []));
      const outcomes = insertBatch(ctx.db, ready, collectionId, nowIso());
      let next = 0;
      batch.forEach((file, i) => {
        const p = prepared[i]!;
        if (p.status === 'rejected') report.failed.push(failure(file.name, p.reason));
        else {
          const outcome = outcomes[next++]!;
          if (outcome.kind === 'failed') report.failed.push(failure(file.name, outcome.error));
          else {
            recordOutcome(report, file.name, outcome);
            noteEncoding(report, file.name, p.value.encoding);
            noteLeftOut(report, file.name, p.value.leftOut);
          }
        }
      });
    }).immediate();
    // One event a batch: its files are written together, so events per file would come in one
    // burst, and cost the thread that writes a message each.
    done += batch.length;
    ctx.emit('import.progress', { jobId, done, total: files.length, label: batch.at(-1)!.name });
  }
  ctx.emit('library.changed', { what: 'articles', ids: report.imported.map((a) => a.id) });
  return report;
}

/** articles.importText: pasted text, reported like a one-file import. */
export async function importText(ctx: CoreContext, text: string, title?: string, collectionId?: string): Promise<ImportReport> {
  const report: ImportReport = { imported: [], duplicates: [], failed: [] };
  const name = title?.trim() || 'Pasted text';
  try {
    recordOutcome(report, name, insertPrepared(ctx, await prepareText(text, title), collectionId));
  } catch (e) {
    report.failed.push(failure(name, e));
  }
  ctx.emit('library.changed', { what: 'articles', ids: report.imported.map((a) => a.id) });
  return report;
}
