// The implementation of the API contract over the core: each domain module implements
// its namespace, and this is the one place they are put together.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, Events, MethodName } from '../../shared/contract/index.js';
import { annotationHandlers } from './annotations.js';
import { articleHandlers } from './articles.js';
import { classroomHandlers } from './classroom/index.js';
import { collectionHandlers } from './collections.js';
import type { CoreContext, Handlers } from './context.js';
import { openDatabase, type Db } from './db.js';
import { exportHandlers } from './export/index.js';
import { takeDailyBackup } from './backups.js';
import { healthHandlers, runCheck } from './health.js';
import { forgetUnclean, markClosed, markOpen } from './open-marker.js';
import { hubHandlers } from './hub.js';
import { finderHandlers } from './finder.js';
import { libraryHandlers } from './library.js';
import { profileHandlers } from './profile.js';
import { listHandlers } from './list.js';
import { searchHandlers } from './search.js';
import { tagHandlers, taxonomyHandlers, ensureBuiltinTaxonomies } from './taxonomies.js';
import { APP_VERSION } from './version.js';

export type Api = Handlers<MethodName>;

export function createApi(ctx: CoreContext): Api {
  return {
    ...libraryHandlers(ctx),
    ...articleHandlers(ctx),
    ...listHandlers(ctx),
    ...collectionHandlers(ctx),
    ...searchHandlers(ctx),
    ...annotationHandlers(ctx),
    ...taxonomyHandlers(ctx),
    ...tagHandlers(ctx),
    ...exportHandlers(ctx),
    ...profileHandlers(ctx),
    ...healthHandlers(ctx),
    ...hubHandlers(ctx),
    ...finderHandlers(ctx),
    ...classroomHandlers(ctx),
  };
}

export interface Core {
  api: Api;
  db: Db;
  ctx: CoreContext;
  close(): void;
}

export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

/**
 * Opens the library in dataDir (creating both if needed) and returns the API over it. The
 * first open of a day takes the day's backup; after an unclean shutdown a full check runs
 * once the opener has had its first turn, or as it closes if that is sooner (library.lastCheck
 * has the result).
 */
export async function openCore(
  dataDir: string,
  emit: EventSink = () => {},
  renderPdf?: CoreContext['renderPdf'],
): Promise<Core> {
  mkdirSync(dataDir, { recursive: true });
  // Marked before it is opened: opening may take minutes (an upgrade), and `gloss backup restore`
  // must not replace the file meanwhile.
  const unclean = markOpen(dataDir);
  let db: Db;
  try {
    db = await openDatabase(join(dataDir, 'library.sqlite'));
  } catch (e) {
    markClosed(dataDir);
    throw e;
  }
  const shut = () => {
    db.close();
    markClosed(dataDir);
  };
  try {
    ensureBuiltinTaxonomies(db);
    await takeDailyBackup(db, dataDir).catch((e: unknown) => console.error('[gloss] the daily backup failed:', e));
  } catch (e) {
    shut();
    throw e;
  }
  let checkDue = unclean.length > 0;
  const checkIfDue = () => {
    if (!checkDue || !db.open) return;
    checkDue = false;
    try {
      runCheck(db);
      forgetUnclean(dataDir, unclean);
    } catch (e) {
      console.error('[gloss] the check after an unclean shutdown failed:', e);
    }
  };
  if (checkDue) setImmediate(checkIfDue);
  // A command of the CLI may close before that turn comes: it checks as it closes.
  const close = () => {
    checkIfDue();
    shut();
  };
  const ctx: CoreContext = { db, dataDir, appVersion: APP_VERSION, emit, renderPdf };
  return { api: createApi(ctx), db, ctx, close };
}
