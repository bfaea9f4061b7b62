// Files from a drop or a picker, read into base64 for the API, in batches that keep each
// request a reasonable size.
import { ARTICLE_EXTENSIONS } from '../../../shared/importFormats.js';
import { MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import { toBase64 } from '../api/base64.js';
import { i18n } from '../i18n.js';

/** An exchange file from another Gloss library, merged rather than imported as an article. */
export const EXCHANGE_EXTENSION = '.gloss';
export const ACCEPTED = [...ARTICLE_EXTENSIONS, EXCHANGE_EXTENSION];
const MAX_EXCHANGE_BYTES = 200 * 1024 * 1024;
const BATCH_BYTES = 8 * 1024 * 1024;
const BATCH_FILES = 25;

export interface ReadFile {
  name: string;
  dataBase64: string;
}

export interface Skipped {
  name: string;
  message: string;
}

async function readBase64(file: File): Promise<ReadFile> {
  return { name: file.name, dataBase64: toBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Reads the files, keeping back those that cannot be imported with the reason why. */
export async function readFiles(
  files: readonly File[],
): Promise<{ read: ReadFile[]; exchange: ReadFile[]; skipped: Skipped[] }> {
  const read: ReadFile[] = [];
  const exchange: ReadFile[] = [];
  const skipped: Skipped[] = [];
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (lower.endsWith(EXCHANGE_EXTENSION)) {
      if (file.size > MAX_EXCHANGE_BYTES) {
        skipped.push({ name: file.name, message: i18n.t('library:import.exchangeTooBig', { size: MAX_EXCHANGE_BYTES / 1024 / 1024 }) });
      } else {
        exchange.push(await readBase64(file));
      }
    } else if (!ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
      skipped.push({ name: file.name, message: i18n.t('library:import.notArticle') });
    } else if (file.size > MAX_IMPORT_BYTES) {
      skipped.push({ name: file.name, message: i18n.t('library:import.tooBig', { size: MAX_IMPORT_BYTES / 1024 / 1024 }) });
    } else {
      read.push(await readBase64(file));
    }
  }
  return { read, exchange, skipped };
}

export function batches(files: readonly ReadFile[]): ReadFile[][] {
  const out: ReadFile[][] = [];
  let current: ReadFile[] = [];
  let size = 0;
  for (const f of files) {
    if (current.length && (size + f.dataBase64.length > BATCH_BYTES || current.length >= BATCH_FILES)) {
      out.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.dataBase64.length;
  }
  if (current.length) out.push(current);
  return out;
}
