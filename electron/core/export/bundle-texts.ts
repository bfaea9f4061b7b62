// An exchange file's text of an article this library has under the same id, when the two texts
// differ: one side corrected it. Each library remembers the texts its articles had before
// (article_earlier_texts) and the file carries them, so a correction made since the text we
// have is taken (our claims re-anchored as by a local correction), a text we have corrected
// since is ignored, and two corrections of one text keep ours for the report to name.
import { replaceText } from '../articles.js';
import type { Db } from '../db.js';
import { sql } from '../statements.js';
import type { BundleArticle } from './bundle-format.js';

export type TextMerge = 'ours' | 'taken' | 'kept';

export function mergeText(db: Db, ours: { id: string; body: string; hash: string }, theirs: BundleArticle, theirHash: string): TextMerge {
  if (sql(db, 'SELECT 1 FROM article_earlier_texts WHERE article_id = ? AND content_hash = ?').get(ours.id, theirHash)) return 'ours';
  const sawOurs = theirs.earlierTexts?.includes(ours.hash) ?? false;
  // Another article here has their text already: two articles cannot share one.
  if (!sawOurs || sql(db, 'SELECT 1 FROM articles WHERE content_hash = ?').get(theirHash)) return 'kept';
  replaceText(db, ours.id, ours.body, theirs.body, theirs.blocks, theirHash);
  rememberEarlierTexts(db, ours.id, theirs.earlierTexts ?? []);
  return 'taken';
}

export function rememberEarlierTexts(db: Db, articleId: string, hashes: readonly string[]): void {
  const add = sql(db, 'INSERT OR IGNORE INTO article_earlier_texts (article_id, content_hash) VALUES (?, ?)');
  for (const hash of hashes) add.run(articleId, hash);
}
