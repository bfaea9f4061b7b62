// Two people on a desk often import the same story before either has synced: the hub then
// brings an article whose text this library holds under another id. One library holds a text
// once, so the merge would match the two by text and keep ours apart: the team's changes to its
// details, its place in the trash and corrections of its text would never reach ours, and
// emptying the team's copy from the trash would leave ours behind.
//
// So ours takes the hub's id while no hub has ours yet and no assignment reads it: from then on
// the two are one article everywhere. One that a hub or an assignment knows keeps its id, and
// the merge matches the two by text as before.
import { contentHash } from '../article-import.js';
import type { Db } from '../db.js';
import { sql } from '../statements.js';

/** Renames, before a pull's merge, our articles that hold these texts under other ids; returns old id → hub id. */
export function adoptHubIds(db: Db, articles: Array<{ id: string; body: string }>): Record<string, string> {
  const byId = sql(db, 'SELECT 1 FROM articles WHERE id = ?');
  const byText = sql(db, 'SELECT id FROM articles WHERE content_hash = ?');
  const known = sql(
    db,
    `SELECT 1 WHERE EXISTS (SELECT 1 FROM hub_sent WHERE kind = 'article' AND id = @id)
        OR EXISTS (SELECT 1 FROM assignment_articles WHERE article_id = @id OR source_id = @id)
        OR EXISTS (SELECT 1 FROM assignment_claims WHERE article_id = @id)`,
  );
  const renamed = new Map<string, string>();
  const hubIds = new Set(articles.map((a) => a.id));
  // In id order, so that every library picks the same one when the hub holds the text twice
  // (the first takes it; the second finds it under a hub id, and the merge matches them by text).
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    if (byId.get(a.id)) continue;
    const ours = byText.get(contentHash(a.body)) as { id: string } | undefined;
    if (!ours || hubIds.has(ours.id) || known.get({ id: ours.id })) continue;
    renameArticle(db, ours.id, a.id);
    renamed.set(ours.id, a.id);
  }
  return Object.fromEntries(renamed);
}

/** Gives an article another id, with everything that names it. Runs inside the caller's transaction. */
function renameArticle(db: Db, from: string, to: string): void {
  // The rows that name it change one by one: their foreign keys are checked at the commit.
  db.pragma('defer_foreign_keys = ON');
  sql(db, 'UPDATE articles SET id = ? WHERE id = ?').run(to, from);
  // The claims' counts by status follow them (annotations_count_update). No hub has the article:
  // nothing in hub_texts or hub_text_conflicts names it.
  for (const table of ['annotations', 'collection_articles', 'suggestion_dismissals']) {
    sql(db, `UPDATE ${table} SET article_id = ? WHERE article_id = ?`).run(to, from);
  }
  // The article's own count came along with it, and the trigger added its claims again.
  sql(db, 'UPDATE articles SET claim_count = (SELECT count(*) FROM annotations WHERE article_id = @id AND deleted_at IS NULL) WHERE id = @id').run({ id: to });
}
