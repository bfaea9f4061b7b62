// Hub migration: corrections of an article's text after it first arrived.
//
// The hub counts each article's text versions (`text_version`, 1 for the text first sent) and
// names who made the current one (`text_by`, null for the first). A correction is sent with the
// version it was made from and is taken only if the hub still holds that version; a library
// whose correction was not taken receives the hub's and keeps its own as a conflict to settle.
// Only editors (and teachers) change the text: row-level security cannot compare a row before
// and after an update, so the articles' guard trigger refuses anyone else, and it alone counts
// the versions, so a client cannot set them.
export const textCorrections = `
ALTER TABLE gloss.articles ADD COLUMN text_version integer NOT NULL DEFAULT 1 CHECK (text_version >= 1);
ALTER TABLE gloss.articles ADD COLUMN text_by name;

CREATE OR REPLACE FUNCTION gloss.guard_article() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.purged THEN RETURN NULL; END IF;
  IF (NEW.deleted IS DISTINCT FROM OLD.deleted OR NEW.purged)
     AND coalesce(gloss.role_in(NEW.workspace_id), '') NOT IN ('editor', 'teacher') THEN
    RAISE EXCEPTION 'only an editor may move an article to the trash, restore it or empty it'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW.data -> 'body' IS DISTINCT FROM OLD.data -> 'body' AND NOT NEW.purged THEN
    IF coalesce(gloss.role_in(NEW.workspace_id), '') NOT IN ('editor', 'teacher') THEN
      RAISE EXCEPTION 'only an editor may correct an article''s text' USING ERRCODE = 'insufficient_privilege';
    END IF;
    NEW.text_version := OLD.text_version + 1;
    NEW.text_by := session_user;
  ELSE
    NEW.text_version := OLD.text_version;
    NEW.text_by := OLD.text_by;
  END IF;
  RETURN NEW;
END $$;

-- A new article's text is its first version, whatever the client says.
CREATE FUNCTION gloss.first_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.text_version := 1;
  NEW.text_by := NULL;
  RETURN NEW;
END $$;
CREATE TRIGGER articles_first_text BEFORE INSERT ON gloss.articles FOR EACH ROW EXECUTE FUNCTION gloss.first_text();
`;
