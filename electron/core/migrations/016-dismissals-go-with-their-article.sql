-- A dismissed suggestion goes with its article when the article is deleted for good (the trash
-- emptied, or purged by the team hub). Without ON DELETE CASCADE, one dismissal in a trashed
-- article made emptying the trash fail on the foreign key, every time.
CREATE TABLE suggestion_dismissals_new (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  sentence TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (article_id, sentence)
) WITHOUT ROWID;
INSERT INTO suggestion_dismissals_new SELECT article_id, sentence, created_at FROM suggestion_dismissals;
DROP TABLE suggestion_dismissals;
ALTER TABLE suggestion_dismissals_new RENAME TO suggestion_dismissals;
