// A class of 30 synthetic students whose answers have known properties, scored against the key:
// every number of `class.scores` (and of `gloss class scores --json`) is worked out by hand here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassScores } from '../../../shared/classroom.js';
import { krippendorffAlpha } from '../../../electron/core/classroom/agreement.js';
import { ANSWERS_FORMAT, answersHash, type AnswersFile, type FileAnswer } from '../../../electron/core/classroom/files.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from '../../unit/library/harness.js';
import { glossJson } from '../cli/run.js';

const S = {
  true: 'status:true',
  mostlyTrue: 'status:mostly-true',
  mixed: 'status:mixed',
  false: 'status:false',
  unverifiable: 'status:unverifiable',
};
const LL = 'technique:loaded-language';
const FEAR = 'technique:appeal-to-fear';

// Ten key claims, one sentence each, and two sentences that are not in the key.
const claims = Array.from({ length: 10 }, (_, i) => `Claim sentence number ${i + 1} says something checkable about the harbour budget.`);
const extras = ['The mayor smiled at the cameras afterwards.', 'Everyone knows the river is dirty.'];
const keyStatus = [S.false, S.false, S.false, S.false, S.false, S.mostlyTrue, S.mostlyTrue, S.mostlyTrue, S.true, S.unverifiable];
const keyTechniques = (n: number) => [...(n % 2 === 1 ? [LL] : []), ...(n <= 3 ? [FEAR] : [])];

