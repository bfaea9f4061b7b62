// The classroom loop through a team hub workspace instead of files: the teacher publishes an
// assignment, each student gets it and hands in under their own hub login, and the teacher
// pulls the answers. What travels is the classroom files themselves (gloss.assignments,
// gloss.answers: see hub/schema-classroom.ts), so they go through the same checks and import
// as files do; PostgreSQL decides who may read and write each row.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Assignment, HubAnswersReport, HubHandIn, HubOpenReport, HubPublishReport } from '../../../shared/classroom.js';
import type { HubRole } from '../../../shared/model.js';
import type { CoreContext } from '../context.js';
import { GlossError } from '../errors.js';
import { connectHub, hubError, hubKey, type HubTarget } from '../hub/connection.js';
import { memberHubVersion, refuseNewerHub } from '../hub/schema.js';
import { answersOf, assignmentFileOf, markHandedIn, openAssignmentFile, teacherAssignment } from './assignments.js';
import { takeInAnswers } from './class.js';
import { parseAnswersFile, parseAssignmentFile } from './files.js';

export interface ClassHubTarget extends HubTarget {
  workspace: string;
}

interface Session {
  client: pg.Client;
  workspaceId: string;
  user: string;
  role: HubRole;
}

/** What each classroom step through the hub is, and the one role that may take it. */
const mayDo = { publish: 'teacher', open: 'student', handIn: 'student', pull: 'teacher' } as const satisfies Record<string, HubRole>;

