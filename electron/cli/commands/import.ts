import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { IMPORT_CALLS_IN_FLIGHT, inFlight } from '../../../shared/in-flight.js';
import { MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import type { BundleImportReport, ImportFailure, ImportReport } from '../../../shared/model.js';
import { defineCommand, type Call } from '../command.js';
import { GlossError } from '../../core/errors.js';
import { CliError } from '../errors.js';
import { fileFailureText, t } from '../i18n.js';
import { dateOnly, shortId, table, type Output } from '../output.js';
import { findCollection } from '../resolve.js';

// Files go to the core in batches so that memory stays flat however many are given.
const BATCH_FILES = 200;
const BATCH_BYTES = 50 * 1024 * 1024;
const SHOW_PROGRESS_FROM = 50;

type Encoded = { name: string; dataBase64: string };
type Batch = { files: Encoded[]; paths: Map<string, string>; failed: ImportFailure[] };

export const importCommand = defineCommand({
  name: 'import',
  get summary() {
    return t('cli:import.summary');
  },
  usage: ['import FILE... [--collection NAME] [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:import.help');
  },
  options: { collection: { type: 'string' } },
  positionals: [1, Infinity],
  async run({ values, positionals, out, call, onProgress }) {
    const bundles = positionals.filter((p) => p.toLowerCase().endsWith('.gloss'));
    const articles = positionals.filter((p) => !p.toLowerCase().endsWith('.gloss'));
    const report: ImportReport = { imported: [], duplicates: [], failed: [] };

    if (articles.length > 0) {
      const collectionId = values.collection ? await collectionIdFor(call, values.collection) : undefined;
      const progress = progressLine(out, articles.length);
      let before = 0;
      onProgress((done) => progress(before + done));
      // Calls in flight, as the page makes them: the core prepares a batch while it writes the one before.
      const answered = inFlight(batches(articles), IMPORT_CALLS_IN_FLIGHT, (batch) =>
        batch.files.length > 0 ? importBatch(call, batch.files, collectionId) : Promise.resolve(null),
      );
      for await (const [batch, part] of answered) {
        report.failed.push(...batch.failed);
        if (part) {
          report.imported.push(...part.imported);
          if (part.encodings) (report.encodings ??= []).push(...part.encodings.map((e) => ({ ...e, name: batch.paths.get(e.name) ?? e.name })));
          if (part.leftOut) (report.leftOut ??= []).push(...part.leftOut.map((l) => ({ ...l, name: batch.paths.get(l.name) ?? l.name })));
          report.duplicates.push(...part.duplicates.map((d) => ({ ...d, name: batch.paths.get(d.name) ?? d.name })));
          report.failed.push(...part.failed.map((f) => ({ ...f, name: batch.paths.get(f.name) ?? f.name })));
        }
        before += batch.files.length + batch.failed.length;
        progress(before);
      }
      onProgress(null);
      out.endProgress();
    }

    const bundleReports: Array<BundleImportReport & { name: string }> = [];
    for (const path of bundles) {
      try {
        const dataBase64 = readFileSync(path).toString('base64');
        bundleReports.push({ name: path, ...(await call('exports.importBundle', { name: basename(path), dataBase64 })) });
      } catch (e) {
        if (!(e instanceof CliError) && !isFsError(e)) throw e;
        report.failed.push(e instanceof CliError ? { name: path, ...e.error } : fsFailure(path, e));
      }
    }

    const order = new Map(positionals.map((p, i) => [p, i]));
    report.failed.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
    if (out.json) out.value(bundleReports.length ? { ...report, bundles: bundleReports } : report);
    else printReport(out, report, articles.length, bundleReports);
    return report.failed.length > 0 ? 1 : 0;
  },
});

async function collectionIdFor(call: Call, name: string): Promise<string> {
  const existing = await findCollection(call, name);
  return existing ? existing.id : (await call('collections.create', { name })).id;
}

/** One call for a batch; a refusal of the whole call (not of one file) fails its files. */
async function importBatch(call: Call, files: Encoded[], collectionId: string | undefined): Promise<ImportReport> {
  try {
    return await call('articles.import', collectionId ? { files, collectionId } : { files });
  } catch (e) {
    if (!(e instanceof CliError) || e.error.code === 'database') throw e;
    return { imported: [], duplicates: [], failed: files.map((f) => ({ name: f.name, ...e.error })) };
  }
}

