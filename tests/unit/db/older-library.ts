// A library as an older Gloss left it, for the migrations' tests: written at the schema before a
// migration, then opened by this Gloss, which upgrades it.
import { loadMigrations, openDatabase, type Db, type Migration } from '../../../electron/core/db.js';

export const NOW = '2024-05-07T10:00:00.000Z';

/**
 * Writes the library `file` at the schema before the migration whose file name includes `name`,
 * with what `fill` puts in it; returns the migrations and that one's index.
 */
export async function libraryBefore(file: string, name: string, fill: (db: Db) => void): Promise<{ all: Migration[]; at: number }> {
  const all = loadMigrations();
  const at = all.findIndex((m) => m.name.includes(name));
  if (at < 1) throw new Error(`No migration after the first is named like ${name}`);
  const before = await openDatabase(file, { migrations: all.slice(0, at) });
  try {
    fill(before);
  } finally {
    before.close();
  }
  return { all, at };
}

/** An article row as every schema since the first takes it. */
export function insertArticle(db: Db, row: { id?: string; title?: string; direction?: 'ltr' | 'rtl'; body?: string; hash?: string } = {}): void {
  db.prepare(
    `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at)
     VALUES (?, ?, ?, ?, '[]', ?, ?, ?)`,
  ).run(row.id ?? 'a1', row.title ?? 'T', row.direction ?? 'ltr', row.body ?? 'Some text here.', row.hash ?? 'h', NOW, NOW);
}
