// The teacher's side of marking: answers files come in (checked, one row per student, a later
// hand-in replacing an earlier one), and the class is scored against the key.
import type { AnswersImportReport, Assignment, ClassScores, MarkedSpan } from '../../../shared/classroom.js';
import type { ImportFailure } from '../../../shared/model.js';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import { getAnnotation } from '../annotations/read.js';
import type { CoreContext } from '../context.js';
import { nowIso, type Db } from '../db.js';
import { GlossError } from '../errors.js';
import { isVerdict } from '../export/claims.js';
import { claimRows, getAssignment, keyClaimsInOrder, teacherAssignment } from './assignments.js';
import { parseAnswersFile, type AnswersFile, type FileAnswer } from './files.js';
import { scoreClass, type Answer, type KeyClaim, type Ratings, type Submission } from './scoring.js';

export function importAnswers(ctx: CoreContext, input: ParsedInputOf<'class.importAnswers'>): AnswersImportReport {
  return takeInAnswers(
    ctx.db,
    input.files.map((f) => ({ name: f.name, read: () => parseAnswersFile(Buffer.from(f.dataBase64, 'base64'), f.name) })),
  );
}

/** One hand-in to take in: `read` checks it (and throws a GlossError for a bad one). */
export interface HandedIn {
  name: string;
  read: () => AnswersFile;
  /** How many times the student handed in where this came from (the hub counts; a file does not). */
  handIns?: number;
}

/** Takes hand-ins in, each on its own: a bad one is reported and changes nothing. */
export function takeInAnswers(db: Db, handedIn: HandedIn[]): AnswersImportReport {
  const report: AnswersImportReport = { imported: [], failed: [] };
  for (const h of handedIn) {
    try {
      const file = h.read();
      const replaced = db.transaction(() => storeAnswers(db, file, h.name, h.handIns ?? 1)).immediate();
      report.imported.push({ name: h.name, student: file.student.name, assignmentId: file.assignmentId, replaced });
    } catch (e) {
      if (!(e instanceof GlossError)) throw e;
      report.failed.push({ name: h.name, ...e.toApiError() } satisfies ImportFailure);
    }
  }
  return report;
}

/** Stores one student's answers; true when they replace an earlier hand-in. */
function storeAnswers(db: Db, file: AnswersFile, name: string, handIns: number): boolean {
  const row = db.prepare('SELECT role, title FROM assignments WHERE id = ?').get(file.assignmentId) as { role: string; title: string } | undefined;
  if (!row || row.role !== 'teacher') {
    throw new GlossError('not_found', { key: 'classroom.notMadeHere', params: { name, title: file.assignmentTitle } });
  }
  checkAnswers(db, file, name);
  const sameName = db
    .prepare('SELECT student_id FROM submissions WHERE assignment_id = ? AND student_name = ? COLLATE NOCASE')
    .get(file.assignmentId, file.student.name) as { student_id: string } | undefined;
  if (sameName && sameName.student_id !== file.student.id) {
    throw new GlossError('conflict', { key: 'classroom.sameStudentName', params: { name, student: file.student.name, title: row.title } });
  }
  const earlier = db
    .prepare('SELECT handed_in_at, content_hash, replaced FROM submissions WHERE assignment_id = ? AND student_id = ?')
    .get(file.assignmentId, file.student.id) as { handed_in_at: string; content_hash: string; replaced: number } | undefined;
  if (earlier && earlier.content_hash === file.hash) return false;
  if (earlier && earlier.handed_in_at > file.handedInAt) {
    throw new GlossError('conflict', {
      key: 'classroom.earlierHandIn',
      params: { name, student: file.student.name, handedInAt: { moment: file.handedInAt }, kept: { moment: earlier.handed_in_at } },
    });
  }
  db.prepare(
    `INSERT INTO submissions (assignment_id, student_id, student_name, handed_in_at, content_hash, answers, replaced, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (assignment_id, student_id) DO UPDATE SET
       student_name = excluded.student_name, handed_in_at = excluded.handed_in_at, content_hash = excluded.content_hash,
       answers = excluded.answers, replaced = max(submissions.replaced + 1, excluded.replaced), imported_at = excluded.imported_at`,
  ).run(file.assignmentId, file.student.id, file.student.name, file.handedInAt, file.hash, JSON.stringify(file.answers), handIns - 1, nowIso());
  return !!earlier || handIns > 1;
}

/** The texts of an assignment's articles as they are now, by the teacher's article id. */
function textsNow(db: Db, assignmentId: string): Map<string, string> {
  const rows = db
    .prepare('SELECT aa.source_id AS id, a.body FROM assignment_articles aa JOIN articles a ON a.id = aa.article_id WHERE aa.assignment_id = ?')
    .all(assignmentId) as Array<{ id: string; body: string }>;
  return new Map(rows.map((r) => [r.id, r.body]));
}

