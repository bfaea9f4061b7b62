-- Team hub: emptying the trash, the claims' history as the hub recorded it, and this
-- library's own last push (its hub transaction), which the next pull need not read back.
ALTER TABLE hub_state ADD COLUMN pushed_txid TEXT;

-- An article the hub holds that leaves this library for good (emptying the trash) is marked in
-- hub_sent: an editor's next sync empties it on the hub too ('purge' waits, 'purged' is done).
CREATE TRIGGER hub_article_purged AFTER DELETE ON articles
BEGIN
  UPDATE hub_sent SET version = 'purge' WHERE kind = 'article' AND id = old.id AND version <> 'purged';
END;

-- The earlier versions of a claim that reached the hub, with who sent each and when: the
-- claim's history across the team, copied by each sync that sees the claim change (data is the
-- exchange-file record; the claim as it is now is the last version).
CREATE TABLE hub_claim_versions (
  hub       TEXT NOT NULL,
  claim_id  TEXT NOT NULL,
  clock     TEXT NOT NULL,
  data      TEXT NOT NULL,
  sent_by   TEXT NOT NULL,
  sent_at   TEXT NOT NULL,
  PRIMARY KEY (claim_id, hub, clock)
) WITHOUT ROWID;
CREATE TRIGGER hub_claim_versions_gone AFTER DELETE ON annotations
BEGIN
  DELETE FROM hub_claim_versions WHERE claim_id = old.id;
END;
