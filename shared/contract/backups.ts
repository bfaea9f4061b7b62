import { z } from 'zod';
import type { BackupInfo, LibraryCheck } from '../model.js';
import { empty, id, method } from './define.js';

const backupId = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a backup id: its day, YYYY-MM-DD');

export const backupMethods = {
  /** A full check now: SQLite's integrity_check and every article's text against its hash. */
  'library.check': method<LibraryCheck>()(empty),
  /** The last full check (run by library.check, or in the background after an unclean shutdown). */
  'library.lastCheck': method<LibraryCheck | null>()(empty),
  /** Newest first. */
  'backups.list': method<BackupInfo[]>()(empty),
  /** A backup now, replacing today's. */
  'backups.create': method<BackupInfo>()(empty),
  /** Puts articles back as they are in a backup (text and metadata; annotations stay). */
  'backups.restoreArticles': method<{ restored: string[]; notRestored: string[] }>()(
    z.strictObject({ backupId, articleIds: z.array(id).min(1).max(100_000) }),
  ),
} as const;
