// An article as the library stores it: the prepared text and metadata, and the original file
// compressed against the text (kept for provenance, rarely read; see docs/library.md).
import { compressOriginal } from '../originals.js';
import { prepareFile } from './index.js';
import type { PreparedArticle } from './types.js';

export type StoredArticle = Omit<PreparedArticle, 'original'> & { originalCompressed: Buffer };
export type FileToImport = { name: string; dataBase64: string };

/** Files read at once: HTML, PDF and Word wait on the parse worker, so a little overlap helps. */
const CONCURRENCY = 4;

export function toStored({ original, ...rest }: PreparedArticle): StoredArticle {
  return { ...rest, originalCompressed: compressOriginal(original, rest.body) };
}

/** Each file made ready to store, or the reason it cannot be, in order. */
export async function prepareToStore(files: FileToImport[]): Promise<PromiseSettledResult<StoredArticle>[]> {
  const results: PromiseSettledResult<StoredArticle>[] = [];
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    const group = files.slice(i, i + CONCURRENCY);
    results.push(...(await Promise.allSettled(group.map(async (f) => toStored(await prepareFile(f.name, new Uint8Array(Buffer.from(f.dataBase64, 'base64'))))))));
  }
  return results;
}
