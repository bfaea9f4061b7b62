// The classroom loop through a team hub against a real PostgreSQL: the teacher publishes, two
// students (each their own login role) get the assignment and hand in, the teacher pulls the
// answers and sees the class; and raw SQL under a student's role shows that PostgreSQL itself
// refuses them the other student's answers and the teacher's key.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncWithHub } from '../../../electron/core/hub/sync.js';
import type { ClassScores, HubAnswersReport } from '../../../shared/classroom.js';
import { repoRoot } from '../../helpers/corpus.js';
import { as, cluster, library as hubLibrary, missing, PASSWORD, scratchDir, useHub, workspace, type Lib } from '../../helpers/hub-testbed.js';

const TEXT = 'The bridge will cost 40 million euros. Critics called it a reckless gamble. Traffic fell by a third last year.';

const library = (user: string, ws = 'Class 9b') => hubLibrary(user, ws);

const quote = (exact: string) => ({ start: TEXT.indexOf(exact), end: TEXT.indexOf(exact) + exact.length });

/** The teacher's library: one article with a key of two claims, in a collection. */
async function teacherWithKey(user: string, workspace: string) {
  const tina = await library(user, workspace);
  const articleId = (await tina.call('articles.importText', { text: TEXT, title: 'Harbour bridge' })).imported[0]!.id;
  const key = [
    await tina.call('annotations.create', { articleId, ...quote('cost 40 million euros'), statusTagId: 'status:false', note: 'KEY-NOTE budget was 55m' }),
    await tina.call('annotations.create', { articleId, ...quote('fell by a third'), statusTagId: 'status:true', note: 'KEY-NOTE port figures' }),
  ];
  const collection = await tina.call('collections.create', { name: 'Bridges' });
  await tina.call('collections.addArticles', { id: collection.id, articleIds: [articleId] });
  const assignment = await tina.call('assignments.create', { collectionId: collection.id, task: 'judge', title: 'Bridges homework' });
  return { tina, articleId, key, assignment };
}

/** A student judges the numbered claims with these verdicts (in number order). */
async function judge(lib: Lib, assignmentId: string, verdicts: string[]) {
  const a = await lib.call('assignments.get', { id: assignmentId });
  const claims = await lib.call('annotations.list', { articleId: a.articleIds[0]! });
  for (const [i, status] of verdicts.entries()) {
    const own = claims.find((c) => c.start === a.claims[i]!.start)!;
    await lib.call('annotations.update', { id: own.id, statusTagId: status, note: `${status} because` });
  }
}

useHub(async () => {
  await workspace('Class 9b', [['tina', 'teacher'], ['sam', 'student'], ['sue', 'student'], ['vic', 'viewer']]);
  await workspace('Class 9c', [['tom', 'teacher'], ['cli_teacher', 'teacher'], ['cli_ana', 'student']]);
});

