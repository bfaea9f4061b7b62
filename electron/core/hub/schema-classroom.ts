// The hub migration of the classroom loop: assignments a teacher publishes to a class
// workspace, and the answers each student hands in. Each row holds the classroom file as it
// would travel by hand (`data`: a .glossassignment or .glossanswers file), so the hub and the
// files share one format, one validation and one import.
//
// Row-level security:
// - an assignment is read by every member of the workspace and written only by its teachers;
//   it holds no verdict, note or (for find tasks) claim of the teacher's: the key stays in
//   gloss.claims, which students cannot read;
// - a student's answers are theirs: the hub sets `student` to the login role, the answers file
//   must name the same student, and a student reads and changes only their own row; the
//   workspace's teachers read them all. Nobody deletes one.
// - a student's claims, links and claim versions (sent by an ordinary sync while they work) are
//   read by that student alone: their answers reach the teacher by handing in, never through the
//   teacher's sync, where they would land beside the key.
export const classroomHubMigration = `
CREATE TABLE gloss.assignments (
  workspace_id  text NOT NULL REFERENCES gloss.workspaces ON DELETE CASCADE,
  id            text NOT NULL,
  data          jsonb NOT NULL CHECK (data->>'format' = 'gloss-assignment' AND data->'assignment'->>'id' = id),
  created_by    name NOT NULL DEFAULT session_user,
  updated_by    name NOT NULL DEFAULT session_user,
  updated_at    timestamptz NOT NULL DEFAULT now(),
  txid          xid8 NOT NULL DEFAULT pg_current_xact_id(),
  PRIMARY KEY (workspace_id, id)
);
CREATE TRIGGER assignments_stamp BEFORE INSERT OR UPDATE ON gloss.assignments FOR EACH ROW EXECUTE FUNCTION gloss.stamp();
ALTER TABLE gloss.assignments ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON gloss.assignments TO gloss_member;
CREATE POLICY member_reads ON gloss.assignments FOR SELECT USING (gloss.role_in(workspace_id) IS NOT NULL);
CREATE POLICY teacher_adds ON gloss.assignments FOR INSERT WITH CHECK (gloss.role_in(workspace_id) = 'teacher');
CREATE POLICY teacher_changes ON gloss.assignments FOR UPDATE USING (gloss.role_in(workspace_id) = 'teacher');

CREATE TABLE gloss.answers (
  workspace_id   text NOT NULL,
  assignment_id  text NOT NULL,
  student        name NOT NULL DEFAULT session_user,
  data           jsonb NOT NULL CHECK (data->>'format' = 'gloss-answers' AND data->>'assignmentId' = assignment_id),
  hand_ins       integer NOT NULL DEFAULT 1,
  handed_in_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (workspace_id, assignment_id, student),
  FOREIGN KEY (workspace_id, assignment_id) REFERENCES gloss.assignments ON DELETE CASCADE
);

-- Who and when, from the server; a hand-in again counts, so the teacher sees it replaced one.
CREATE FUNCTION gloss.stamp_answers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.student := session_user;
  NEW.handed_in_at := now();
  IF TG_OP = 'UPDATE' THEN
    NEW.hand_ins := OLD.hand_ins + CASE WHEN NEW.data IS DISTINCT FROM OLD.data THEN 1 ELSE 0 END;
  ELSE
    NEW.hand_ins := 1;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER answers_stamp BEFORE INSERT OR UPDATE ON gloss.answers FOR EACH ROW EXECUTE FUNCTION gloss.stamp_answers();
ALTER TABLE gloss.answers ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT, UPDATE ON gloss.answers TO gloss_member;
CREATE POLICY own_or_teacher_reads ON gloss.answers FOR SELECT
  USING (gloss.role_in(workspace_id) = 'teacher' OR (gloss.role_in(workspace_id) = 'student' AND student = session_user));
CREATE POLICY student_hands_in ON gloss.answers FOR INSERT
  WITH CHECK (gloss.role_in(workspace_id) = 'student' AND student = session_user AND data->'student'->>'name' = session_user::text);
CREATE POLICY student_hands_in_again ON gloss.answers FOR UPDATE
  USING (gloss.role_in(workspace_id) = 'student' AND student = session_user)
  WITH CHECK (student = session_user AND data->'student'->>'name' = session_user::text);

-- Whether the role is a student of the workspace. Definer rights, as gloss.role_in.
CREATE FUNCTION gloss.is_student(ws text, who name) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM gloss.members WHERE workspace_id = ws AND role_name = who AND role = 'student') $$;
CREATE POLICY students_own_theirs ON gloss.claims AS RESTRICTIVE FOR SELECT
  USING (created_by = session_user OR NOT gloss.is_student(workspace_id, created_by));
CREATE POLICY students_own_theirs ON gloss.links AS RESTRICTIVE FOR SELECT
  USING (created_by = session_user OR NOT gloss.is_student(workspace_id, created_by));
CREATE POLICY students_own_theirs ON gloss.claim_versions AS RESTRICTIVE FOR SELECT
  USING (sent_by = session_user OR NOT gloss.is_student(workspace_id, sent_by));
`;
