// Check-worthy sentences of one article: every sentence scored by the shipped model, with its
// reasons, whether the person dismissed it and whether a claim already covers it.
import type { ClaimSuggestion } from '../../../shared/model.js';
import { getArticle } from '../articles.js';
import { listAnnotations } from '../annotations/read.js';
import { nowIso, type Db } from '../db.js';
import { sql } from '../statements.js';
import { scoreSentence, type ClaimModel } from './claim-model.js';
import { reasonsOf } from './features.js';
import { articleSentences } from './sentences.js';

/** Every sentence in text order (`all`), or the ones that pass and are not dismissed, best first. */
export function suggestClaims(db: Db, model: ClaimModel, articleId: string, all = false): ClaimSuggestion[] {
  const article = getArticle(db, articleId);
  const claims = listAnnotations(db, articleId).filter((a) => !a.orphaned);
  const dismissed = new Set(
    (sql(db, 'SELECT sentence FROM suggestion_dismissals WHERE article_id = ?').all(articleId) as Array<{ sentence: string }>).map(
      (r) => r.sentence,
    ),
  );
  const scored = articleSentences(article.body, article.blocks).map((s): ClaimSuggestion => {
    const score = scoreSentence(model, s.text);
    return {
      articleId,
      ...s,
      score,
      passes: score >= model.threshold,
      reasons: reasonsOf(s.text),
      dismissed: dismissed.has(s.text),
      claimId: claims.find((a) => a.start < s.end && a.end > s.start)?.id ?? null,
    };
  });
  if (all) return scored;
  return scored.filter((s) => s.passes && !s.dismissed && !s.claimId).sort((a, b) => b.score - a.score);
}

export function dismissSuggestion(db: Db, articleId: string, sentence: string): void {
  getArticle(db, articleId);
  sql(db, 'INSERT OR IGNORE INTO suggestion_dismissals (article_id, sentence, created_at) VALUES (?, ?, ?)').run(
    articleId,
    sentence,
    nowIso(),
  );
}

/** Undoes a dismissal: the sentence is suggested again. */
export function restoreSuggestion(db: Db, articleId: string, sentence: string): void {
  sql(db, 'DELETE FROM suggestion_dismissals WHERE article_id = ? AND sentence = ?').run(articleId, sentence);
}
