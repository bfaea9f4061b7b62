// The library's health as the API offers it: a full check, its last result, backups, and
// damaged articles put back from a backup.
import type { LibraryCheck } from '../../shared/model.js';
import { listBackups, restoreArticles, takeBackup } from './backups.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import type { Db } from './db.js';
import { checkLibrary } from './library-check.js';

const LAST_CHECK = 'last_check';

/** Runs a full check and keeps its result for library.lastCheck. */
export function runCheck(db: Db): LibraryCheck {
  const check = checkLibrary(db);
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(LAST_CHECK, JSON.stringify(check));
  return check;
}

function lastCheck(db: Db): LibraryCheck | null {
  const value = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(LAST_CHECK) as string | undefined;
  return value === undefined ? null : (JSON.parse(value) as LibraryCheck);
}

export function healthHandlers(ctx: CoreContext): Handlers<Namespaced<'library'> & ('library.check' | 'library.lastCheck')> & Handlers<Namespaced<'backups'>> {
  return {
    'library.check': () => runCheck(ctx.db),
    'library.lastCheck': () => lastCheck(ctx.db),
    'backups.list': () => listBackups(ctx.dataDir),
    'backups.create': () => takeBackup(ctx.db, ctx.dataDir),
    'backups.restoreArticles': ({ backupId, articleIds }) => {
      const result = restoreArticles(ctx.db, ctx.dataDir, backupId, articleIds);
      if (result.restored.length > 0) {
        // What was damaged is now whole: the last check no longer stands.
        runCheck(ctx.db);
        ctx.emit('library.changed', { what: 'articles' });
      }
      return result;
    },
  };
}
