-- The library: articles, collections, taxonomies and tags, annotations and what hangs on them.
-- Ids are text (UUIDs) so that exchange files can merge libraries by stable id.
-- Times are ISO 8601 UTC strings. Nothing is deleted outright: deleted_at marks the trash.

CREATE TABLE articles (
  pk             INTEGER PRIMARY KEY,          -- rowid for FTS; never leaves the core
  id             TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  outlet         TEXT,
  author         TEXT,
  published_at   TEXT,
  source_url     TEXT,
  language       TEXT,
  direction      TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
  body           TEXT NOT NULL,                -- canonical text: NFC, \n line endings
  blocks         TEXT NOT NULL,                -- JSON [{kind, start, end}] into body
  word_count     INTEGER NOT NULL DEFAULT 0,
  original_name  TEXT,
  original_type  TEXT,                         -- text/plain, text/markdown, text/html
  original       BLOB,                         -- the file as imported, for provenance
  content_hash   TEXT NOT NULL,                -- sha256 of body: the same content is not imported twice
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  deleted_at     TEXT
);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, body,
  content = 'articles', content_rowid = 'pk',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.pk, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.pk, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.pk, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.pk, new.title, new.body);
END;

CREATE TABLE collections (
  id          TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  deleted_at  TEXT
);
CREATE UNIQUE INDEX collections_name ON collections (name) WHERE deleted_at IS NULL;

CREATE TABLE collection_articles (
  collection_id  TEXT NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
  article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  PRIMARY KEY (collection_id, article_id)
) WITHOUT ROWID;
CREATE INDEX collection_articles_article ON collection_articles (article_id);

CREATE TABLE taxonomies (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('status', 'technique')),
  builtin   INTEGER NOT NULL DEFAULT 0,
  position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE tags (
  id            TEXT PRIMARY KEY,
  taxonomy_id   TEXT NOT NULL REFERENCES taxonomies (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  description   TEXT NOT NULL DEFAULT '',
  color         TEXT NOT NULL,
  key           TEXT,
  position      INTEGER NOT NULL,
  rating_value  INTEGER,                      -- ClaimReview ratingValue for statuses
  removed_at    TEXT                          -- removed tags stay so that what used them keeps a record
);
CREATE INDEX tags_taxonomy ON tags (taxonomy_id, position);

CREATE TABLE annotations (
  pk              INTEGER PRIMARY KEY,
  id              TEXT NOT NULL UNIQUE,
  article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start           INTEGER NOT NULL,
  "end"           INTEGER NOT NULL,
  exact           TEXT NOT NULL,
  prefix          TEXT NOT NULL,
  suffix          TEXT NOT NULL,
  status_tag_id   TEXT REFERENCES tags (id),
  note            TEXT NOT NULL DEFAULT '',
  orphaned        INTEGER NOT NULL DEFAULT 0,
  revision        INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  deleted_at      TEXT,
  CHECK (start >= 0 AND "end" > start)
);
CREATE INDEX annotations_article ON annotations (article_id, start);

CREATE TABLE annotation_tags (
  annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  tag_id         TEXT NOT NULL REFERENCES tags (id),
  PRIMARY KEY (annotation_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX annotation_tags_tag ON annotation_tags (tag_id);

CREATE TABLE evidence (
  id             TEXT PRIMARY KEY,
  annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  url            TEXT,
  title          TEXT NOT NULL DEFAULT '',
  note           TEXT NOT NULL DEFAULT '',
  position       INTEGER NOT NULL
);
CREATE INDEX evidence_annotation ON evidence (annotation_id, position);

CREATE TABLE claim_links (
  id          TEXT PRIMARY KEY,
  from_id     TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  to_id       TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  relation    TEXT NOT NULL CHECK (relation IN ('same-claim', 'contradicts')),
  created_at  TEXT NOT NULL,
  deleted_at  TEXT,
  CHECK (from_id <> to_id)
);
CREATE UNIQUE INDEX claim_links_pair ON claim_links (from_id, to_id) WHERE deleted_at IS NULL;
CREATE INDEX claim_links_to ON claim_links (to_id);

-- Every change to an annotation, with its state before and after (JSON), for undo and redo.
CREATE TABLE annotation_history (
  seq            INTEGER PRIMARY KEY AUTOINCREMENT,
  annotation_id  TEXT NOT NULL,
  action         TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
  before         TEXT,
  after          TEXT,
  at             TEXT NOT NULL,
  undone         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX annotation_history_annotation ON annotation_history (annotation_id);

-- Another version of an annotation from an exchange file, changed on both sides.
CREATE TABLE annotation_conflicts (
  id             TEXT PRIMARY KEY,
  annotation_id  TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  theirs         TEXT NOT NULL,               -- JSON {statusTagId, tagIds, note, updatedAt}
  source         TEXT NOT NULL,               -- the exchange file it came from
  created_at     TEXT NOT NULL,
  resolved_at    TEXT
);
CREATE INDEX annotation_conflicts_open ON annotation_conflicts (annotation_id) WHERE resolved_at IS NULL;

CREATE VIRTUAL TABLE notes_fts USING fts5 (
  note,
  content = 'annotations', content_rowid = 'pk',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO notes_fts (rowid, note) VALUES (new.pk, new.note);
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON annotations BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, note) VALUES ('delete', old.pk, old.note);
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF note ON annotations BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, note) VALUES ('delete', old.pk, old.note);
  INSERT INTO notes_fts (rowid, note) VALUES (new.pk, new.note);
END;

CREATE TABLE meta (
  key    TEXT PRIMARY KEY,
  value  TEXT NOT NULL
);
