-- The versions (content hashes) of each annotation this library has sent or received in
-- exchange files. An import compares against them to tell a stale copy (we had it before),
-- a newer one (they had ours before) and a conflicting one (neither) apart.
CREATE TABLE annotation_versions (
  annotation_id  TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  PRIMARY KEY (annotation_id, content_hash)
) WITHOUT ROWID;
