-- Sentences the claim finder suggested and the person dismissed, remembered per article by
-- their text: a corrected article moves offsets, but a dismissed sentence that survives the
-- correction word for word stays dismissed.
CREATE TABLE suggestion_dismissals (
  article_id TEXT NOT NULL REFERENCES articles(id),
  sentence TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, sentence)
) WITHOUT ROWID;
