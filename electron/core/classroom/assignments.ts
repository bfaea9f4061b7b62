// Assignments: the teacher makes one from a collection and hands it out as a file; a student
// opens the file in their own library, does the task with the usual tools and hands in.
import { randomUUID } from 'node:crypto';
import type { Assignment, AssignmentClaim } from '../../../shared/classroom.js';
import type { ExportFile } from '../../../shared/model.js';
import type { ParsedInputOf } from '../../../shared/contract/index.js';
import { listAnnotations } from '../annotations/read.js';
import { createAnnotation } from '../annotations/write.js';
import { getArticle } from '../articles.js';
import { getCollection } from '../collections.js';
import type { CoreContext } from '../context.js';
import { nowIso, type Db } from '../db.js';
import { GlossError, notFound } from '../errors.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from '../export/bundle-format.js';
import { bundleArticle, bundleTaxonomy, earlierTexts } from '../export/bundle.js';
import { importBundle } from '../export/bundle-import.js';
import { slug } from '../export/escape.js';
import { listTaxonomies } from '../taxonomies.js';
import { APP_VERSION } from '../version.js';
import {
  ANSWERS_FORMAT,
  ANSWERS_SUFFIX,
  ASSIGNMENT_FORMAT,
  ASSIGNMENT_SUFFIX,
  CLASSROOM_FILE_VERSION,
  answersHash,
  parseAssignmentFile,
  type AnswersFile,
  type AssignmentFile,
} from './files.js';

interface AssignmentRow {
  id: string;
  role: 'teacher' | 'student';
  title: string;
  task: 'find' | 'judge';
  instructions: string;
  due_date: string | null;
  created_at: string;
  student_id: string | null;
  student_name: string | null;
  handed_in_at: string | null;
}

interface ClaimRow {
  number: number;
  key_id: string | null;
  article_id: string;
  start: number;
  end: number;
  exact: string;
  annotation_id: string | null;
}

export function claimRows(db: Db, assignmentId: string): ClaimRow[] {
  return db
    .prepare('SELECT number, key_id, article_id, start, "end", exact, annotation_id FROM assignment_claims WHERE assignment_id = ? ORDER BY number')
    .all(assignmentId) as ClaimRow[];
}

function assignmentRow(db: Db, id: string): AssignmentRow {
  const row = db.prepare('SELECT * FROM assignments WHERE id = ?').get(id) as AssignmentRow | undefined;
  if (!row) throw notFound('assignment', id);
  return row;
}

function toAssignment(db: Db, row: AssignmentRow): Assignment {
  const articleIds = (
    db.prepare('SELECT article_id FROM assignment_articles WHERE assignment_id = ? ORDER BY position').all(row.id) as Array<{ article_id: string }>
  ).map((r) => r.article_id);
  const claims: AssignmentClaim[] = claimRows(db, row.id).map((c) => ({
    number: c.number,
    articleId: c.article_id,
    start: c.start,
    end: c.end,
    exact: c.exact,
  }));
  const { n } = db.prepare('SELECT count(*) AS n FROM submissions WHERE assignment_id = ?').get(row.id) as { n: number };
  return {
    id: row.id,
    title: row.title,
    task: row.task,
    instructions: row.instructions,
    dueDate: row.due_date,
    createdAt: row.created_at,
    articleIds,
    role: row.role,
    claims,
    studentName: row.student_name,
    handedInAt: row.handed_in_at,
    submissionCount: n,
  };
}

export function getAssignment(db: Db, id: string): Assignment {
  return toAssignment(db, assignmentRow(db, id));
}

export function listAssignments(db: Db): Assignment[] {
  const rows = db.prepare('SELECT * FROM assignments ORDER BY created_at DESC, id').all() as AssignmentRow[];
  return rows.map((r) => toAssignment(db, r));
}

/** An assignment of this library's teacher, for the methods only a teacher has. */
export function teacherAssignment(db: Db, id: string): Assignment {
  const a = getAssignment(db, id);
  if (a.role !== 'teacher') {
    throw new GlossError('invalid_input', { key: 'classroom.openedAsStudent', params: { title: a.title } });
  }
  return a;
}

/** The teacher's live claims on the assignment's articles, numbered in reading order as on the worksheet. */
export function keyClaimsInOrder(db: Db, articleIds: readonly string[]) {
  let n = 0;
  return articleIds.flatMap((articleId) =>
    listAnnotations(db, articleId)
      .filter((a) => !a.orphaned)
      .map((a) => ({ number: ++n, annotation: a })),
  );
}