describe.skipIf(missing)('the classroom loop through a team hub', () => {
  it('publish, get, hand in (twice), pull: the teacher sees the class as with files; PostgreSQL refuses the rest', async () => {
    const { tina, articleId, key, assignment } = await teacherWithKey('tina', 'Class 9b');
    await syncWithHub(tina.core.db, { ...tina.hub }); // the key is on the hub too, in gloss.claims
    expect(await tina.call('assignments.publish', { id: assignment.id, ...tina.hub })).toEqual({ assignmentId: assignment.id, workspace: 'Class 9b', students: 2 });

    const sam = await library('sam');
    const sue = await library('sue');
    for (const [lib, name] of [[sam, 'sam'], [sue, 'sue']] as const) {
      const got = await lib.call('assignments.getFromHub', lib.hub);
      expect(got.opened.map((a) => [a.id, a.studentName, a.role, a.claims.length])).toEqual([[assignment.id, name, 'student', 2]]);
      // The student's copies carry no verdict and no note of the teacher's.
      expect((await lib.call('annotations.list', { articleId })).map((c) => [c.statusTagId, c.note])).toEqual([[null, ''], [null, '']]);
      expect(await lib.call('assignments.getFromHub', lib.hub)).toMatchObject({ opened: [], already: 1 });
    }

    await judge(sam, assignment.id, ['status:true', 'status:true']);
    expect(await sam.call('assignments.handInToHub', { id: assignment.id, ...sam.hub })).toMatchObject({ handIns: 1 });
    await judge(sam, assignment.id, ['status:false', 'status:true']);
    expect(await sam.call('assignments.handInToHub', { id: assignment.id, ...sam.hub })).toMatchObject({ handIns: 2 });
    expect((await sam.call('assignments.get', { id: assignment.id })).handedInAt).not.toBeNull();
    await judge(sue, assignment.id, ['status:true', 'status:false']);
    await sue.call('assignments.handInToHub', { id: assignment.id, ...sue.hub });

    const pulled = await tina.call('class.pullAnswers', { assignmentId: assignment.id, ...tina.hub });
    expect(pulled.failed).toEqual([]);
    expect(pulled.imported.map((i) => [i.student, i.replaced])).toEqual([['sam', true], ['sue', false]]);
    const scores: ClassScores = await tina.call('class.scores', { assignmentId: assignment.id });
    // Sam's later hand-in counts (both right), and the teacher sees that it replaced one.
    expect(scores.students.map((s) => [s.name, s.found, s.right, s.wrong, s.replaced, s.score])).toEqual([
      ['sam', 2, 2, 0, 1, 100],
      ['sue', 2, 0, 2, 0, 60],
    ]);
    expect(scores.keyClaims.map((k) => [k.number, k.foundBy, k.agreementWithKey])).toEqual([[1, 2, 0.5], [2, 2, 0.5]]);
    // Pulling again changes nothing.
    expect(await tina.call('class.pullAnswers', { assignmentId: assignment.id, ...tina.hub })).toMatchObject({ imported: [], failed: [], unchanged: 2 });

    // A student cannot pull, publish, or get a teacher's things through the API either.
    expect(await sam.refused('assignments.publish', { id: assignment.id, ...sam.hub })).toMatch(/assignment|teacher/);
    expect(await tina.refused('assignments.getFromHub', tina.hub)).toMatch(/only students/);

    const samSql = await as('sam');
    const vic = await as('vic');
    const tom = await as('tom');
    const tinaSql = await as('tina');
    try {
      // Sam reads the assignment, and only his own answers: Sue's are not there for him.
      expect((await samSql.query('SELECT id FROM gloss.assignments')).rows).toEqual([{ id: assignment.id }]);
      expect((await samSql.query('SELECT student FROM gloss.answers')).rows).toEqual([{ student: 'sam' }]);
      expect((await samSql.query("SELECT data FROM gloss.answers WHERE student = 'sue'")).rows).toEqual([]);
      // The teacher's key (their claims, their versions) does not reach him, nor is it in the assignment.
      expect((await samSql.query('SELECT id FROM gloss.claims WHERE id = ANY($1)', [key.map((k) => k.id)])).rows).toEqual([]);
      expect((await samSql.query('SELECT claim_id FROM gloss.claim_versions WHERE claim_id = ANY($1)', [key.map((k) => k.id)])).rows).toEqual([]);
      const published = JSON.stringify((await samSql.query('SELECT data FROM gloss.assignments')).rows);
      expect(published).not.toMatch(/KEY-NOTE|statusTagId|"note"/);
      for (const k of key) expect(published).not.toContain(k.id);
      // He cannot change Sue's answers, hand in under her name, or publish.
      expect((await samSql.query("UPDATE gloss.answers SET data = data WHERE student = 'sue'")).rowCount).toBe(0);
      const sues = (await tinaSql.query("SELECT data FROM gloss.answers WHERE student = 'sue'")).rows[0].data as object;
      await expect(
        samSql.query('INSERT INTO gloss.answers (workspace_id, assignment_id, student, data) SELECT workspace_id, id, $2, $1 FROM gloss.assignments', [
          JSON.stringify(sues),
          'sue',
        ]),
      ).rejects.toMatchObject({ code: '42501' });
      await expect(samSql.query("UPDATE gloss.answers SET data = jsonb_set(data, '{student,name}', '\"sue\"')")).rejects.toMatchObject({ code: '42501' });
      await expect(samSql.query("INSERT INTO gloss.assignments (workspace_id, id, data) SELECT workspace_id, 'x', data FROM gloss.assignments")).rejects.toMatchObject({
        code: '42501',
      });
      await expect(samSql.query('DELETE FROM gloss.answers')).rejects.toMatchObject({ code: '42501' });
      // A viewer of the class and the teacher of another class read no answers.
      expect((await vic.query('SELECT student FROM gloss.answers')).rows).toEqual([]);
      expect((await tom.query('SELECT student FROM gloss.answers')).rows).toEqual([]);
      expect((await tom.query('SELECT id FROM gloss.assignments')).rows).toEqual([]);
    } finally {
      for (const c of [samSql, vic, tom, tinaSql]) await c.end();
    }

    // Sam's ordinary team sync sends his claims, but they stay his: the teacher's sync does not
    // bring them beside her key (his answers reach her by handing in).
    const keyBefore = (await tina.call('annotations.list', { articleId })).map((c) => c.id).sort();
    expect((await syncWithHub(sam.core.db, { ...sam.hub })).sent).toBeGreaterThan(0);
    await syncWithHub(tina.core.db, { ...tina.hub });
    expect((await tina.call('annotations.list', { articleId })).map((c) => c.id).sort()).toEqual(keyBefore);
    const tinaAgain = await as('tina');
    const samAgain = await as('sam');
    try {
      expect((await tinaAgain.query("SELECT id FROM gloss.claims WHERE created_by = 'sam'")).rows).toEqual([]);
      expect((await tinaAgain.query("SELECT claim_id FROM gloss.claim_versions WHERE sent_by = 'sam'")).rows).toEqual([]);
      expect((await samAgain.query("SELECT id FROM gloss.claims WHERE created_by = 'sam'")).rows).toHaveLength(2);
    } finally {
      await tinaAgain.end();
      await samAgain.end();
    }
  });

  it('a student of another class, a hand-in under another name and an unpublished assignment are refused clearly', async () => {
    const { tina: tom, assignment } = await teacherWithKey('tom', 'Class 9c');
    const sam = await library('sam', 'Class 9c');
    expect(await sam.refused('assignments.getFromHub', sam.hub)).toMatch(/no workspace "Class 9c" that you belong to/);

    // Opened from a file under another name, handed in through the hub: refused, nothing sent.
    const ana = await library('cli_ana', 'Class 9c');
    const file = await tom.call('assignments.file', { id: assignment.id });
    await ana.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'Ana' });
    expect(await ana.refused('assignments.handInToHub', { id: assignment.id, ...ana.hub })).toMatch(/open here for Ana, but you are cli_ana/);
    // Under the hub name, but the teacher never published it: hand in a file instead.
    const ana2 = await library('cli_ana', 'Class 9c');
    await ana2.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: 'cli_ana' });
    expect(await ana2.refused('assignments.handInToHub', { id: assignment.id, ...ana2.hub })).toMatch(/is not on the hub workspace "Class 9c": hand it in as a file/);
    expect((await ana2.call('assignments.get', { id: assignment.id })).handedInAt).toBeNull();
  });

  it('the same loop with the gloss command line', async () => {
    const tmp = scratchDir('gloss-classhub-cli-');
    const run = (who: string, ...args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const { PGPASSWORD: _unset, ...env } = process.env;
        const child = spawn(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), ...args, '--data-dir', join(tmp.path, who)], {
          env: { ...env, PGPASSWORD: PASSWORD, NO_COLOR: '1' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
    const hub = (user: string) => ['--hub', cluster.url(user), '--workspace', 'Class 9c'];
    const text = join(tmp.path, 'bridge.txt');
    writeFileSync(text, TEXT);
    expect((await run('t', 'import', text, '--collection', 'Bridges')).code).toBe(0);
    const created = await run('t', 'assignment', 'create', '--collection', 'Bridges', '--task', 'find', '--title', 'Find them', '--out', join(tmp.path, 'a.glossassignment'), '--json');
    const { id, articleIds } = (JSON.parse(created.stdout) as { assignment: { id: string; articleIds: string[] } }).assignment;

    const published = await run('t', 'assignment', 'publish', id.slice(0, 8), ...hub('cli_teacher'));
    expect(published.stdout, published.stderr).toContain('Published to "Class 9c": its 1 student can get it');
    const opened = await run('a', 'assignment', 'open', ...hub('cli_ana'));
    expect(opened.stdout, opened.stderr).toContain('Opened “Find them”');
    expect(opened.stdout).toContain('for cli_ana');
    expect((await run('a', 'annotate', articleIds[0]!, '--quote', 'a reckless gamble', '--status', 'false')).code).toBe(0);
    const handed = await run('a', 'assignment', 'hand-in', id.slice(0, 8), ...hub('cli_ana'));
    expect(handed.stdout, handed.stderr).toContain('Handed in to "Class 9c"');

    const pulled = await run('t', 'class', 'pull', id.slice(0, 8), ...hub('cli_teacher'), '--json');
    expect(pulled.code, pulled.stderr).toBe(0);
    expect((JSON.parse(pulled.stdout) as HubAnswersReport).imported.map((i) => i.student)).toEqual(['cli_ana']);
    const scores = JSON.parse((await run('t', 'class', 'scores', id.slice(0, 8), '--json')).stdout) as ClassScores;
    expect(scores.students.map((s) => [s.name, s.extra])).toEqual([['cli_ana', 1]]);
  }, 400_000);
});
