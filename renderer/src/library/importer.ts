// Importing files and pasted text: batches to the core, progress from its events, and one
// report of what came in, what was already there and what failed (with why).
import { IMPORT_CALLS_IN_FLIGHT, inFlight } from '../../../shared/in-flight.js';
import type { BundleImportReport, ImportReport } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { createStore } from '../api/store.js';
import { i18n } from '../i18n.js';
import { batches, readFiles, type ReadFile } from './files.js';

export interface ImportState {
  running: boolean;
  done: number;
  total: number;
  label: string;
  report: ImportReport | null;
  /** Exchange files merged in this run, with what each brought. */
  merged: Array<{ name: string; report: BundleImportReport }>;
}

export const importStore = createStore<ImportState>({ running: false, done: 0, total: 0, label: '', report: null, merged: [] });

const emptyReport = (): ImportReport => ({ imported: [], duplicates: [], failed: [] });

function merge(a: ImportReport, b: ImportReport): ImportReport {
  return {
    imported: [...a.imported, ...b.imported],
    duplicates: [...a.duplicates, ...b.duplicates],
    failed: [...a.failed, ...b.failed],
    encodings: [...(a.encodings ?? []), ...(b.encodings ?? [])],
    leftOut: [...(a.leftOut ?? []), ...(b.leftOut ?? [])],
  };
}

let doneBefore = 0;
gloss.events.onImportProgress((p) => {
  const s = importStore.get();
  if (s.running) importStore.set({ ...s, done: Math.min(s.total, doneBefore + p.done), label: p.label });
});

/** The person has begun to choose files (the picker opened, files dragged over the window): the core loads its HTML parser meanwhile. */
export function preloadImport(): void {
  void gloss.articles.preloadImport({});
}

export async function importFiles(files: readonly File[], collectionId?: string): Promise<ImportReport> {
  importStore.set({ running: true, done: 0, total: files.length, label: i18n.t('library:import.reading'), report: null, merged: [] });
  const { read, exchange, skipped } = await readFiles(files);
  let report: ImportReport = { ...emptyReport(), failed: skipped.map((s) => ({ name: s.name, code: 'unsupported_file', message: s.message })) };
  doneBefore = skipped.length;
  const send = (batch: ReadFile[]) => gloss.articles.import({ files: batch, ...(collectionId ? { collectionId } : {}) });
  for await (const [batch, result] of inFlight(batches(read), IMPORT_CALLS_IN_FLIGHT, send)) {
    report = result.ok
      ? merge(report, result.value)
      : merge(report, { ...emptyReport(), failed: batch.map((f) => ({ name: f.name, ...result.error })) });
    doneBefore += batch.length;
    importStore.set((s) => ({ ...s, done: doneBefore }));
  }
  const merged: ImportState['merged'] = [];
  for (const file of exchange) {
    importStore.set((s) => ({ ...s, label: file.name }));
    const result = await gloss.exports.importBundle(file);
    if (result.ok) merged.push({ name: file.name, report: result.value });
    else report = merge(report, { ...emptyReport(), failed: [{ name: file.name, ...result.error }] });
    doneBefore += 1;
    importStore.set((s) => ({ ...s, done: doneBefore }));
  }
  importStore.set({ running: false, done: files.length, total: files.length, label: '', report, merged });
  return report;
}

export async function importText(text: string, title: string): Promise<boolean> {
  const result = await gloss.articles.importText({ text, ...(title.trim() ? { title: title.trim() } : {}) });
  const report = result.ok ? result.value : { ...emptyReport(), failed: [{ name: title || i18n.t('library:import.pasted'), ...result.error }] };
  importStore.set({ running: false, done: 1, total: 1, label: '', report, merged: [] });
  return result.ok && report.failed.length === 0;
}

export function dismissReport(): void {
  importStore.set((s) => ({ ...s, report: null }));
}
