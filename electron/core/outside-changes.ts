// Changes made to the library by another process (the CLI, a second window): SQLite moves
// `PRAGMA data_version` when another connection commits, never for this connection's own
// writes. Polled, a move becomes library.changed for every part, and open windows reload.
import type { EventSink } from './api.js';
import type { Db } from './db.js';

const PARTS = ['articles', 'annotations', 'collections', 'taxonomies'] as const;

export function watchOutsideChanges(db: Db, emit: EventSink, everyMs = 1000): () => void {
  const version = () => db.pragma('data_version', { simple: true }) as number;
  let seen = version();
  const timer = setInterval(() => {
    const now = version();
    if (now === seen) return;
    seen = now;
    for (const what of PARTS) emit('library.changed', { what });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
