-- The library list reads every article's metadata. In the table those columns sit around
-- the body and the original file, so reading created_at or word_count walks each row's
-- overflow pages; this index holds all the columns a summary needs, so listing, sorting
-- and counting articles never touches the text.
CREATE INDEX articles_summary ON articles (
  deleted_at, created_at, id, title, outlet, author, published_at, source_url, language,
  direction, updated_at, word_count
);
