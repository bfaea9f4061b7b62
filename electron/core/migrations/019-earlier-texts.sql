-- The texts an article had before its corrections, by hash. An exchange file carries them, so
-- that a library receiving another text of an article it has can tell a correction made since
-- its own text (take it) from its own correction made since theirs (keep it), or from two
-- corrections of one text (keep ours and say so). Recorded by every path that changes a text.
CREATE TABLE article_earlier_texts (
  article_id    TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  content_hash  TEXT NOT NULL,
  PRIMARY KEY (article_id, content_hash)
) WITHOUT ROWID;

CREATE TRIGGER article_text_corrected AFTER UPDATE OF content_hash ON articles WHEN old.content_hash IS NOT new.content_hash
BEGIN
  INSERT OR IGNORE INTO article_earlier_texts (article_id, content_hash) VALUES (old.id, old.content_hash);
END;
