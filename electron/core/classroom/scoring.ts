// Scoring a class's answers against the teacher's key: which key claims each student found,
// how their verdicts and techniques compare, what several students marked that the key lacks,
// and how far the students agree among themselves. Pure: the caller loads the data.
import type {
  Assignment,
  ClassScores,
  KeyClaimResult,
  MarkedSpan,
  StudentClaimResult,
  StudentResult,
  VerdictMatch,
} from '../../../shared/classroom.js';
import { krippendorffAlpha } from './agreement.js';

export interface KeyClaim extends MarkedSpan {
  id: string;
  number: number;
  statusTagId: string | null;
  tagIds: string[];
  note: string;
}

export interface Answer extends MarkedSpan {
  /** Judge tasks: the key claim answered; find tasks: null (matched by span). */
  keyClaimId: string | null;
  statusTagId: string | null;
  tagIds: string[];
  justification: string;
}

export interface Submission {
  studentId: string;
  name: string;
  handedInAt: string;
  replaced: number;
  answers: Answer[];
}

/** A student's span finds a key claim when the overlap covers at least this share of both. */
export const MATCH_THRESHOLD = 0.5;

export const SCORE_FORMULA =
  'score = 100 × (0.4 × finding + 0.4 × verdicts + 0.2 × techniques); ' +
  'finding = 2 × found ÷ (key claims + claims marked) for find tasks, answered ÷ key claims for judge tasks; ' +
  'verdicts = (right + ½ × adjacent) ÷ key claims with a verdict; ' +
  'techniques = sum of technique overlap (Jaccard) over the claims found ÷ key claims';

/** How well a student's span stands for a key claim: the smaller share of either covered by the overlap. */
export function overlapShare(a: MarkedSpan, b: MarkedSpan): number {
  if (a.articleId !== b.articleId) return 0;
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (overlap <= 0) return 0;
  return Math.min(overlap / (a.end - a.start), overlap / (b.end - b.start));
}

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const A = new Set(a);
  const B = new Set(b);
  const union = new Set([...A, ...B]).size;
  if (union === 0) return 1;
  let both = 0;
  for (const x of A) if (B.has(x)) both++;
  return both / union;
}

/** ratingValue per status tag: verdicts one step apart on the scale are "adjacent". */
export type Ratings = ReadonlyMap<string, number | null>;

export function compareVerdict(given: string | null, key: string, ratings: Ratings): VerdictMatch {
  if (given === null) return 'none';
  if (given === key) return 'right';
  const g = ratings.get(given);
  const k = ratings.get(key);
  return g != null && k != null && Math.abs(g - k) === 1 ? 'adjacent' : 'wrong';
}

/** Pairs each key claim with at most one of the student's answers, best overlap first. */
function match(task: Assignment['task'], key: readonly KeyClaim[], answers: readonly Answer[]): Map<string, Answer> {
  const found = new Map<string, Answer>();
  if (task === 'judge') {
    const keyIds = new Set(key.map((k) => k.id));
    // A numbered claim is on every student's page: it counts once they said something about it.
    const answered = (a: Answer) => a.statusTagId !== null || a.tagIds.length > 0 || a.justification.trim() !== '';
    for (const a of answers) if (a.keyClaimId && keyIds.has(a.keyClaimId) && answered(a)) found.set(a.keyClaimId, a);
    return found;
  }
  const pairs: Array<{ k: KeyClaim; a: Answer; share: number }> = [];
  for (const k of key) {
    for (const a of answers) {
      const share = overlapShare(k, a);
      if (share >= MATCH_THRESHOLD) pairs.push({ k, a, share });
    }
  }
  pairs.sort((x, y) => y.share - x.share || x.k.number - y.k.number);
  const used = new Set<Answer>();
  for (const { k, a } of pairs) {
    if (found.has(k.id) || used.has(a)) continue;
    found.set(k.id, a);
    used.add(a);
  }
  return found;
}

