-- Team hub: corrections of an article's text. hub_texts: the hub's text of an article as this
-- library last knew it (the hub's version counter and the text's hash), where a correction made
-- here is sent from, and against which a pull tells "they corrected it" from "we did".
CREATE TABLE hub_texts (
  hub           TEXT NOT NULL,
  article_id    TEXT NOT NULL,
  version       INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,
  PRIMARY KEY (hub, article_id)
) WITHOUT ROWID;

-- The first local correction of an article the hub holds, where no sync has yet recorded the
-- hub's text (an article synced before this version): the text it was made from is the hub's
-- first one.
CREATE TRIGGER hub_text_corrected AFTER UPDATE OF content_hash ON articles WHEN old.content_hash IS NOT new.content_hash
BEGIN
  INSERT OR IGNORE INTO hub_texts (hub, article_id, version, content_hash)
    SELECT hub, old.id, 1, old.content_hash FROM hub_sent WHERE kind = 'article' AND id = old.id AND version NOT IN ('purge', 'purged');
END;

-- A correction made here that lost to one that reached the hub first: the hub's text is now the
-- article's, and ours waits here for the person to use it again or let it go.
CREATE TABLE hub_text_conflicts (
  hub         TEXT NOT NULL,
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  body        TEXT NOT NULL,
  theirs_by   TEXT,
  found_at    TEXT NOT NULL,
  PRIMARY KEY (hub, article_id)
) WITHOUT ROWID;
