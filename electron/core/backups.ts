// Rolling backups of the library in <data folder>/backups: one a day for a week, then one a
// week for a month, within a size cap; and putting damaged articles back from one of them.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/model.js';
import { reanchorAnnotations } from './annotations.js';
import { contentHash } from './article-import.js';
import type { Db } from './db.js';
import { GlossError } from './errors.js';

export const BACKUPS_FOLDER = 'backups';
const DAILY_FOR_DAYS = 7;
const WEEKLY_FOR_DAYS = 31;
/** Backups past this total are dropped, oldest first; the newest is always kept. */
export const BACKUP_CAP_BYTES = 2 * 1024 ** 3;

const NAME = /^library-(\d{4}-\d{2}-\d{2})\.sqlite$/;
const DAY_MS = 86_400_000;

export const backupsDir = (dataDir: string) => join(dataDir, BACKUPS_FOLDER);
const backupFile = (dataDir: string, id: string) => join(backupsDir(dataDir), `library-${id}.sqlite`);

/** Newest first. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((name) => {
      const id = NAME.exec(name)?.[1];
      if (!id) return [];
      // Another Gloss pruning at the same moment may have removed it since the folder was read.
      const stat = statSync(join(dir, name), { throwIfNoEntry: false });
      return stat ? [{ id, takenAt: stat.mtime.toISOString(), bytes: stat.size }] : [];
    })
    .sort((a, b) => b.id.localeCompare(a.id));
}

/** Which backups the policy keeps on `today`: every one of the last week, the newest of each
 * week of the month before, none older; then, newest first, as many as fit in `capBytes`. */
export function backupsToKeep(backups: BackupInfo[], today: string, capBytes = BACKUP_CAP_BYTES): Set<string> {
  const day = (id: string) => Math.floor(Date.parse(`${id}T00:00:00Z`) / DAY_MS);
  const now = day(today);
  const weeksSeen = new Set<number>();
  const kept: BackupInfo[] = [];
  for (const b of [...backups].sort((x, y) => y.id.localeCompare(x.id))) {
    const age = now - day(b.id);
    if (age < DAILY_FOR_DAYS) kept.push(b);
    else if (age < WEEKLY_FOR_DAYS + DAILY_FOR_DAYS) {
      const week = Math.floor(age / 7);
      if (!weeksSeen.has(week)) kept.push(b);
      weeksSeen.add(week);
    }
  }
  let total = 0;
  return new Set(kept.filter((b, i) => (total += b.bytes) <= capBytes || i === 0).map((b) => b.id));
}

/** Takes today's backup unless there is one (or the library has no articles yet), then prunes. */
export async function takeDailyBackup(db: Db, dataDir: string, now = new Date()): Promise<BackupInfo | null> {
  const today = now.toISOString().slice(0, 10);
  if (existsSync(backupFile(dataDir, today))) return null;
  if (db.prepare('SELECT 1 FROM articles LIMIT 1').get() === undefined) return null;
  return takeBackup(db, dataDir, now);
}

