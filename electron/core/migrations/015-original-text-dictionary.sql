-- The file an article came from is mostly its text: a news page's words are the article's
-- words, with markup around them. Compressed with the article's text as zlib's preset
-- dictionary ('zlib-text-dict'), an original costs about its markup alone. The text must be the
-- one it was compressed against, so when a correction changes it, the original keeps that text
-- in `dictionary` (only the first time: later corrections leave it be). Rows stored before this
-- migration keep their encoding ('gzip', 'identity') and are read as they were.
CREATE TABLE article_originals_new (
  article_pk  INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
  encoding    TEXT NOT NULL CHECK (encoding IN ('zlib-text-dict', 'gzip', 'identity')),
  data        BLOB NOT NULL,
  -- 'zlib-text-dict' only: the text it was compressed against, once the article's is another.
  dictionary  TEXT
);
INSERT INTO article_originals_new (article_pk, encoding, data) SELECT article_pk, encoding, data FROM article_originals;
DROP TABLE article_originals;
ALTER TABLE article_originals_new RENAME TO article_originals;

CREATE TRIGGER article_originals_keep_dictionary AFTER UPDATE OF body ON articles WHEN OLD.body IS NOT NEW.body BEGIN
  UPDATE article_originals SET dictionary = OLD.body
    WHERE article_pk = NEW.pk AND encoding = 'zlib-text-dict' AND dictionary IS NULL;
END;
