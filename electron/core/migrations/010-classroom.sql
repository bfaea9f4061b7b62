-- The classroom loop. A teacher's library keeps the assignments it handed out and the answers
-- that came back (one row per student and assignment: a later hand-in replaces an earlier one);
-- a student's library keeps the assignments opened from a file, and which of its claims are
-- the numbered claims of a judge task.

CREATE TABLE assignments (
  id            TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('teacher', 'student')),
  title         TEXT NOT NULL,
  task          TEXT NOT NULL CHECK (task IN ('find', 'judge')),
  instructions  TEXT NOT NULL DEFAULT '',
  due_date      TEXT,
  created_at    TEXT NOT NULL,
  student_id    TEXT,                      -- student role: who is doing it, and when they last handed in
  student_name  TEXT,
  handed_in_at  TEXT
);

CREATE TABLE assignment_articles (
  assignment_id  TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  article_id     TEXT NOT NULL REFERENCES articles (id),
  source_id      TEXT NOT NULL,            -- the article's id in the teacher's library (the same unless
                                           -- the student already had the text under another id)
  position       INTEGER NOT NULL,
  PRIMARY KEY (assignment_id, article_id)
) WITHOUT ROWID;

-- Judge tasks: the numbered claims. key_id is the teacher's annotation (its verdict is the key);
-- annotation_id is the student's own copy in a student's library.
CREATE TABLE assignment_claims (
  assignment_id  TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  number         INTEGER NOT NULL,
  key_id         TEXT,
  article_id     TEXT NOT NULL,
  start          INTEGER NOT NULL,
  end            INTEGER NOT NULL,
  exact          TEXT NOT NULL,
  annotation_id  TEXT,
  PRIMARY KEY (assignment_id, number)
) WITHOUT ROWID;

CREATE TABLE submissions (
  assignment_id  TEXT NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  student_id     TEXT NOT NULL,
  student_name   TEXT NOT NULL,
  handed_in_at   TEXT NOT NULL,
  content_hash   TEXT NOT NULL,
  answers        TEXT NOT NULL,            -- JSON: the answers file's answers, as handed in
  replaced       INTEGER NOT NULL DEFAULT 0,
  imported_at    TEXT NOT NULL,
  PRIMARY KEY (assignment_id, student_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX submissions_student_name ON submissions (assignment_id, student_name COLLATE NOCASE);
