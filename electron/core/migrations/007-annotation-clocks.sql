-- Symmetric merges (exchange files and the team hub): every annotation carries a version
-- vector, {replica id: number of changes made there}, so a merge can tell "they changed it",
-- "I changed it" and "we both did" whatever the order in which libraries meet.
-- This library's replica id; a copied library file shares it, so copies must not be merged
-- with each other (export and import instead).
INSERT OR IGNORE INTO meta (key, value) VALUES ('replica', lower(hex(randomblob(16))));

-- '{}' is the common base: annotations from before this version were the same everywhere they
-- had been exchanged, or are a conflict when their content differs.
ALTER TABLE annotations ADD COLUMN clock TEXT NOT NULL DEFAULT '{}';
-- The team hub's role names of who made the claim and who changed it last (null: never synced).
ALTER TABLE annotations ADD COLUMN created_by TEXT;
ALTER TABLE annotations ADD COLUMN updated_by TEXT;

-- Every local change bumps `revision`; a merge writes the clock it takes in the same UPDATE,
-- so only a local change counts here. Recursive triggers are off: the inner UPDATE is silent.
CREATE TRIGGER annotations_clock_change AFTER UPDATE OF revision ON annotations WHEN new.clock IS old.clock
BEGIN
  UPDATE annotations
     SET clock = json_set(clock, '$."' || (SELECT value FROM meta WHERE key = 'replica') || '"',
                          coalesce(json_extract(clock, '$."' || (SELECT value FROM meta WHERE key = 'replica') || '"'), 0) + 1),
         updated_by = coalesce((SELECT value FROM meta WHERE key = 'hub_user'), updated_by)
   WHERE pk = new.pk;
END;
CREATE TRIGGER annotations_clock_create AFTER INSERT ON annotations WHEN new.clock = '{}'
BEGIN
  UPDATE annotations
     SET clock = json_object((SELECT value FROM meta WHERE key = 'replica'), 1),
         created_by = (SELECT value FROM meta WHERE key = 'hub_user'),
         updated_by = (SELECT value FROM meta WHERE key = 'hub_user')
   WHERE pk = new.pk;
END;

-- Replaced by the clocks: content hashes could not tell a revert from a stale copy.
DROP TABLE annotation_versions;
