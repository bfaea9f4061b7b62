// The two files of the classroom loop, plain JSON a person can read:
// - .glossassignment (teacher → students): the task, instructions, the articles and the
//   taxonomies with their descriptions, and for judge tasks the numbered claims' spans. Never a
//   verdict, a technique, a note or evidence of the teacher's, and no claim of a find task.
// - .glossanswers (student → teacher): who, for which assignment, their claims, and a content
//   hash that shows whether the file was damaged or edited on the way.
// Both are untrusted on the way in and validated with zod.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { cutShort } from '../cut-short.js';
import { GlossError, describeIssues } from '../errors.js';
import { BUNDLE_FORMAT } from '../export/bundle-format.js';

export const ASSIGNMENT_FORMAT = 'gloss-assignment';
export const ANSWERS_FORMAT = 'gloss-answers';
export const CLASSROOM_FILE_VERSION = 1;
export const ASSIGNMENT_SUFFIX = '.glossassignment';
export const ANSWERS_SUFFIX = '.glossanswers';

const id = z.string().min(1).max(64);
const time = z.string().min(1).max(40);
const span = { articleId: id, start: z.number().int().min(0), end: z.number().int().min(1), exact: z.string().min(1).max(100_000) };

export const assignmentFileSchema = z.object({
  format: z.literal(ASSIGNMENT_FORMAT),
  version: z.literal(CLASSROOM_FILE_VERSION),
  assignment: z.object({
    id,
    title: z.string().trim().min(1).max(200),
    task: z.enum(['find', 'judge']),
    instructions: z.string().max(20_000),
    dueDate: z.string().max(40).nullable(),
    createdAt: time,
    articleIds: z.array(id).min(1).max(100),
    claims: z.array(z.object({ number: z.number().int().min(1), ...span })).max(10_000),
  }),
  /** The articles and taxonomies as a .gloss exchange file with no annotations (validated on import as one). */
  content: z.looseObject({ format: z.literal(BUNDLE_FORMAT) }),
});
export type AssignmentFile = z.infer<typeof assignmentFileSchema>;

const answer = z.object({
  /** Judge tasks: the claim's number on the assignment; null for a claim the student marked. */
  number: z.number().int().min(1).nullable(),
  ...span,
  statusTagId: id.nullable(),
  tagIds: z.array(id).max(100),
  justification: z.string().max(20_000),
});
export type FileAnswer = z.infer<typeof answer>;

export const answersFileSchema = z.object({
  format: z.literal(ANSWERS_FORMAT),
  version: z.literal(CLASSROOM_FILE_VERSION),
  assignmentId: id,
  assignmentTitle: z.string().max(200),
  student: z.object({ id, name: z.string().trim().min(1).max(200) }),
  handedInAt: time,
  answers: z.array(answer).max(10_000),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AnswersFile = z.infer<typeof answersFileSchema>;

/** The hash covers everything a student hands in, in a fixed order, whatever the JSON's key order. */
export function answersHash(f: Omit<AnswersFile, 'hash' | 'format' | 'version'>): string {
  const canonical = JSON.stringify([
    ANSWERS_FORMAT,
    f.assignmentId,
    f.assignmentTitle,
    f.student.id,
    f.student.name,
    f.handedInAt,
    f.answers.map((a) => [a.number, a.articleId, a.start, a.end, a.exact, a.statusTagId, a.tagIds, a.justification]),
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Reads a classroom file: JSON, the right format, a version this app knows, and the schema. */
export function parseClassroomFile<S extends z.ZodType>(bytes: Uint8Array, name: string, format: string, kind: 'answers' | 'assignment', schema: S): z.output<S> {
  if (cutShort(bytes)) throw new GlossError('parse_failed', { key: 'classroom.cutShort', params: { name, kind } });
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new GlossError('parse_failed', { key: 'classroom.notJson', params: { name, kind } });
  }
  const header = json as { format?: unknown; version?: unknown } | null;
  if (typeof header !== 'object' || header === null || header.format !== format) {
    throw new GlossError('unsupported_file', { key: 'classroom.notClassroomFile', params: { name, kind } });
  }
  if (typeof header.version === 'number' && header.version > CLASSROOM_FILE_VERSION) {
    throw new GlossError('unsupported_file', { key: 'classroom.newer', params: { name } });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const { details, first } = describeIssues(parsed.error, 20);
    throw new GlossError('parse_failed', { key: 'classroom.damaged', params: { name, detail: first } }, details);
  }
  return parsed.data;
}

export function parseAnswersFile(bytes: Uint8Array, name: string): AnswersFile {
  const file = parseClassroomFile(bytes, name, ANSWERS_FORMAT, 'answers', answersFileSchema);
  if (answersHash(file) !== file.hash) {
    throw new GlossError('parse_failed', { key: 'classroom.answersChanged', params: { name, student: file.student.name } });
  }
  return file;
}

export function parseAssignmentFile(bytes: Uint8Array, name: string): AssignmentFile {
  return parseClassroomFile(bytes, name, ASSIGNMENT_FORMAT, 'assignment', assignmentFileSchema);
}
