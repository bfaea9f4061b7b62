// An article as the library stores it: the prepared text and metadata, its hash and word count,
// and the original file compressed against the text (kept for provenance, rarely read; see
// docs/library.md). All of it is pure work on one file, so it runs in the preparing helpers,
// and the thread that writes to the library only writes.
import { createHash } from 'node:crypto';
import { compressOriginal } from '../originals.js';
import { prepareFile } from './index.js';
import type { PreparedArticle } from './types.js';

/**
 * The blocks go as the JSON the row stores: the thread that prepares pays for the JSON, and the
 * thread that writes receives one string instead of copying an object per block out of a message.
 */
export type StoredArticle = Omit<PreparedArticle, 'original' | 'blocks'> & {
  blocksJson: string;
  originalCompressed: Buffer;
  contentHash: string;
  wordCount: number;
};
export type FileToImport = { name: string; dataBase64: string };

/** Files read at once: HTML, PDF and Word wait on the parse worker, so a little overlap helps. */
const CONCURRENCY = 4;

/** sha256 of the text's UTF-8 (given as the text or as those bytes: the same hash). */
export function contentHash(body: string | Uint8Array): string {
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

export function toStored({ original, blocks, ...rest }: PreparedArticle): StoredArticle {
  const utf8 = Buffer.from(rest.body, 'utf8'); // encoded once, for the hash and as the original's dictionary
  return {
    ...rest,
    blocksJson: JSON.stringify(blocks),
    originalCompressed: compressOriginal(original, utf8),
    contentHash: contentHash(utf8),
    wordCount: countWords(rest.body),
  };
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
