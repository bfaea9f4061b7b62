-- The library list at 100,000 articles: windows of rows by keyset on the sort key, and claim
-- counts kept up to date instead of counted from every annotation on each listing.

-- Live (not deleted) claims per article and status ('none' for no status), kept by the triggers below.
CREATE TABLE article_claim_counts (
  article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  status      TEXT NOT NULL,
  n           INTEGER NOT NULL,
  PRIMARY KEY (article_id, status)
) WITHOUT ROWID;

-- The total, on the article itself, so that sorting by it can use an index.
ALTER TABLE articles ADD COLUMN claim_count INTEGER NOT NULL DEFAULT 0;

INSERT INTO article_claim_counts (article_id, status, n)
  SELECT article_id, coalesce(status_tag_id, 'none'), count(*) FROM annotations
  WHERE deleted_at IS NULL GROUP BY article_id, coalesce(status_tag_id, 'none');
UPDATE articles SET claim_count = coalesce((SELECT sum(n) FROM article_claim_counts c WHERE c.article_id = articles.id), 0);

CREATE TRIGGER annotations_count_insert AFTER INSERT ON annotations WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO article_claim_counts (article_id, status, n) VALUES (NEW.article_id, coalesce(NEW.status_tag_id, 'none'), 1)
    ON CONFLICT (article_id, status) DO UPDATE SET n = n + 1;
  UPDATE articles SET claim_count = claim_count + 1 WHERE id = NEW.article_id;
END;

CREATE TRIGGER annotations_count_delete AFTER DELETE ON annotations WHEN OLD.deleted_at IS NULL BEGIN
  UPDATE article_claim_counts SET n = n - 1 WHERE article_id = OLD.article_id AND status = coalesce(OLD.status_tag_id, 'none');
  DELETE FROM article_claim_counts WHERE article_id = OLD.article_id AND status = coalesce(OLD.status_tag_id, 'none') AND n <= 0;
  UPDATE articles SET claim_count = claim_count - 1 WHERE id = OLD.article_id;
END;

CREATE TRIGGER annotations_count_update AFTER UPDATE OF deleted_at, status_tag_id, article_id ON annotations
  WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR OLD.status_tag_id IS NOT NEW.status_tag_id OR OLD.article_id <> NEW.article_id
BEGIN
  UPDATE article_claim_counts SET n = n - 1
    WHERE OLD.deleted_at IS NULL AND article_id = OLD.article_id AND status = coalesce(OLD.status_tag_id, 'none');
  DELETE FROM article_claim_counts WHERE article_id = OLD.article_id AND status = coalesce(OLD.status_tag_id, 'none') AND n <= 0;
  UPDATE articles SET claim_count = claim_count - 1 WHERE OLD.deleted_at IS NULL AND id = OLD.article_id;
  INSERT INTO article_claim_counts (article_id, status, n)
    SELECT NEW.article_id, coalesce(NEW.status_tag_id, 'none'), 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (article_id, status) DO UPDATE SET n = n + 1;
  UPDATE articles SET claim_count = claim_count + 1 WHERE NEW.deleted_at IS NULL AND id = NEW.article_id;
END;

-- One index per sort of the list, ending in pk: a window after a cursor is a seek and a short
-- scan, either way round, and the last window one seek from the end. (Missing dates and outlets
-- come last in either order: electron/core/list.ts reads them as a second run, by pk.)
CREATE INDEX articles_by_created ON articles (deleted_at, created_at, pk);
CREATE INDEX articles_by_title ON articles (deleted_at, title COLLATE NOCASE, pk);
CREATE INDEX articles_by_published ON articles (deleted_at, published_at, pk);
CREATE INDEX articles_by_outlet ON articles (deleted_at, outlet COLLATE NOCASE, pk);
CREATE INDEX articles_by_claims ON articles (deleted_at, claim_count, pk);