export function createAssignment(ctx: CoreContext, input: ParsedInputOf<'assignments.create'>): Assignment {
  const { db } = ctx;
  const collection = getCollection(db, input.collectionId);
  const articleIds = input.articleIds ? collection.articleIds.filter((id) => input.articleIds!.includes(id)) : collection.articleIds;
  const outside = (input.articleIds ?? []).filter((id) => !collection.articleIds.includes(id));
  if (outside.length) throw new GlossError('invalid_input', { key: 'classroom.articleNotInCollection', params: { id: outside[0]!, collection: collection.name } });
  if (articleIds.length === 0) throw new GlossError('invalid_input', { key: 'classroom.nothingToHandOut', params: { collection: collection.name } });
  const claims = input.task === 'judge' ? keyClaimsInOrder(db, articleIds) : [];
  if (input.task === 'judge' && claims.length === 0) {
    throw new GlossError('invalid_input', { key: 'classroom.noClaimsToJudge' });
  }
  const id = randomUUID();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO assignments (id, role, title, task, instructions, due_date, created_at) VALUES (?, 'teacher', ?, ?, ?, ?, ?)`,
    ).run(id, input.title ?? collection.name, input.task, input.instructions, input.dueDate ?? null, nowIso());
    const addArticle = db.prepare('INSERT INTO assignment_articles (assignment_id, article_id, source_id, position) VALUES (?, ?, ?, ?)');
    articleIds.forEach((articleId, i) => addArticle.run(id, articleId, articleId, i));
    const addClaim = db.prepare(
      'INSERT INTO assignment_claims (assignment_id, number, key_id, article_id, start, "end", exact) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const { number, annotation: a } of claims) addClaim.run(id, number, a.id, a.articleId, a.start, a.end, a.quote.exact);
  }).immediate();
  return getAssignment(db, id);
}

/** The file handed to students: see files.ts for what it holds and what it never does. */
export function assignmentFile(db: Db, id: string): ExportFile {
  const { file, fileName } = assignmentFileOf(db, id);
  return jsonFile(fileName, file);
}

export function assignmentFileOf(db: Db, id: string): { file: AssignmentFile; fileName: string } {
  const a = teacherAssignment(db, id);
  const content: Bundle = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: nowIso(),
    generator: `Gloss ${APP_VERSION}`,
    collections: [],
    taxonomies: listTaxonomies(db).map(bundleTaxonomy),
    articles: a.articleIds.map((articleId) => ({ ...bundleArticle(getArticle(db, articleId)), earlierTexts: earlierTexts(db, articleId) })),
    annotations: [],
    links: [],
  };
  const file: AssignmentFile = {
    format: ASSIGNMENT_FORMAT,
    version: CLASSROOM_FILE_VERSION,
    assignment: {
      id: a.id,
      title: a.title,
      task: a.task,
      instructions: a.instructions,
      dueDate: a.dueDate,
      createdAt: a.createdAt,
      articleIds: a.articleIds,
      claims: a.claims,
    },
    content,
  };
  return { file, fileName: `${slug(a.title)}${ASSIGNMENT_SUFFIX}` };
}

function jsonFile(fileName: string, value: unknown): ExportFile {
  return { fileName, mimeType: 'application/json', dataBase64: Buffer.from(JSON.stringify(value, null, 1) + '\n').toString('base64') };
}

/** A student opens an assignment file: its articles and taxonomies come in, and for judge tasks their own copies of the numbered claims. */
export function openAssignment(ctx: CoreContext, input: ParsedInputOf<'assignments.open'>): Assignment {
  const file = parseAssignmentFile(Buffer.from(input.file.dataBase64, 'base64'), input.file.name);
  return openAssignmentFile(ctx, file, input.file.name, { id: randomUUID(), name: input.student });
}

/** Opens a checked assignment file for the student (from a file, or from the team hub). */
export function openAssignmentFile(ctx: CoreContext, file: AssignmentFile, fileName: string, student: { id: string; name: string }): Assignment {
  const { db } = ctx;
  const { assignment: a } = file;
  const existing = db.prepare('SELECT * FROM assignments WHERE id = ?').get(a.id) as AssignmentRow | undefined;
  if (existing?.role === 'teacher') {
    throw new GlossError('conflict', { key: 'classroom.madeHere', params: { title: a.title } });
  }
  if (existing) {
    if (existing.student_name !== student.name) {
      throw new GlossError('conflict', { key: 'classroom.openForAnother', params: { title: a.title, student: existing.student_name! } });
    }
    // The teacher may have corrected a text since the copy opened here: the correction comes in,
    // and the student's claims move with their words, as with an exchange file.
    importBundle(db, Buffer.from(JSON.stringify(file.content)), fileName);
    ctx.emit('library.changed', { what: 'articles' });
    return toAssignment(db, existing);
  }
  const claimsOutside = a.claims.find((c) => !a.articleIds.includes(c.articleId));
  if (claimsOutside) throw new GlossError('parse_failed', { key: 'classroom.claimWithoutArticle', params: { name: fileName, number: claimsOutside.number } });

  db.transaction(() => {
    importBundle(db, Buffer.from(JSON.stringify(file.content)), fileName);
    const local = localArticleIds(db, file, fileName);
    db.prepare(
      `INSERT INTO assignments (id, role, title, task, instructions, due_date, created_at, student_id, student_name)
       VALUES (?, 'student', ?, ?, ?, ?, ?, ?, ?)`,
    ).run(a.id, a.title, a.task, a.instructions, a.dueDate, a.createdAt, student.id, student.name);
    const addArticle = db.prepare('INSERT INTO assignment_articles (assignment_id, article_id, source_id, position) VALUES (?, ?, ?, ?)');
    a.articleIds.forEach((sourceId, i) => addArticle.run(a.id, local.get(sourceId)!, sourceId, i));
    const addClaim = db.prepare(
      'INSERT INTO assignment_claims (assignment_id, number, article_id, start, "end", exact, annotation_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const c of a.claims) {
      const articleId = local.get(c.articleId)!;
      const copy = createAnnotation(ctx, { articleId, start: c.start, end: c.end, statusTagId: null, tagIds: [], note: '', evidence: [] });
      addClaim.run(a.id, c.number, articleId, copy.start, copy.end, copy.quote.exact, copy.id);
    }
  }).immediate();
  for (const what of ['taxonomies', 'articles', 'annotations'] as const) ctx.emit('library.changed', { what });
  return getAssignment(db, a.id);
}

/**
 * Where each of the assignment's articles is in this library: under its own id, or under another
 * where the student had already imported the same text.
 */
function localArticleIds(db: Db, file: AssignmentFile, name: string): Map<string, string> {
  const hashes = new Map((file.content.articles as Bundle['articles']).map((x) => [x.id, x.contentHash]));
  const find = db.prepare('SELECT id FROM articles WHERE (id = ? OR content_hash = ?) AND deleted_at IS NULL ORDER BY id = ? DESC LIMIT 1');
  return new Map(
    file.assignment.articleIds.map((sourceId) => {
      const row = find.get(sourceId, hashes.get(sourceId) ?? '', sourceId) as { id: string } | undefined;
      if (!row) throw new GlossError('parse_failed', { key: 'classroom.articleMissing', params: { name, id: sourceId } });
      return [sourceId, row.id] as const;
    }),
  );
}

/** The student's answers file: their claims on the assignment's articles, as they stand now. */
export function handIn(ctx: CoreContext, input: ParsedInputOf<'assignments.handIn'>): ExportFile {
  const { file, fileName } = answersOf(ctx.db, input.id, input.student);
  markHandedIn(ctx.db, file);
  return jsonFile(fileName, file);
}

/** Records that the answers left this library (written to a file, or taken by the hub). */
export function markHandedIn(db: Db, file: AnswersFile): void {
  db.prepare('UPDATE assignments SET handed_in_at = ? WHERE id = ?').run(file.handedInAt, file.assignmentId);
}

/** The answers of the student doing assignment `id` here, as an answers file and its name. */
export function answersOf(db: Db, id: string, student?: string): { file: AnswersFile; fileName: string } {
  const row = assignmentRow(db, id);
  if (row.role !== 'student') {
    throw new GlossError('invalid_input', { key: 'classroom.ownAssignment', params: { title: row.title } });
  }
  if (student !== undefined && student !== row.student_name) {
    throw new GlossError('invalid_input', { key: 'classroom.notYourName', params: { title: row.title, student: row.student_name!, given: student } });
  }
  const numbers = new Map(claimRows(db, row.id).flatMap((c) => (c.annotation_id ? [[c.annotation_id, c.number] as const] : [])));
  const articles = db
    .prepare('SELECT article_id, source_id FROM assignment_articles WHERE assignment_id = ? ORDER BY position')
    .all(row.id) as Array<{ article_id: string; source_id: string }>;
  const answers = articles.flatMap(({ article_id, source_id }) =>
    listAnnotations(db, article_id)
      .filter((x) => !x.orphaned)
      .map((x) => ({
        number: numbers.get(x.id) ?? null,
        articleId: source_id,
        start: x.start,
        end: x.end,
        exact: x.quote.exact,
        statusTagId: x.statusTagId,
        tagIds: x.tagIds,
        justification: x.note,
      })),
  );
  const handedInAt = nowIso();
  const body: Omit<AnswersFile, 'hash' | 'format' | 'version'> = {
    assignmentId: row.id,
    assignmentTitle: row.title,
    student: { id: row.student_id!, name: row.student_name! },
    handedInAt,
    answers,
  };
  const file: AnswersFile = { format: ANSWERS_FORMAT, version: CLASSROOM_FILE_VERSION, ...body, hash: answersHash(body) };
  return { file, fileName: `${slug(row.title)}-${slug(row.student_name!)}${ANSWERS_SUFFIX}` };
}
