-- Team hub: emptying the trash, and the claims' history as the hub recorded it.

-- An article the hub holds that leaves this library for good (emptying the trash) is marked in
-- hub_sent: an editor's next sync empties it on the hub too ('purge' waits, 'purged' is done).
CREATE TRIGGER hub_article_purged AFTER DELETE ON articles
BEGIN
  UPDATE hub_sent SET version = 'purge' WHERE kind = 'article' AND id = old.id AND version <> 'purged';
END;

-- Every version of a claim that reached the hub, with who sent it and when: the claim's
-- history across the team, read by each sync (data is the exchange-file record).
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
