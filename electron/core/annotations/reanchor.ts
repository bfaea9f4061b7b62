// After an article's text is corrected: every annotation on it, live or in the trash (so that
// undo brings back a span that fits the new text), is found again or marked orphaned.
import type { ReanchorReport } from '../../../shared/model.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { align } from './alignment.js';
import { locate } from './anchoring.js';
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

/** An orphan keeps its old quote (so a later correction can find it again) and its old offsets, clamped to the new text. */
export function reanchorAnnotations(db: Db, articleId: string, oldBody: string, newBody: string): ReanchorReport {
  const report: ReanchorReport = { unchanged: 0, shifted: 0, refound: 0, orphaned: 0, claims: [] };
  const alignment = align(oldBody, newBody);
  const rows = sql(db, 'SELECT id, start, "end", exact, prefix, suffix, orphaned, deleted_at FROM annotations WHERE article_id = ? ORDER BY start, "end", id')
    .all(articleId) as Row[];
  const update = sql(db, 
    `UPDATE annotations SET start = ?, "end" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ?,
     updated_at = ?, revision = revision + 1 WHERE id = ?`,
  );
  const now = nowIso();
  db.transaction(() => {
    for (const row of rows) {
      const located = locate(alignment, row, row.orphaned === 1);
      let next: Omit<Row, 'id' | 'deleted_at'>;
      if (located.outcome === 'orphaned') {
        const end = Math.min(row.end, newBody.length);
        next = { ...row, start: Math.min(row.start, end - 1), end, orphaned: 1 };
      } else {
        next = { start: located.start, end: located.end, ...quoteOf(newBody, located.start, located.end), orphaned: 0 };
      }
      if (row.deleted_at === null) {
        report[located.outcome]++;
        const { exact, prefix, suffix } = next;
        report.claims.push({ id: row.id, outcome: located.outcome, start: next.start, end: next.end, quote: { exact, prefix, suffix } });
      }
      const same = (Object.keys(next) as Array<keyof typeof next>).every((k) => next[k] === row[k]);
      if (!same) update.run(next.start, next.end, next.exact, next.prefix, next.suffix, next.orphaned, now, row.id);
    }
  }).immediate();
  return report;
}