describe('a class of thirty scored against the key', { timeout: 120_000 }, () => {
  let teacher: TestLibrary;
  let articleId: string;
  let body: string;
  let assignmentId: string;
  let scores: ClassScores;

  const span = (text: string, shift = 0) => {
    const start = body.indexOf(text) + shift;
    return { articleId, start, end: body.indexOf(text) + text.length, exact: body.slice(start, body.indexOf(text) + text.length) };
  };
  const answer = (text: string, statusTagId: string | null, tagIds: string[], shift = 0): FileAnswer => ({
    number: null,
    ...span(text, shift),
    statusTagId,
    tagIds,
    justification: '',
  });
  const file = (student: string, answers: FileAnswer[], handedInAt = '2026-11-20T10:00:00.000Z'): { name: string; dataBase64: string } => {
    const content = { assignmentId, assignmentTitle: 'Harbour', student: { id: `id-${student}`, name: student }, handedInAt, answers };
    const f: AnswersFile = { format: ANSWERS_FORMAT, version: 1, ...content, hash: answersHash(content) };
    return { name: `${student}.glossanswers`, dataBase64: Buffer.from(JSON.stringify(f)).toString('base64') };
  };
  const names = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`);

  // The groups: A find everything and judge it right; B hand in nothing; C swap the verdicts of
  // claims 1 and 6; D are right and also mark the two extra sentences; E mark claims 6–10 only,
  // two characters short, with verdicts a step off on 6, 7 and 9, none on 10, and no techniques.
  const A = names('A', 1, 6);
  const B = names('B', 7, 10);
  const C = names('C', 11, 16);
  const D = names('D', 17, 22);
  const E = names('E', 23, 30);
  const perfect = () => claims.map((c, i) => answer(c, keyStatus[i]!, keyTechniques(i + 1)));

  beforeAll(async () => {
    teacher = await openTestLibrary();
    articleId = (await importArticles(teacher, [['harbour.md', markdown('Harbour budget', ...claims.slice(0, 5), extras[0]!, ...claims.slice(5), extras[1]!)]]))[0]!;
    body = (await teacher.call('articles.get', { id: articleId })).body;
    for (const [i, c] of claims.entries()) {
      await annotate(teacher, articleId, c, { statusTagId: keyStatus[i]!, tagIds: keyTechniques(i + 1), note: `Teacher note ${i + 1}` });
    }
    const collection = await teacher.call('collections.create', { name: 'Harbour' });
    await teacher.call('collections.addArticles', { id: collection.id, articleIds: [articleId!] });
    assignmentId = (await teacher.call('assignments.create', { collectionId: collection.id, task: 'find', title: 'Harbour' })).id;

    const files = [
      ...A.map((s) => file(s, perfect())),
      ...B.map((s) => file(s, [])),
      ...C.map((s) => {
        const a = perfect();
        a[0] = { ...a[0]!, statusTagId: S.mostlyTrue };
        a[5] = { ...a[5]!, statusTagId: S.false };
        return file(s, a);
      }),
      ...D.map((s) => file(s, [...perfect(), ...extras.map((x) => answer(x, S.false, []))])),
      ...E.map((s) =>
        file(s, [
          answer(claims[5]!, S.true, [], 2),
          answer(claims[6]!, S.true, [], 2),
          answer(claims[7]!, S.mostlyTrue, [], 2),
          answer(claims[8]!, S.mostlyTrue, [], 2),
          answer(claims[9]!, null, [], 2),
        ]),
      ),
    ];
    const report = await teacher.call('class.importAnswers', { files });
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(30);
    scores = await teacher.call('class.scores', { assignmentId });
  });
  afterAll(() => teacher.close());

  const student = (name: string) => scores.students.find((s) => s.name === name)!;

  it('scores the students who found everything and judged it right at 100', () => {
    for (const s of A) expect(student(s)).toMatchObject({ found: 10, missed: 0, extra: 0, right: 10, adjacent: 0, wrong: 0, noVerdict: 0, techniqueOverlap: 1, score: 100 });
  });

  it('scores the students who handed in nothing at 0, with nothing found', () => {
    for (const s of B) expect(student(s)).toMatchObject({ found: 0, missed: 10, extra: 0, right: 0, wrong: 0, techniqueOverlap: null, score: 0 });
  });

  it('counts two swapped verdicts as wrong: 100 × (0.4 + 0.4 × 8/10 + 0.2) = 92', () => {
    for (const s of C) expect(student(s)).toMatchObject({ found: 10, missed: 0, extra: 0, right: 8, adjacent: 0, wrong: 2, score: 92 });
  });

  it('counts extra spans against finding: 100 × (0.4 × 20/22 + 0.4 + 0.2) = 96', () => {
    for (const s of D) {
      expect(student(s)).toMatchObject({ found: 10, missed: 0, extra: 2, right: 10, score: 96 });
      expect(student(s).extras.map((e) => e.exact)).toEqual(extras);
    }
  });

  it('finds claims from spans that cover most of them, and tells right, adjacent and no verdict apart', () => {
    // finding 2×5/15, verdicts (1 + 3/2)/10, techniques (1+0+1+0+1)/10 → 100 × (0.2667 + 0.1 + 0.06) = 42.67
    for (const s of E) {
      expect(student(s)).toMatchObject({ found: 5, missed: 5, extra: 0, right: 1, adjacent: 3, wrong: 0, noVerdict: 1, score: 43 });
      expect(student(s).techniqueOverlap).toBeCloseTo(3 / 5, 10);
      expect(student(s).claims.map((c) => c.found)).toEqual([false, false, false, false, false, true, true, true, true, true]);
    }
  });

  it('counts per key claim who found it, what they said and how far they agree with the key', () => {
    const k = (n: number) => scores.keyClaims[n - 1]!;
    expect(scores.keyClaims.map((x) => x.foundBy)).toEqual([18, 18, 18, 18, 18, 26, 26, 26, 26, 26]);
    expect(k(1).verdicts).toEqual({ [S.false]: 12, [S.mostlyTrue]: 6 });
    expect(k(1).techniques).toEqual({ [LL]: 18, [FEAR]: 18 });
    expect(k(1).agreementWithKey).toBeCloseTo(12 / 18, 10);
    expect(k(2).agreementWithKey).toBe(1);
    expect(k(6).verdicts).toEqual({ [S.mostlyTrue]: 12, [S.false]: 6, [S.true]: 8 });
    expect(k(6).agreementWithKey).toBeCloseTo(12 / 26, 10);
    expect(k(7).agreementWithKey).toBeCloseTo(18 / 26, 10);
    expect(k(7).techniques).toEqual({ [LL]: 18 });
    expect(k(8).agreementWithKey).toBe(1);
    expect(k(9).verdicts).toEqual({ [S.true]: 18, [S.mostlyTrue]: 8 });
    expect(k(10).verdicts).toEqual({ [S.unverifiable]: 18, none: 8 });
    expect(k(10).agreementWithKey).toBe(1); // the eight gave no verdict: they do not count for or against
    expect(k(3).note).toBe('Teacher note 3');
  });

  it("computes the class's agreement from exactly the verdicts given", () => {
    const rep = (v: string, n: number) => Array<string>(n).fill(v);
    const units = [
      [...rep(S.false, 12), ...rep(S.mostlyTrue, 6)],
      rep(S.false, 18),
      rep(S.false, 18),
      rep(S.false, 18),
      rep(S.false, 18),
      [...rep(S.mostlyTrue, 12), ...rep(S.false, 6), ...rep(S.true, 8)],
      [...rep(S.mostlyTrue, 18), ...rep(S.true, 8)],
      rep(S.mostlyTrue, 26),
      [...rep(S.true, 18), ...rep(S.mostlyTrue, 8)],
      rep(S.unverifiable, 18),
    ];
    expect(scores.agreement.nominal).toBeCloseTo(krippendorffAlpha(units, 'nominal').overall!, 10);
    const rating: Record<string, number> = { [S.false]: 1, [S.mostlyTrue]: 4, [S.true]: 5 };
    const ratingUnits = units.map((u) => u.filter((v) => v in rating).map((v) => rating[v]!));
    expect(scores.agreement.ordinal).toBeCloseTo(krippendorffAlpha(ratingUnits, 'ordinal', [1, 2, 3, 4, 5]).overall!, 10);
    expect(scores.keyClaims[1]!.alpha.nominal).toBe(1); // claim 2: everyone who found it agreed
    expect(scores.agreement.nominal!).toBeGreaterThan(0);
    expect(scores.agreement.nominal!).toBeLessThan(1);
  });

  it('points the teacher at the spans six students marked that the key lacks', () => {
    expect(scores.hints.map((h) => [h.exact, h.students])).toEqual(extras.map((x) => [x, 6]));
  });

  it('shades the text by how many students marked each part', () => {
    const [coverage] = scores.coverage;
    const at = (offset: number) => coverage!.segments.find((s) => s.start <= offset && offset < s.end)?.count ?? 0;
    const c1 = body.indexOf(claims[0]!);
    const c6 = body.indexOf(claims[5]!);
    expect(at(c1)).toBe(18);
    expect(at(c6)).toBe(18); // E's spans start two characters in
    expect(at(c6 + 2)).toBe(26);
    expect(at(body.indexOf(extras[0]!))).toBe(6);
    expect(at(body.indexOf(claims[0]!) - 1)).toBe(0);
  });

  it('prints the same numbers from gloss class scores --json', async () => {
    const fromCli = await glossJson<ClassScores>(['class', 'scores', assignmentId.slice(0, 8), '--data-dir', teacher.dataDir]);
    expect(fromCli.students).toEqual(scores.students);
    expect(fromCli.keyClaims).toEqual(scores.keyClaims);
    expect(fromCli.agreement).toEqual(scores.agreement);
  });

  it('refuses a damaged, edited, foreign or same-name file and changes nothing', async () => {
    const before = await teacher.call('class.scores', { assignmentId });
    const good = JSON.parse(Buffer.from(file('A01', perfect()).dataBase64, 'base64').toString('utf8')) as AnswersFile;
    const edited = { ...good, answers: good.answers.map((a) => ({ ...a, statusTagId: S.true })) };
    const foreign = { ...good, assignmentId: 'another-assignment' };
    foreign.hash = answersHash(foreign);
    const sameName = { ...good, student: { id: 'someone-else', name: 'a01' } };
    sameName.hash = answersHash(sameName);
    const enc = (name: string, v: unknown) => ({ name, dataBase64: Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64') });
    const report = await teacher.call('class.importAnswers', {
      files: [enc('edited.glossanswers', edited), enc('foreign.glossanswers', foreign), enc('same-name.glossanswers', sameName), enc('broken.glossanswers', '{"format": "gloss-ans')],
    });
    expect(report.imported).toEqual([]);
    expect(Object.fromEntries(report.failed.map((f) => [f.name, f.message]))).toEqual({
      'edited.glossanswers': expect.stringContaining('changed after it was handed in'),
      'foreign.glossanswers': expect.stringContaining('not an assignment made in this library'),
      'same-name.glossanswers': expect.stringContaining('another student named “a01”'),
      'broken.glossanswers': expect.stringContaining('is cut short'),
    });
    expect(await teacher.call('class.scores', { assignmentId })).toEqual(before);
  });

  it('keeps the later of two hand-ins and says it replaced one; an earlier one changes nothing', async () => {
    const later = await teacher.call('class.importAnswers', { files: [file('B07', perfect(), '2026-11-21T09:00:00.000Z')] });
    expect(later.imported).toEqual([{ name: 'B07.glossanswers', student: 'B07', assignmentId, replaced: true }]);
    const earlier = await teacher.call('class.importAnswers', { files: [file('B07', [], '2026-11-19T09:00:00.000Z')] });
    expect(earlier.failed[0]!.message).toContain('earlier hand-in');
    const after = await teacher.call('class.scores', { assignmentId });
    expect(after.students.find((s) => s.name === 'B07')).toMatchObject({ found: 10, score: 100, replaced: 1 });
    expect(after.students).toHaveLength(30);
  });
});
