-- Who reviewed the claims: one profile per library, set in Settings or with `gloss profile`,
-- read by the exports (ClaimReview author, report bylines, the W3C creator).
CREATE TABLE reviewer_profile (
  id                INTEGER PRIMARY KEY CHECK (id = 1),
  name              TEXT,
  organization      TEXT,
  organization_url  TEXT,
  publish_base_url  TEXT,
  updated_at        TEXT NOT NULL
);
