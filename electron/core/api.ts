// The implementation of the API contract over the core: each domain module implements
// its namespace, and this is the one place they are put together.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventName, Events, MethodName } from '../../shared/contract/index.js';
import { annotationHandlers } from './annotations.js';
import { articleHandlers } from './articles.js';
import { collectionHandlers } from './collections.js';
import type { CoreContext, Handlers } from './context.js';
import { openDatabase, type Db } from './db.js';
import { exportHandlers } from './export/index.js';
import { libraryHandlers } from './library.js';
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
  };
}

export interface Core {
  api: Api;
  db: Db;
  ctx: CoreContext;
  close(): void;
}

export type EventSink = <E extends EventName>(event: E, payload: Events[E]) => void;

/** Opens the library in dataDir (creating both if needed) and returns the API over it. */
export async function openCore(
  dataDir: string,
  emit: EventSink = () => {},
  renderPdf?: CoreContext['renderPdf'],
): Promise<Core> {
  mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase(join(dataDir, 'library.sqlite'));
  ensureBuiltinTaxonomies(db);
  const ctx: CoreContext = { db, dataDir, appVersion: APP_VERSION, emit, renderPdf };
  return { api: createApi(ctx), db, ctx, close: () => db.close() };
}