/**
 * Answers (and a judge task's numbered claims) are spans of the texts as they were handed out; a
 * find task's key is the teacher's claims on the texts as they are now, and the class report
 * shades the texts as they are now. A span whose words are no longer at its place (the teacher
 * corrected the text since) goes where they occur once in the text now; where they occur more
 * often, or no more, it stays where it was.
 */
function onTextNow<T extends MarkedSpan>(texts: Map<string, string>, a: T): T {
  const body = texts.get(a.articleId);
  if (body === undefined || body.slice(a.start, a.end) === a.exact) return a;
  const at = body.indexOf(a.exact);
  if (at === -1 || body.indexOf(a.exact, at + 1) !== -1) return a;
  return { ...a, start: at, end: at + a.exact.length };
}

/** Every answer lies on an article of the assignment, inside its text (or its words are in it now), and names a claim it has. */
function checkAnswers(db: Db, file: AnswersFile, name: string): void {
  const texts = textsNow(db, file.assignmentId);
  const numbers = new Set(claimRows(db, file.assignmentId).map((c) => c.number));
  for (const a of file.answers) {
    const body = texts.get(a.articleId);
    const answer = { name, quote: a.exact.slice(0, 40) };
    if (body === undefined) throw new GlossError('parse_failed', { key: 'classroom.answerOffAssignment', params: answer });
    if (a.start >= a.end || (a.end > body.length && !body.includes(a.exact))) {
      throw new GlossError('parse_failed', { key: 'classroom.answerOutside', params: answer });
    }
    if (a.number !== null && !numbers.has(a.number)) {
      throw new GlossError('parse_failed', { key: 'classroom.answerUnknownClaim', params: { ...answer, number: a.number } });
    }
  }
}

/** The key: the numbered claims of a judge task, or the teacher's claims on the articles for a find task, with their verdicts as they are now. */
function keyOf(db: Db, a: Assignment, texts: Map<string, string>): KeyClaim[] {
  if (a.task === 'judge') {
    return claimRows(db, a.id).map((c) => {
      const live = c.key_id ? tryAnnotation(db, c.key_id) : null;
      return {
        id: c.key_id ?? `claim-${c.number}`,
        number: c.number,
        ...onTextNow(texts, { articleId: c.article_id, start: c.start, end: c.end, exact: c.exact }),
        statusTagId: live?.statusTagId ?? null,
        tagIds: live?.tagIds ?? [],
        note: live?.note ?? '',
      };
    });
  }
  return keyClaimsInOrder(db, a.articleIds).map(({ number, annotation: x }) => ({
    id: x.id,
    number,
    articleId: x.articleId,
    start: x.start,
    end: x.end,
    exact: x.quote.exact,
    statusTagId: x.statusTagId,
    tagIds: x.tagIds,
    note: x.note,
  }));
}

function tryAnnotation(db: Db, id: string) {
  try {
    return getAnnotation(db, id);
  } catch {
    return null; // the teacher deleted the key claim since: it stays in the key without a verdict
  }
}

export function classScores(db: Db, assignmentId: string): ClassScores {
  const assignment = teacherAssignment(db, assignmentId);
  const texts = textsNow(db, assignmentId);
  const key = keyOf(db, assignment, texts);
  const keyIdByNumber = new Map(key.map((k) => [k.number, k.id]));
  const rows = db
    .prepare('SELECT student_id, student_name, handed_in_at, answers, replaced FROM submissions WHERE assignment_id = ? ORDER BY student_name COLLATE NOCASE, student_id')
    .all(assignmentId) as Array<{ student_id: string; student_name: string; handed_in_at: string; answers: string; replaced: number }>;
  const submissions: Submission[] = rows.map((r) => ({
    studentId: r.student_id,
    name: r.student_name,
    handedInAt: r.handed_in_at,
    replaced: r.replaced,
    answers: (JSON.parse(r.answers) as FileAnswer[]).map(
      (x): Answer => ({ ...onTextNow(texts, x), keyClaimId: x.number === null ? null : (keyIdByNumber.get(x.number) ?? null) }),
    ),
  }));
  const statuses = db
    .prepare("SELECT t.id, t.name, t.rating_value FROM tags t JOIN taxonomies x ON x.id = t.taxonomy_id WHERE x.kind = 'status'")
    .all() as Array<{ id: string; name: string; rating_value: number | null }>;
  const ratings: Ratings = new Map(statuses.map((r) => [r.id, r.rating_value]));
  // "Not yet checked" is no verdict, on either side.
  const noVerdict = new Set(statuses.filter((s) => !isVerdict(s)).map((s) => s.id));
  const verdict = <T extends { statusTagId: string | null }>(x: T): T =>
    x.statusTagId && noVerdict.has(x.statusTagId) ? { ...x, statusTagId: null } : x;
  return scoreClass(
    getAssignment(db, assignmentId),
    key.map(verdict),
    submissions.map((s) => ({ ...s, answers: s.answers.map(verdict) })),
    ratings,
  );
}
