// The classroom loop as both processes see it: assignments handed out, answers handed in, and
// the class's results scored against the teacher's key. Offsets are UTF-16 code units.
import type { ImportFailure } from './model.js';

/** find: students mark the claims themselves; judge: the claims are marked and numbered for them. */
export type AssignmentTask = 'find' | 'judge';

export interface AssignmentClaim {
  number: number;
  articleId: string;
  start: number;
  end: number;
  exact: string;
}

export interface Assignment {
  id: string;
  title: string;
  task: AssignmentTask;
  instructions: string;
  dueDate: string | null;
  createdAt: string;
  articleIds: string[];
  /** teacher: made in this library; student: opened from an assignment file. */
  role: 'teacher' | 'student';
  /** Judge tasks: the numbered claims to judge (the student's own copies carry the same numbers). */
  claims: AssignmentClaim[];
  /** Student: who is doing it and when they last handed in. */
  studentName: string | null;
  handedInAt: string | null;
  /** Teacher: how many students' answers are in. */
  submissionCount: number;
}

export interface AnswersImportReport {
  imported: Array<{ name: string; student: string; assignmentId: string; replaced: boolean }>;
  failed: ImportFailure[];
}

/** Teacher: an assignment put on a team hub workspace. */
export interface HubPublishReport {
  assignmentId: string;
  workspace: string;
  /** How many students the workspace has (who can now get it). */
  students: number;
}

/** Teacher: answers pulled from a team hub; `unchanged` were already here as they are on the hub. */
export interface HubAnswersReport extends AnswersImportReport {
  unchanged: number;
}

/** Student: what getting assignments from a team hub opened. */
export interface HubOpenReport {
  opened: Assignment[];
  /** Assignments of the workspace that were already open here. */
  already: number;
}

/** Student: a hand-in taken by the hub; `handIns` counts this one and the earlier ones. */
export interface HubHandIn {
  handedInAt: string;
  handIns: number;
}

export type VerdictMatch = 'right' | 'adjacent' | 'wrong' | 'none';

/** One student's answer to one key claim. */
export interface StudentClaimResult {
  number: number;
  found: boolean;
  statusTagId: string | null;
  tagIds: string[];
  justification: string;
  /** null where the key claim has no verdict to compare with, or the student did not find it. */
  verdict: VerdictMatch | null;
  /** Technique overlap with the key (Jaccard), null when not found. */
  techniqueJaccard: number | null;
}

export interface MarkedSpan {
  articleId: string;
  start: number;
  end: number;
  exact: string;
}

export interface StudentResult {
  studentId: string;
  name: string;
  handedInAt: string;
  /** How many earlier hand-ins the kept one replaced. */
  replaced: number;
  found: number;
  missed: number;
  extra: number;
  right: number;
  adjacent: number;
  wrong: number;
  /** Found claims the student gave no verdict. */
  noVerdict: number;
  /** Mean technique overlap (Jaccard) over the claims found; null when none found. */
  techniqueOverlap: number | null;
  /** 0–100, by ClassScores.formula. */
  score: number;
  claims: StudentClaimResult[];
  extras: MarkedSpan[];
}

export interface KeyClaimResult extends MarkedSpan {
  number: number;
  keyId: string;
  statusTagId: string | null;
  tagIds: string[];
  note: string;
  foundBy: number;
  /** Verdicts given by the students who found it, by status tag id ("none" for no verdict). */
  verdicts: Record<string, number>;
  techniques: Record<string, number>;
  /** Share of the students who found it and gave a verdict whose verdict is the key's; null when none did or the key has none. */
  agreementWithKey: number | null;
  /** Krippendorff's alpha of the students' verdicts on this claim (see docs/classroom.md). */
  alpha: { nominal: number | null; ordinal: number | null };
}

export interface ClassScores {
  assignment: Assignment;
  /** A student span finds a key claim when they overlap by at least this share of each. */
  matchThreshold: number;
  formula: string;
  keyClaims: KeyClaimResult[];
  students: StudentResult[];
  /** Spans that several students marked and the key does not have. */
  hints: Array<MarkedSpan & { students: number }>;
  agreement: { nominal: number | null; ordinal: number | null };
  /** Per article, how many students marked each part of the text. */
  coverage: Array<{ articleId: string; segments: Array<{ start: number; end: number; count: number }> }>;
}