/** Connects, checks the hub has the classroom tables and that the caller may take `action` in the workspace. */
async function withWorkspace<T>(target: ClassHubTarget, action: keyof typeof mayDo, work: (s: Session) => Promise<T>): Promise<T> {
  const client = await connectHub(target);
  try {
    const version = await memberHubVersion(client, target.workspace);
    if (version === 0) throw new GlossError('not_found', { key: 'hub.notHub', params: { hub: hubKey(target.url) } });
    refuseNewerHub(version);
    if (!(await client.query("SELECT to_regclass('gloss.answers') IS NOT NULL AS ok")).rows[0].ok) {
      throw new GlossError('not_found', { key: 'classroom.hubWithoutClassroom', params: { hub: hubKey(target.url) } });
    }
    const row = await client.query('SELECT id, gloss.role_in(id) AS role, session_user AS user FROM gloss.workspaces WHERE name = $1', [target.workspace]);
    if (!row.rows.length) {
      throw new GlossError('not_found', { key: 'hub.noWorkspace', params: { workspace: target.workspace } });
    }
    const { id, role, user } = row.rows[0] as { id: string; role: HubRole; user: string };
    if (role !== mayDo[action]) throw new GlossError('forbidden', { key: 'classroom.wrongRole', params: { role, workspace: target.workspace, action } });
    return await work({ client, workspaceId: id, user, role });
  } catch (e) {
    throw hubError(e, target.url);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Teacher: puts the assignment file on the hub for the workspace's students; again replaces it. */
export async function publishAssignment(ctx: CoreContext, input: ClassHubTarget & { id: string }): Promise<HubPublishReport> {
  const { file } = assignmentFileOf(ctx.db, input.id);
  return withWorkspace(input, 'publish', async (s) => {
    await s.client.query(
      `INSERT INTO gloss.assignments (workspace_id, id, data) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, id) DO UPDATE SET data = excluded.data`,
      [s.workspaceId, file.assignment.id, JSON.stringify(file)],
    );
    const { n } = (await s.client.query('SELECT count(*)::int AS n FROM gloss.members WHERE workspace_id = $1 AND role = $2', [s.workspaceId, 'student'])).rows[0];
    return { assignmentId: file.assignment.id, workspace: input.workspace, students: n as number };
  });
}

/**
 * A student's id through the hub: the same for their hub login wherever they open the
 * assignment, so that two of their computers are one student at the teacher's.
 */
function hubStudentId(url: string, workspace: string, user: string): string {
  const h = createHash('sha256').update(`${hubKey(url)}#${workspace}#${user}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Student: opens here every assignment of the workspace not opened yet, under their hub name. */
export async function openFromHub(ctx: CoreContext, input: ClassHubTarget): Promise<HubOpenReport> {
  const rows = await withWorkspace(input, 'open', async (s) => ({
    user: s.user,
    files: (await s.client.query('SELECT id, data FROM gloss.assignments WHERE workspace_id = $1 ORDER BY updated_at, id', [s.workspaceId])).rows as Array<{
      id: string;
      data: unknown;
    }>,
  }));
  const here = new Set((ctx.db.prepare('SELECT id FROM assignments').all() as Array<{ id: string }>).map((r) => r.id));
  const student = { id: hubStudentId(input.url, input.workspace, rows.user), name: rows.user };
  const opened: Assignment[] = [];
  for (const row of rows.files) {
    if (here.has(row.id)) continue;
    const name = `the hub's assignment ${row.id}`;
    // The file's own checks, as for one read from a disk.
    opened.push(openAssignmentFile(ctx, parseAssignmentFile(Buffer.from(JSON.stringify(row.data)), name), name, student));
  }
  return { opened, already: rows.files.length - opened.length };
}

/** Student: hands in to the hub; a later hand-in replaces the earlier one there. */
export async function handInToHub(ctx: CoreContext, input: ClassHubTarget & { id: string }): Promise<HubHandIn> {
  return withWorkspace(input, 'handIn', async (s) => {
    const { file } = answersOf(ctx.db, input.id);
    if (file.student.name !== s.user) {
      throw new GlossError('conflict', {
        key: 'classroom.hubUserDiffers',
        params: { title: file.assignmentTitle, student: file.student.name, user: s.user },
      });
    }
    const result = await s.client.query(
      `INSERT INTO gloss.answers (workspace_id, assignment_id, data) VALUES ($1, $2, $3)
       ON CONFLICT (workspace_id, assignment_id, student) DO UPDATE SET data = excluded.data
       RETURNING hand_ins`,
      [s.workspaceId, file.assignmentId, JSON.stringify(file)],
    ).catch((e: { code?: string }) => {
      if (e.code === '23503') {
        throw new GlossError('not_found', { key: 'classroom.notOnHub', params: { title: file.assignmentTitle, workspace: input.workspace } });
      }
      throw e;
    });
    markHandedIn(ctx.db, file);
    return { handedInAt: file.handedInAt, handIns: result.rows[0].hand_ins as number };
  });
}

/** Teacher: takes in every student's latest answers from the hub, as if they were files. */
export async function pullAnswers(ctx: CoreContext, input: ClassHubTarget & { assignmentId: string }): Promise<HubAnswersReport> {
  const assignment = teacherAssignment(ctx.db, input.assignmentId);
  const rows = await withWorkspace(input, 'pull', async (s) =>
    (
      await s.client.query('SELECT student, data, hand_ins FROM gloss.answers WHERE workspace_id = $1 AND assignment_id = $2 ORDER BY student', [
        s.workspaceId,
        assignment.id,
      ])
    ).rows as Array<{ student: string; data: { hash?: unknown }; hand_ins: number }>,
  );
  const kept = new Set(
    (ctx.db.prepare('SELECT content_hash FROM submissions WHERE assignment_id = ?').all(assignment.id) as Array<{ content_hash: string }>).map((r) => r.content_hash),
  );
  const fresh = rows.filter((r) => !kept.has(String(r.data.hash)));
  const report = takeInAnswers(
    ctx.db,
    fresh.map((r) => ({
      name: `${r.student}'s answers on the hub`,
      handIns: r.hand_ins,
      read: () => {
        const file = parseAnswersFile(Buffer.from(JSON.stringify(r.data)), `${r.student}'s answers on the hub`);
        // The hub wrote `student` from the login and refused a file naming anyone else; checked again here all the same.
        if (file.student.name !== r.student) {
          throw new GlossError('parse_failed', { key: 'classroom.hubAnswersOfAnother', params: { student: r.student, named: file.student.name } });
        }
        return file;
      },
    })),
  );
  return { ...report, unchanged: rows.length - fresh.length };
}
