-- The indexes keep combining marks inside words: unicode61 by default splits a word at each one,
-- so Thai, Lao, Khmer and Myanmar vowel and tone marks, and Indic vowel signs, cut words into
-- pieces ("सेना", army, and "सोना", gold, were both स|न). search_text() now also makes each
-- Thai, Lao, Khmer or Myanmar letter a word and drops variation selectors (search-text.ts), so
-- both indexes are built again. Enclosing marks (a keycap) still separate words.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, body,
  content = 'articles_search', content_rowid = 'pk',
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'"
);
-- As in 004: index leaves as large as the pages, one segment per import batch.
INSERT INTO articles_fts (articles_fts, rank) VALUES ('pgsz', 16000);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.pk, search_text(new.title), search_text(new.body));
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.pk, search_text(old.title), search_text(old.body));
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.pk, search_text(old.title), search_text(old.body));
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.pk, search_text(new.title), search_text(new.body));
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

DROP TRIGGER notes_fts_insert;
DROP TRIGGER notes_fts_delete;
DROP TRIGGER notes_fts_update;
DROP TABLE notes_fts;
CREATE VIRTUAL TABLE notes_fts USING fts5 (
  note,
  content = 'notes_search', content_rowid = 'pk',
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'"
);
CREATE TRIGGER notes_fts_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO notes_fts (rowid, note) VALUES (new.pk, search_text(new.note));
END;
CREATE TRIGGER notes_fts_delete AFTER DELETE ON annotations BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, note) VALUES ('delete', old.pk, search_text(old.note));
END;
CREATE TRIGGER notes_fts_update AFTER UPDATE OF note ON annotations BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, note) VALUES ('delete', old.pk, search_text(old.note));
  INSERT INTO notes_fts (rowid, note) VALUES (new.pk, search_text(new.note));
END;
INSERT INTO notes_fts (notes_fts) VALUES ('rebuild');