// Files are read synchronously: ten thousand small reads through the thread pool, one after
// another, cost more in round trips than the reading itself.
function* batches(paths: string[]): Generator<Batch> {
  let batch: Batch = { files: [], paths: new Map(), failed: [] };
  let bytes = 0;
  for (const path of paths) {
    const file = readArticleFile(path);
    if ('message' in file) {
      batch.failed.push(file);
      continue;
    }
    if (batch.files.length >= BATCH_FILES || bytes + file.dataBase64.length > BATCH_BYTES) {
      yield batch;
      batch = { files: [], paths: new Map(), failed: [] };
      bytes = 0;
    }
    // The core sees the file's own name; reports show the path as given when that is unambiguous.
    batch.paths.set(file.name, batch.paths.has(file.name) ? file.name : path);
    batch.files.push(file);
    bytes += file.dataBase64.length;
  }
  if (batch.files.length > 0 || batch.failed.length > 0) yield batch;
}

function readArticleFile(path: string): Encoded | ImportFailure {
  try {
    const info = statSync(path);
    if (info.isDirectory()) return { name: path, ...new GlossError('unsupported_file', { key: 'cli.folder' }).toApiError() };
    if (info.size > MAX_IMPORT_BYTES) {
      const params = { size: Math.round((info.size / 1024 / 1024) * 10) / 10, max: MAX_IMPORT_BYTES / 1024 / 1024 };
      return { name: path, ...new GlossError('too_large', { key: 'cli.fileTooLarge', params }).toApiError() };
    }
    return { name: basename(path), dataBase64: readFileSync(path).toString('base64') };
  } catch (e) {
    if (!isFsError(e)) throw e;
    return fsFailure(path, e);
  }
}

function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && 'syscall' in e;
}

function fsFailure(path: string, e: NodeJS.ErrnoException): ImportFailure {
  const error =
    e.code === 'ENOENT'
      ? new GlossError('not_found', { key: 'cli.noSuchFile' })
      : e.code === 'EACCES'
        ? new GlossError('unsupported_file', { key: 'cli.permissionDenied' })
        : new GlossError('unsupported_file', { key: 'cli.cannotRead', params: { detail: e.message } });
  return { name: path, ...error.toApiError() };
}

/** A line that redraws on a terminal, and an occasional line in a log. */
function progressLine(out: Output, total: number): (done: number) => void {
  if (total < SHOW_PROGRESS_FROM) return () => {};
  const every = out.errTty ? 100 : 2000;
  let last = 0;
  let shown = -1;
  return (done) => {
    const now = Date.now();
    if (done === shown || (now - last < every && done < total)) return;
    last = now;
    shown = done;
    out.progress(t('cli:import.progress', { done, total }));
  };
}

function printReport(out: Output, report: ImportReport, articleFiles: number, bundles: Array<BundleImportReport & { name: string }>): void {
  const { imported, duplicates, failed } = report;
  if (imported.length > 0) {
    out.line(t('cli:import.imported', { count: imported.length }));
    for (const row of table(imported.map((a) => [`  ${shortId(a.id)}`, dateOnly(a.publishedAt), a.title]))) out.line(row);
  } else if (articleFiles > 0) {
    out.line(t('cli:import.importedNone'));
  }
  for (const e of report.encodings ?? []) out.line(`  ${t('cli:import.encoding', { name: e.name, encoding: e.encoding })}`);
  for (const l of report.leftOut ?? []) out.line(`  ${t('cli:import.leftOut', { name: l.name, comments: l.comments, struck: l.struck })}`);
  if (duplicates.length > 0) {
    out.line(t('cli:import.duplicates', { count: duplicates.length }));
    for (const row of table(duplicates.map((d) => [`  ${d.name}`, shortId(d.existingId), d.title]))) out.line(row);
  }
  for (const b of bundles) {
    const parts = [
      t('cli:import.bundleArticles', { added: b.articlesAdded, existing: b.articlesExisting }),
      t('cli:import.bundleAnnotations', { added: b.annotationsAdded, updated: b.annotationsUpdated }),
      b.conflicts && t('cli:import.bundleConflicts', { count: b.conflicts }),
      b.collections.length && t('cli:import.bundleCollections', { names: b.collections.join(', ') }),
    ].filter(Boolean);
    out.line(`${b.name}: ${parts.join('; ')}.`);
    for (const title of b.textsTaken) out.line(`  ${t('cli:import.bundleTextTaken', { title })}.`);
    for (const title of b.textsKept) out.line(`  ${t('cli:import.bundleTextKept', { title })}.`);
  }
  if (failed.length > 0) {
    out.warn(t('cli:import.failed', { count: failed.length }));
    for (const f of failed) out.warn(`  ${fileFailureText(f)}`);
  }
}
