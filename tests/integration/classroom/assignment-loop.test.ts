// The lesson from end to end: the teacher hands out an assignment file, students open it in their
// own libraries, do it and hand in, and the teacher takes the answers back and writes feedback.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Assignment, ClassScores } from '../../../shared/classroom.js';
import { formatMoment } from '../../../shared/i18n/format.js';
import type { ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { annotate, importArticles, markdown, openTestLibrary, textFile, type TestLibrary } from '../../unit/library/harness.js';
import { gloss, glossJson } from '../cli/run.js';

const paragraphs = [
  'The council said the new harbour bridge will cost 40 million euros.',
  'Critics called the plan a reckless gamble with public money.',
  'Traffic on the old bridge fell by a third last year, according to the port authority.',
];

describe('an assignment handed out, done and handed back', { timeout: 300_000 }, () => {
  const tmp = tempDir('gloss-classroom-');
  afterAll(() => tmp.remove());
  const dir = (who: string) => ['--data-dir', join(tmp.path, who)];

  it('goes from the teacher to two students and back through files and the command line', async () => {
    const article = join(tmp.path, 'harbour.md');
    writeFileSync(article, markdown('Harbour bridge', ...paragraphs));
    const imported = await glossJson<ImportReport>(['import', article, '--collection', 'Bridges', ...dir('teacher')]);
    const articleId = imported.imported[0]!.id;
    await glossJson(['annotate', articleId, '--quote', '40 million euros', '--status', 'false', '--tag', 'exaggeration or minimisation', '--note', 'SECRET-TEACHER-NOTE budget was 55m', ...dir('teacher')]);
    await glossJson(['annotate', articleId, '--quote', 'a reckless gamble', '--status', 'mixed', '--tag', 'loaded language', ...dir('teacher')]);
    const instructions = join(tmp.path, 'instructions.txt');
    writeFileSync(instructions, 'Find every claim about money and judge it.');

    const out = join(tmp.path, 'bridges.glossassignment');
    const created = await glossJson<{ assignment: Assignment; path: string }>([
      'assignment', 'create', '--collection', 'Bridges', '--task', 'find', '--title', 'Bridges homework', '--instructions-file', instructions, '--due', '2026-12-01', '--out', out, ...dir('teacher'),
    ]);
    expect(created.path).toBe(out);
    const fileText = readFileSync(out, 'utf8');
    expect(fileText).toContain('Find every claim about money');
    expect(fileText).toContain(paragraphs[0]);
    // Nothing of the teacher's work: no note, no claim (by id or span), no verdict on a claim.
    expect(fileText).not.toContain('SECRET-TEACHER-NOTE');
    expect(fileText).not.toMatch(/statusTagId|"note"|"evidence"/);
    expect(JSON.parse(fileText).assignment.claims).toEqual([]);
    const teacherClaims = await glossJson<Array<{ id: string }>>(['show', articleId, ...dir('teacher')]).then(
      (a) => (a as unknown as { annotations: Array<{ id: string }> }).annotations,
    );
    for (const c of teacherClaims) expect(fileText).not.toContain(c.id);

    for (const [who, status] of [['Ana', 'false'], ['Ben', 'true']] as const) {
      const opened = await gloss(['assignment', 'open', out, '--student', who, ...dir(who)]);
      expect(opened.code, opened.stderr).toBe(0);
      expect(opened.stdout).toContain('Opened “Bridges homework” for ' + who);
      expect(opened.stdout).toContain('Due 2026-12-01');
      await glossJson(['annotate', articleId, '--quote', 'cost 40 million euros', '--status', status, ...dir(who)]);
      const handed = await gloss(['assignment', 'hand-in', created.assignment.id.slice(0, 8), '--student', who, '--out', join(tmp.path, `${who}.glossanswers`), ...dir(who)]);
      expect(handed.code, handed.stderr).toBe(0);
    }

    const taken = await gloss(['class', 'import', join(tmp.path, 'Ana.glossanswers'), join(tmp.path, 'Ben.glossanswers'), ...dir('teacher')]);
    expect(taken.code, taken.stderr).toBe(0);
    expect(taken.stdout).toContain('2 imported, 0 refused');

    const scores = await glossJson<ClassScores>(['class', 'scores', created.assignment.id, ...dir('teacher')]);
    expect(scores.students.map((s) => [s.name, s.found, s.missed, s.right, s.wrong])).toEqual([
      ['Ana', 1, 1, 1, 0],
      ['Ben', 1, 1, 0, 1],
    ]);
    expect(scores.keyClaims.map((k) => k.foundBy)).toEqual([2, 0]);

    const text = await gloss(['class', 'scores', created.assignment.id, ...dir('teacher')]);
    expect(text.stdout).toMatch(/Ana\s+1\s+1\s+0\s+1/);
    expect(text.stdout).toContain('score = 100 × (0.4 × finding');
    // The formula in the teacher's language, like the rest of the table.
    expect((await gloss(['class', 'scores', created.assignment.id, '--lang', 'es', ...dir('teacher')])).stdout).toContain('puntuación = 100 × (0,4 × hallazgo');

    const folder = join(tmp.path, 'feedback');
    const exported = await gloss(['class', 'export', created.assignment.id, '--out', folder, ...dir('teacher')]);
    expect(exported.code, exported.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual([
      'bridges-homework-class-report.html',
      'bridges-homework-class.csv',
      'bridges-homework-feedback-ana.html',
      'bridges-homework-feedback-ben.html',
    ]);
    const csv = readFileSync(join(folder, 'bridges-homework-class.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFstudent,handed_in_at,hand_ins_replaced,found,missed,extra,verdicts_right,verdicts_adjacent,verdicts_wrong,no_verdict,technique_overlap,score');
    const ben = readFileSync(join(folder, 'bridges-homework-feedback-ben.html'), 'utf8');
    expect(ben).toContain('Feedback for Ben');
    expect(ben).toContain('SECRET-TEACHER-NOTE'); // the teacher's notes are handed back with the key
    expect(ben).toContain('not found');
  });

  it('refuses to open an assignment in the library that made it, and says why', async () => {
    const out = join(tmp.path, 'bridges.glossassignment');
    expect(existsSync(out)).toBe(true);
    const run = await gloss(['assignment', 'open', out, '--student', 'Teacher', ...dir('teacher')]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain("open it in a student's own Gloss");
  });

  it('refuses an earlier hand-in than the one taken, with both times in the teacher\'s language', async () => {
    const first = join(tmp.path, 'Ana.glossanswers');
    const later = join(tmp.path, 'Ana-later.glossanswers');
    const assignmentId = (JSON.parse(readFileSync(first, 'utf8')) as { assignmentId: string }).assignmentId;
    const handed = await gloss(['assignment', 'hand-in', assignmentId.slice(0, 8), '--student', 'Ana', '--out', later, ...dir('Ana')]);
    expect(handed.code, handed.stderr).toBe(0);
    expect((await gloss(['class', 'import', later, ...dir('teacher')])).code).toBe(0);

    const refused = await gloss(['class', 'import', first, '--lang', 'es', ...dir('teacher')]);
    expect(refused.code).toBe(1);
    const [firstAt, laterAt] = [first, later].map((f) => (JSON.parse(readFileSync(f, 'utf8')) as { handedInAt: string }).handedInAt);
    expect(refused.stderr).toContain(`Ana.glossanswers es una entrega de Ana anterior (${formatMoment(firstAt!, 'es')}) a la que ya hay aquí (${formatMoment(laterAt!, 'es')})`);
    expect(refused.stderr).not.toContain(firstAt!.slice(0, 10));
    expect(refused.stderr.split('Ana.glossanswers'), 'the file named once').toHaveLength(2);
  });
});

describe('an assignment file sent again after the teacher corrected a text', () => {
  it('brings the correction to a student who opened the first one, their claims moving with their words', async () => {
    const teacher = await openTestLibrary();
    const student = await openTestLibrary();
    try {
      const [articleId] = await importArticles(teacher, [['a.md', markdown('Harbour bridge', ...paragraphs)]]);
      await annotate(teacher, articleId!, 'a reckless gamble', { statusTagId: 'status:mixed' });
      const c = await teacher.call('collections.create', { name: 'Bridges' });
      await teacher.call('collections.addArticles', { id: c.id, articleIds: [articleId!] });
      const assignment = await teacher.call('assignments.create', { collectionId: c.id, task: 'find' });
      const first = await teacher.call('assignments.file', { id: assignment.id });
      await student.call('assignments.open', { file: { name: first.fileName, dataBase64: first.dataBase64 }, student: 'Dina' });
      await annotate(student, articleId!, 'a reckless gamble', { statusTagId: 'status:mixed' });

      const { body } = await teacher.call('articles.get', { id: articleId! });
      const corrected = body.replace('The council said', 'On Monday the city council said');
      await teacher.call('articles.correctText', { id: articleId!, body: corrected });
      const second = await teacher.call('assignments.file', { id: assignment.id });
      await student.call('assignments.open', { file: { name: second.fileName, dataBase64: second.dataBase64 }, student: 'Dina' });

      expect((await student.call('articles.get', { id: articleId! })).body).toBe(corrected);
      const [claim] = await student.call('annotations.list', { articleId: articleId! });
      expect([corrected.slice(claim!.start, claim!.end), claim!.orphaned]).toEqual(['a reckless gamble', false]);
      const answers = await student.call('assignments.handIn', { id: assignment.id });
      expect((await teacher.call('class.importAnswers', { files: [{ name: answers.fileName, dataBase64: answers.dataBase64 }] })).failed).toEqual([]);
      const scores = await teacher.call('class.scores', { assignmentId: assignment.id });
      expect(scores.students.map((s) => [s.name, s.found, s.extra, s.right])).toEqual([['Dina', 1, 0, 1]]);
    } finally {
      teacher.close();
      student.close();
    }
  });
});

describe('a "judge these claims" assignment', () => {
  it('gives students the numbered claims without verdicts, and takes their verdicts and reasons back', async () => {
    const teacher = await openTestLibrary();
    const student = await openTestLibrary();
    try {
      const [articleId] = await importArticles(teacher, [['a.md', markdown('Harbour bridge', ...paragraphs)]]);
      await annotate(teacher, articleId!, '40 million euros', { statusTagId: 'status:false', note: 'It was 55 million.' });
      await annotate(teacher, articleId!, 'fell by a third', { statusTagId: 'status:true' });
      const c = await teacher.call('collections.create', { name: 'Bridges' });
      await teacher.call('collections.addArticles', { id: c.id, articleIds: [articleId!] });
      const assignment = await teacher.call('assignments.create', { collectionId: c.id, task: 'judge' });
      expect(assignment.claims.map((x) => [x.number, x.exact])).toEqual([
        [1, '40 million euros'],
        [2, 'fell by a third'],
      ]);
      const file = await teacher.call('assignments.file', { id: assignment.id });
      const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
      expect(text).not.toContain('It was 55 million.');
      expect(text).not.toMatch(/statusTagId|"note"/); // no verdict or note is attached to a claim
      expect(JSON.parse(text).assignment.claims[0]).toEqual({ number: 1, articleId, start: expect.any(Number), end: expect.any(Number), exact: '40 million euros' });

      const opened = await student.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'Cleo' });
      expect(opened).toMatchObject({ role: 'student', task: 'judge', studentName: 'Cleo' });
      const own = await student.call('annotations.list', { articleId: articleId! });
      expect(own.map((a) => [a.quote.exact, a.statusTagId])).toEqual([
        ['40 million euros', null],
        ['fell by a third', null],
      ]);
      await student.call('annotations.update', { id: own[0]!.id, statusTagId: 'status:false', note: 'The budget papers say 55 million.' });
      await student.call('annotations.update', { id: own[1]!.id, statusTagId: 'status:mixed' });
      const answers = await student.call('assignments.handIn', { id: opened.id });
      expect(answers.fileName).toMatch(/-cleo\.glossanswers$/);
      expect((await student.call('assignments.get', { id: opened.id })).handedInAt).not.toBeNull();

      const report = await teacher.call('class.importAnswers', { files: [{ name: answers.fileName, dataBase64: answers.dataBase64 }] });
      expect(report.failed).toEqual([]);
      const scores = await teacher.call('class.scores', { assignmentId: assignment.id });
      expect(scores.students[0]!.claims.map((x) => [x.number, x.verdict, x.justification])).toEqual([
        [1, 'right', 'The budget papers say 55 million.'],
        [2, 'wrong', ''],
      ]);
      // A student library cannot score, and a teacher library cannot hand in.
      expect((await student.fail('class.scores', { assignmentId: opened.id })).message).toContain('only the teacher');
      expect((await teacher.fail('assignments.handIn', { id: assignment.id })).message).toContain('your own assignment');
      // Opening the same file twice is harmless; under another name it is refused.
      await student.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'Cleo' });
      expect((await student.call('annotations.list', { articleId: articleId! })).length).toBe(2);
      expect((await student.fail('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'Dan' })).message).toContain('already open here for Cleo');
      expect((await student.fail('assignments.open', { file: textFile('x.glossassignment', '{"format":"gloss-exchange"}'), student: 'Dan' })).message).toContain(
        'is not a Gloss assignment file',
      );
    } finally {
      teacher.close();
      student.close();
    }
  });
});

describe('a numbered claim left blank', () => {
  it('counts as not answered, not as found', async () => {
    const teacher = await openTestLibrary();
    const student = await openTestLibrary();
    try {
      const [articleId] = await importArticles(teacher, [['a.md', markdown('Harbour bridge', ...paragraphs)]]);
      await annotate(teacher, articleId!, '40 million euros', { statusTagId: 'status:false' });
      await annotate(teacher, articleId!, 'fell by a third', { statusTagId: 'status:true' });
      const c = await teacher.call('collections.create', { name: 'Bridges' });
      await teacher.call('collections.addArticles', { id: c.id, articleIds: [articleId!] });
      const assignment = await teacher.call('assignments.create', { collectionId: c.id, task: 'judge' });
      const file = await teacher.call('assignments.file', { id: assignment.id });
      const opened = await student.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'Dee' });
      const own = await student.call('annotations.list', { articleId: articleId! });
      await student.call('annotations.update', { id: own[1]!.id, tagIds: ['technique:loaded-language'] });
      const answers = await student.call('assignments.handIn', { id: opened.id });
      await teacher.call('class.importAnswers', { files: [{ name: answers.fileName, dataBase64: answers.dataBase64 }] });
      const [dee] = (await teacher.call('class.scores', { assignmentId: assignment.id })).students;
      expect(dee).toMatchObject({ found: 1, missed: 1, noVerdict: 1, right: 0 });
      expect(dee!.claims.map((x) => x.found)).toEqual([false, true]);
    } finally {
      teacher.close();
      student.close();
    }
  });
});

describe('a text the teacher corrected after handing it out', () => {
  const libraries: TestLibrary[] = [];
  afterEach(() => {
    for (const lib of libraries.splice(0)) lib.close();
  });

  /** The teacher's key claim on "40 million euros", the assignment handed out, then the text corrected to `corrected`; the student has opened it. */
  async function handedOutThenCorrected(task: 'find' | 'judge', corrected: string, student: string) {
    const teacher = await openTestLibrary();
    const pupil = await openTestLibrary();
    libraries.push(teacher, pupil);
    const articleId = (await teacher.call('articles.importText', { text: paragraphs.join('\n\n') })).imported[0]!.id;
    await annotate(teacher, articleId, '40 million euros', { statusTagId: 'status:false' });
    const c = await teacher.call('collections.create', { name: 'Bridges' });
    await teacher.call('collections.addArticles', { id: c.id, articleIds: [articleId] });
    const assignment = await teacher.call('assignments.create', { collectionId: c.id, task });
    const file = await teacher.call('assignments.file', { id: assignment.id });
    await teacher.call('articles.correctText', { id: articleId, body: corrected });
    const opened = await pupil.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student });
    const handIn = async () => {
      const answers = await pupil.call('assignments.handIn', { id: opened.id });
      return teacher.call('class.importAnswers', { files: [{ name: answers.fileName, dataBase64: answers.dataBase64 }] });
    };
    return { teacher, pupil, articleId, assignment, studentsArticle: opened.articleIds[0]!, handIn };
  }

  it('scores a claim a student found on the text handed out, after the teacher corrected that text', async () => {
    // The teacher adds a line at the top and cuts the middle paragraph.
    const { teacher, pupil, assignment, studentsArticle, handIn } = await handedOutThenCorrected('find', `Updated.\n\n${paragraphs[0]}\n\n${paragraphs[2]}`, 'Eli');
    const body = (await pupil.call('articles.get', { id: studentsArticle })).body;
    for (const words of ['40 million euros', 'fell by a third']) {
      await pupil.call('annotations.create', { articleId: studentsArticle, start: body.indexOf(words), end: body.indexOf(words) + words.length, statusTagId: 'status:false' });
    }
    // The second answer lies past the end of the shortened text: still taken, not "damaged".
    expect((await handIn()).failed).toEqual([]);
    const [eli] = (await teacher.call('class.scores', { assignmentId: assignment.id })).students;
    expect(eli).toMatchObject({ found: 1, missed: 0, right: 1 });
  });

  it("shades and scores a judge task's numbered claims where their words are now", async () => {
    const { teacher, pupil, articleId, assignment, studentsArticle, handIn } = await handedOutThenCorrected('judge', `Updated.\n\n${paragraphs.join('\n\n')}`, 'Fay');
    const [numbered] = await pupil.call('annotations.list', { articleId: studentsArticle });
    await pupil.call('annotations.update', { id: numbered!.id, statusTagId: 'status:false' });
    await handIn();
    const scores = await teacher.call('class.scores', { assignmentId: assignment.id });
    expect(scores.students[0]).toMatchObject({ found: 1, right: 1 });
    const body = (await teacher.call('articles.get', { id: articleId })).body;
    const shaded = scores.coverage[0]!.segments.filter((s) => s.count > 0).map((s) => body.slice(s.start, s.end));
    expect(shaded).toEqual(['40 million euros']);
  });
});
