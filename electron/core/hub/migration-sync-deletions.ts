// Hub migration: deleting articles (to the trash, back, and emptying it for good).
//
// Who deletes is PostgreSQL's to enforce: row-level security cannot compare a row before and
// after an update, so a trigger refuses anyone but an editor or a teacher who moves an article
// to or from the trash or empties it. An emptied (purged) article keeps only its id, so that
// every library hears of it; its claims, their history and their links go with it, and nothing
// brings it back.
export const syncDeletions = `
ALTER TABLE gloss.articles ADD COLUMN purged boolean NOT NULL DEFAULT false;

DROP POLICY writer_adds ON gloss.articles;
CREATE POLICY writer_adds ON gloss.articles FOR INSERT
  WITH CHECK (gloss.role_in(workspace_id) = ANY (ARRAY['checker', 'editor', 'teacher'])
              AND ((NOT deleted AND NOT purged) OR gloss.role_in(workspace_id) IN ('editor', 'teacher')));
-- Checkers may still correct an article's details while it is in the trash: the trigger below
-- watches the trash itself.
DROP POLICY writer_changes ON gloss.articles;
CREATE POLICY writer_changes ON gloss.articles FOR UPDATE USING (gloss.role_in(workspace_id) = ANY (ARRAY['checker', 'editor', 'teacher']));

CREATE FUNCTION gloss.guard_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.purged THEN RETURN NULL; END IF;
  IF (NEW.deleted IS DISTINCT FROM OLD.deleted OR NEW.purged)
     AND coalesce(gloss.role_in(NEW.workspace_id), '') NOT IN ('editor', 'teacher') THEN
    RAISE EXCEPTION 'only an editor may move an article to the trash, restore it or empty it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER articles_guard BEFORE UPDATE ON gloss.articles FOR EACH ROW EXECUTE FUNCTION gloss.guard_article();

-- Definer rights: members have no DELETE; the guard above has already checked the caller.
CREATE FUNCTION gloss.purge_article() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  DELETE FROM gloss.links l USING gloss.claims c
   WHERE l.workspace_id = NEW.workspace_id AND c.workspace_id = NEW.workspace_id AND c.article_id = NEW.id
     AND c.id IN (l.data ->> 'fromId', l.data ->> 'toId');
  DELETE FROM gloss.claim_versions v USING gloss.claims c
   WHERE v.workspace_id = NEW.workspace_id AND c.workspace_id = NEW.workspace_id AND c.article_id = NEW.id AND v.claim_id = c.id;
  DELETE FROM gloss.claims WHERE workspace_id = NEW.workspace_id AND article_id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_purge AFTER UPDATE OF purged ON gloss.articles
  FOR EACH ROW WHEN (NEW.purged AND NOT OLD.purged) EXECUTE FUNCTION gloss.purge_article();
`;
