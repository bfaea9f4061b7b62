// The file each article came from, kept for provenance in its own table (gzip since migration
// 012; files stored before it, as they were) and read back only when someone asks for it.
import { gunzipSync } from 'node:zlib';
import type { Db } from './db.js';
import { GlossError, notFound } from './errors.js';

interface OriginalRow {
  original_name: string | null;
  original_type: string | null;
  encoding: 'gzip' | 'identity' | null;
  data: Buffer | null;
}

export function readOriginal(db: Db, id: string): { fileName: string | null; mimeType: string | null; dataBase64: string } {
  const row = db
    .prepare(
      `SELECT a.original_name, a.original_type, o.encoding, o.data
       FROM articles a LEFT JOIN article_originals o ON o.article_pk = a.pk WHERE a.id = ?`,
    )
    .get(id) as OriginalRow | undefined;
  if (!row) throw notFound('article', id);
  if (!row.data) throw new GlossError('not_found', `The article ${id} came from an exchange file or a hub, which carry the text but not the file it was imported from.`);
  const bytes = row.encoding === 'gzip' ? gunzipSync(row.data) : row.data;
  return { fileName: row.original_name, mimeType: row.original_type, dataBase64: bytes.toString('base64') };
}