export function scoreClass(assignment: Assignment, key: readonly KeyClaim[], submissions: readonly Submission[], ratings: Ratings): ClassScores {
  const judged = key.filter((k) => k.statusTagId !== null);
  const matches = submissions.map((s) => match(assignment.task, key, s.answers));

  const students: StudentResult[] = submissions.map((s, i) => {
    const found = matches[i]!;
    const claims: StudentClaimResult[] = key.map((k) => {
      const a = found.get(k.id);
      return {
        number: k.number,
        found: !!a,
        statusTagId: a?.statusTagId ?? null,
        tagIds: a?.tagIds ?? [],
        justification: a?.justification ?? '',
        verdict: a && k.statusTagId ? compareVerdict(a.statusTagId, k.statusTagId, ratings) : null,
        techniqueJaccard: a ? jaccard(a.tagIds, k.tagIds) : null,
      };
    });
    const count = (v: VerdictMatch) => claims.filter((c) => c.verdict === v).length;
    const overlaps = claims.flatMap((c) => (c.techniqueJaccard === null ? [] : [c.techniqueJaccard]));
    const used = new Set(found.values());
    const extras = assignment.task === 'find' ? s.answers.filter((a) => !used.has(a)).map(spanOf) : [];
    const right = count('right');
    const adjacent = count('adjacent');
    const finding =
      key.length === 0 ? 0 : assignment.task === 'find' ? (2 * found.size) / (key.length + s.answers.length) : found.size / key.length;
    const verdicts = judged.length === 0 ? 0 : (right + adjacent / 2) / judged.length;
    const techniques = key.length === 0 ? 0 : overlaps.reduce((x, y) => x + y, 0) / key.length;
    return {
      studentId: s.studentId,
      name: s.name,
      handedInAt: s.handedInAt,
      replaced: s.replaced,
      found: found.size,
      missed: key.length - found.size,
      extra: extras.length,
      right,
      adjacent,
      wrong: count('wrong'),
      noVerdict: count('none'),
      techniqueOverlap: overlaps.length ? overlaps.reduce((x, y) => x + y, 0) / overlaps.length : null,
      score: Math.round(100 * (0.4 * finding + 0.4 * verdicts + 0.2 * techniques)),
      claims,
      extras,
    };
  });

  // Agreement among students: units are key claims, values the verdicts of those who found them.
  const verdictsByClaim = key.map((k) =>
    matches.flatMap((m) => {
      const v = m.get(k.id)?.statusTagId;
      return v ? [v] : [];
    }),
  );
  const ratingUnits = verdictsByClaim.map((vs) => vs.flatMap((v) => (ratings.get(v) != null ? [ratings.get(v)!] : [])));
  const scale = [...new Set([...ratings.values()].filter((r): r is number => r !== null))].sort((a, b) => a - b);
  const nominal = krippendorffAlpha(verdictsByClaim, 'nominal');
  const ordinal = krippendorffAlpha(ratingUnits, 'ordinal', scale);

  const keyClaims: KeyClaimResult[] = key.map((k, i) => {
    const finders = matches.flatMap((m) => (m.has(k.id) ? [m.get(k.id)!] : []));
    const verdicts: Record<string, number> = {};
    const techniques: Record<string, number> = {};
    for (const a of finders) {
      verdicts[a.statusTagId ?? 'none'] = (verdicts[a.statusTagId ?? 'none'] ?? 0) + 1;
      for (const t of a.tagIds) techniques[t] = (techniques[t] ?? 0) + 1;
    }
    const withVerdict = finders.filter((a) => a.statusTagId !== null);
    return {
      ...spanOf(k),
      number: k.number,
      keyId: k.id,
      statusTagId: k.statusTagId,
      tagIds: k.tagIds,
      note: k.note,
      foundBy: finders.length,
      verdicts,
      techniques,
      agreementWithKey:
        k.statusTagId && withVerdict.length ? withVerdict.filter((a) => a.statusTagId === k.statusTagId).length / withVerdict.length : null,
      alpha: { nominal: nominal.perUnit[i] ?? null, ordinal: ordinal.perUnit[i] ?? null },
    };
  });

  return {
    assignment,
    matchThreshold: MATCH_THRESHOLD,
    formula: SCORE_FORMULA,
    keyClaims,
    students,
    hints: hintsFrom(students),
    agreement: { nominal: nominal.overall, ordinal: ordinal.overall },
    coverage: coverageOf(assignment.articleIds, submissions),
  };
}

function spanOf(s: MarkedSpan): MarkedSpan {
  return { articleId: s.articleId, start: s.start, end: s.end, exact: s.exact };
}

/** Extra spans that at least two students, and at least a fifth of the class, marked alike. */
function hintsFrom(students: readonly StudentResult[]): ClassScores['hints'] {
  const needed = Math.max(2, Math.ceil(students.length / 5));
  const candidates = students.flatMap((s) => s.extras.map((span) => ({ span, student: s.studentId })));
  const counted = candidates.map(({ span }) => ({
    span,
    students: new Set(candidates.filter((c) => overlapShare(c.span, span) >= MATCH_THRESHOLD).map((c) => c.student)).size,
  }));
  counted.sort((a, b) => b.students - a.students || a.span.start - b.span.start);
  const hints: ClassScores['hints'] = [];
  for (const c of counted) {
    if (c.students < needed) break;
    if (hints.some((h) => overlapShare(h, c.span) >= MATCH_THRESHOLD)) continue;
    hints.push({ ...c.span, students: c.students });
  }
  return hints;
}

/** Per article, the text cut where the number of students who marked it changes. */
function coverageOf(articleIds: readonly string[], submissions: readonly Submission[]): ClassScores['coverage'] {
  return articleIds.map((articleId) => {
    const delta = new Map<number, number>();
    for (const s of submissions) {
      for (const [start, end] of merged(s.answers.filter((a) => a.articleId === articleId))) {
        delta.set(start, (delta.get(start) ?? 0) + 1);
        delta.set(end, (delta.get(end) ?? 0) - 1);
      }
    }
    const points = [...delta.keys()].sort((a, b) => a - b);
    const segments: Array<{ start: number; end: number; count: number }> = [];
    let count = 0;
    for (let i = 0; i < points.length - 1; i++) {
      count += delta.get(points[i]!)!;
      if (count > 0) segments.push({ start: points[i]!, end: points[i + 1]!, count });
    }
    return { articleId, segments };
  });
}

/** One student's spans on an article, overlapping ones joined, so a student counts once per character. */
function merged(spans: readonly MarkedSpan[]): Array<[number, number]> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<[number, number]> = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last[1]) last[1] = Math.max(last[1], s.end);
    else out.push([s.start, s.end]);
  }
  return out;
}
