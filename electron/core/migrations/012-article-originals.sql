-- The file each article was imported from, kept for provenance but rarely read, moves out of
-- the article's row into a table of its own, gzip-compressed: the rows people list, search and
-- read shrink to their text and metadata, and two of them share a page. Files stored before
-- this migration keep their bytes as they were ('identity').
CREATE TABLE article_originals (
  article_pk  INTEGER PRIMARY KEY REFERENCES articles (pk) ON DELETE CASCADE,
  encoding    TEXT NOT NULL CHECK (encoding IN ('gzip', 'identity')),
  data        BLOB NOT NULL
);

INSERT INTO article_originals (article_pk, encoding, data)
  SELECT pk, 'identity', original FROM articles WHERE original IS NOT NULL;

ALTER TABLE articles DROP COLUMN original;
