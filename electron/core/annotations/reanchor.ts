// After an article's text is corrected: every annotation on it, live or in the trash (so that
// undo brings back a span that fits the new text), is found again or marked orphaned.
import type { TextCorrection } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { editMap, locate } from './anchoring.js';
import { quoteOf } from './quote.js';

interface Row {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  orphaned: number;
  deleted_at: string | null;
}

export interface ReanchorReport {
  anchored: number;
  moved: number;
  orphaned: number;
}

/**
 * Counts cover live annotations; those not left in place are also added to `notInPlace` when given. An orphan keeps its old quote (so a later correction can find
 * it again) and its old offsets, clamped to the new text.
 */
export function reanchorAnnotations(
  db: Db,
  articleId: string,
  oldBody: string,
  newBody: string,
  notInPlace?: TextCorrection['claims'],
): ReanchorReport {
  const report: ReanchorReport = { anchored: 0, moved: 0, orphaned: 0 };
  const map = editMap(oldBody, newBody);
  const rows = sql(db, 'SELECT id, start, "end", exact, prefix, suffix, orphaned, deleted_at FROM annotations WHERE article_id = ?')
    .all(articleId) as Row[];
  const update = sql(db, 
    `UPDATE annotations SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ?,
     updated_at = ?, revision = revision + 1 WHERE id = ?`,
  );
  const now = nowIso();
  db.transaction(() => {
    for (const row of rows) {
      const located = locate(newBody, row, map);
      // An orphan found again counts as moved: the reader shows it somewhere it did not before.
      const outcome = located.found === 'anchored' && row.orphaned === 1 ? 'moved' : located.found;
      if (row.deleted_at === null) {
        report[outcome]++;
        if (outcome !== 'anchored') notInPlace?.push({ id: row.id, exact: row.exact, outcome });
      }
      let next: Omit<Row, 'id' | 'deleted_at'>;
      if (located.found === 'orphaned') {
        const end = Math.min(row.end, newBody.length);
        next = { ...row, start: Math.min(row.start, end - 1), end, orphaned: 1 };
      } else {
        next = { start: located.start, end: located.end, ...quoteOf(newBody, located.start, located.end), orphaned: 0 };
      }
      const same = (Object.keys(next) as Array<keyof typeof next>).every((k) => next[k] === row[k]);
      if (!same) update.run(next.start, next.end, next.exact, next.prefix, next.suffix, next.orphaned, now, row.id);
    }
  }).immediate();
  return report;
}
