-- Team hub sync state. hub_state: per hub workspace (its URL without password, '#', the
-- workspace), the pull cursor (the hub's oldest transaction that may still have been running at
-- the last pull), who this library is there and when it last synced. No password is kept here.
CREATE TABLE hub_state (
  hub        TEXT PRIMARY KEY,
  cursor     TEXT NOT NULL DEFAULT '0',
  user_name  TEXT NOT NULL,
  role       TEXT NOT NULL,
  last_sync  TEXT
);
-- The version of each record the hub is known to hold, sent or received: a claim's clock as
-- stored here, a hash of any other record. A sync sends what differs, so a sync killed after
-- the hub committed and before this was written sends the same versions again, harmlessly.
CREATE TABLE hub_sent (
  hub      TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('article', 'collection', 'taxonomy', 'claim', 'link')),
  id       TEXT NOT NULL,
  version  TEXT NOT NULL,
  PRIMARY KEY (hub, kind, id)
) WITHOUT ROWID;