/** A backup now (replacing today's), then the policy applied to the others. */
export async function takeBackup(db: Db, dataDir: string, now = new Date()): Promise<BackupInfo> {
  const today = now.toISOString().slice(0, 10);
  mkdirSync(backupsDir(dataDir), { recursive: true });
  const target = backupFile(dataDir, today);
  // Written beside and renamed, so that a backup cut short never passes for a whole one. The
  // name is this backup's own: another Gloss may be writing today's at the same moment, and
  // SQLite's backup, finding a file locked at its first step, reports itself done.
  const part = `${target}.${randomUUID()}.part`;
  try {
    await db.backup(part);
    renameSync(part, target);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
  const all = listBackups(dataDir);
  const keep = backupsToKeep(all, today);
  for (const b of all) if (!keep.has(b.id)) rmSync(backupFile(dataDir, b.id), { force: true });
  return all.find((b) => b.id === today)!;
}

export function requireBackup(dataDir: string, id: string): string {
  const file = backupFile(dataDir, id);
  if (!NAME.test(`library-${id}.sqlite`) || !existsSync(file)) {
    throw new GlossError('not_found', { key: 'backup.notFound', params: { id } });
  }
  return file;
}

const restoredColumns = [
  'title', 'outlet', 'author', 'published_at', 'source_url', 'language', 'direction', 'body', 'blocks',
  'word_count', 'original_name', 'original_type', 'content_hash',
];

/**
 * Puts the given articles back as they are in a backup: their text and metadata (annotations
 * and later edits elsewhere in the library stay, their claims following the text put back). An
 * article the backup lacks or holds damaged too, one no longer in the library, and one whose
 * text in the backup another article holds now (a library holds a text once) are reported as not
 * restored. The search index is rebuilt after.
 */
export function restoreArticles(db: Db, dataDir: string, backupId: string, articleIds: string[]): { restored: string[]; notRestored: string[] } {
  const file = requireBackup(dataDir, backupId);
  db.prepare('ATTACH DATABASE ? AS backup').run(file);
  try {
    const read = db.prepare(`SELECT ${restoredColumns.join(', ')} FROM backup.articles WHERE id = ?`);
    const current = db.prepare('SELECT body FROM main.articles WHERE id = ?');
    const taken = db.prepare('SELECT 1 FROM main.articles WHERE content_hash = ? AND id <> ?');
    const write = db.prepare(`UPDATE main.articles SET ${restoredColumns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
    return db
      .transaction(() => {
        const restored: string[] = [];
        const notRestored: string[] = [];
        for (const id of articleIds) {
          const row = read.get(id) as Record<string, unknown> | undefined;
          const now = current.get(id) as { body: string } | undefined;
          const body = row?.body as string;
          if (!row || !now || contentHash(body) !== row.content_hash || taken.get(row.content_hash, id)) {
            notRestored.push(id);
            continue;
          }
          write.run(...restoredColumns.map((c) => row[c]), id);
          if (!claimsFit(db, id, body)) reanchorAnnotations(db, id, now.body, body);
          restored.push(id);
        }
        // The damaged text went into the index as it was read; rebuild it from the table.
        if (restored.length > 0) db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')").run();
        return { restored, notRestored };
      })
      .immediate();
  } finally {
    db.prepare('DETACH DATABASE backup').run();
  }
}

/**
 * Whether every claim placed on the article reads its quote in `body`: then they were placed on
 * that text (the text damaged since), and nothing moves. Else they were placed on the text as it
 * is now (corrected since the backup), and follow the text put back as after a correction.
 */
function claimsFit(db: Db, articleId: string, body: string): boolean {
  const claims = db.prepare('SELECT start, "end", exact FROM annotations WHERE article_id = ? AND NOT orphaned').all(articleId) as Array<{
    start: number;
    end: number;
    exact: string;
  }>;
  return claims.every((c) => body.slice(c.start, c.end) === c.exact);
}

/**
 * Replaces the whole library with a backup; the library must be closed. The file it replaces
 * is kept beside it (library.sqlite.replaced-<time>, with its WAL), so nothing is lost. The
 * backup is copied before the library is moved aside: a Gloss starting during the copy (of a
 * large library, seconds) finds the library it had, not an empty place where it makes a new one.
 */
export function restoreLibraryFile(dataDir: string, backupId: string): { keptAs: string } {
  const source = requireBackup(dataDir, backupId);
  const library = join(dataDir, 'library.sqlite');
  const keptAs = `${library}.replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const part = `${library}.part`;
  try {
    copyFileSync(source, part);
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(library + suffix)) renameSync(library + suffix, keptAs + suffix);
    renameSync(part, library);
  } catch (e) {
    rmSync(part, { force: true });
    throw e;
  }
  return { keptAs };
}
