// The file each article came from, kept for provenance in its own table and read back only when
// someone asks for it. Stored compressed against the article's text (see migration 014): the
// text is most of a text, Markdown or HTML file, so what is left to store is mostly markup.
import { deflateSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Db } from './db.js';
import { GlossError, notFound } from './errors.js';

export const ORIGINAL_ENCODING = 'zlib-text-dict';
/**
 * zlib's fastest levels (1–3) skip lazy matching, which buys little here: against its own text
 * as the dictionary a file is nearly all long matches. On the bench's generated files level 3
 * took about half the time of the default 6 for 129 bytes a file instead of 126.
 */
const LEVEL = 3;

/**
 * The original compressed with the text as zlib's preset dictionary (only its last 32 KB can
 * help; a longer text still compresses like plain deflate). zlib's header names the
 * dictionary's checksum and its trailer the data's, so a wrong dictionary or damaged bytes fail
 * loudly instead of giving back another file. The text comes as its UTF-8 (what dictionaryOf
 * gives), which the caller has encoded already for the text's hash.
 */
export function compressOriginal(original: Uint8Array, textUtf8: Buffer): Buffer {
  return deflateSync(original, { dictionary: textUtf8, level: LEVEL });
}

function dictionaryOf(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

interface OriginalRow {
  original_name: string | null;
  original_type: string | null;
  encoding: typeof ORIGINAL_ENCODING | 'gzip' | 'identity' | null;
  data: Buffer | null;
  /** The text the original was compressed against: the article's own unless corrected since. */
  dictionary: string;
}

function decode(row: OriginalRow & { data: Buffer }): Buffer {
  switch (row.encoding) {
    case ORIGINAL_ENCODING:
      return inflateSync(row.data, { dictionary: dictionaryOf(row.dictionary) });
    case 'gzip':
      return gunzipSync(row.data);
    default:
      return row.data;
  }
}

export function readOriginal(db: Db, id: string): { fileName: string | null; mimeType: string | null; dataBase64: string } {
  const row = db
    .prepare(
      `SELECT a.original_name, a.original_type, o.encoding, o.data, coalesce(o.dictionary, a.body) AS dictionary
       FROM articles a LEFT JOIN article_originals o ON o.article_pk = a.pk WHERE a.id = ?`,
    )
    .get(id) as OriginalRow | undefined;
  if (!row) throw notFound('article', id);
  if (!row.data) throw new GlossError('not_found', { key: 'articles.noOriginal', params: { id } });
  let bytes: Buffer;
  try {
    bytes = decode(row as OriginalRow & { data: Buffer });
  } catch (e) {
    throw new GlossError('internal', { key: 'articles.originalDamaged', params: { id, detail: (e as Error).message } });
  }
  return { fileName: row.original_name, mimeType: row.original_type, dataBase64: bytes.toString('base64') };
}
