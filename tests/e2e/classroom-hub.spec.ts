// The lesson through a team hub in browser mode: the teacher publishes from the Class view, a
// student connected to the class's workspace gets the assignment and hands in to the hub, and
// the teacher pulls the answers into the Class view.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addMember, createWorkspace } from '../../electron/core/hub/admin.js';
import { migrateHub } from '../../electron/core/hub/schema.js';
import { startHost, type Host } from '../../electron/host/server.js';
import type { Annotation } from '../../shared/model.js';
import { repoRoot } from '../helpers/corpus.js';
import { postgresMissing, startCluster, type Cluster } from '../helpers/postgres.js';
import { tempDir } from '../helpers/tmp.js';
import { callApi, expect, expectAccessible, screenshotDir, test } from './fixtures.js';

const missing = postgresMissing();
const PASSWORD = 'classroom hub password';
let cluster: Cluster | null = null;
const passDir = tempDir('gloss-e2e-class-pgpass-');
const text = 'The council said the new harbour bridge will cost 40 million euros. Traffic on the old bridge fell by a third last year.';

test.beforeAll(async () => {
  if (missing) return;
  cluster = await startCluster();
  const admin = await cluster.admin();
  try {
    await migrateHub(admin);
    await createWorkspace(admin, 'Class 9b');
    await addMember(admin, { workspace: 'Class 9b', user: 'tina', role: 'teacher', password: PASSWORD });
    await addMember(admin, { workspace: 'Class 9b', user: 'ana', role: 'student', password: PASSWORD });
  } finally {
    await admin.end();
  }
  // Browser mode keeps no password: the calls after connecting find it where libpq looks.
  const passfile = join(passDir.path, 'pgpass');
  writeFileSync(passfile, ['tina', 'ana'].map((u) => `127.0.0.1:${cluster!.port}:postgres:${u}:${PASSWORD}\n`).join(''), { mode: 0o600 });
  process.env.PGPASSFILE = passfile;
});
test.afterAll(() => {
  cluster?.stop();
  passDir.remove();
});

async function connect(page: Page, user: string) {
  await page.getByRole('button', { name: /^Team:/ }).click();
  const panel = page.getByRole('dialog', { name: 'Team' });
  await panel.getByLabel('Hub address').fill(cluster!.url(user));
  await panel.getByLabel('Workspace').fill('Class 9b');
  await panel.getByLabel('Password').fill(PASSWORD);
  await panel.getByRole('button', { name: 'Connect and sync' }).click();
  await expect(panel.getByRole('status')).toHaveText('synced');
  await page.keyboard.press('Escape');
}

test('publish to the class hub, a student gets it and hands in there, the teacher pulls the answers', async ({ app: teacher, browser }) => {
  test.skip(missing !== null, missing ?? '');
  test.setTimeout(300_000);
  const articleId = (await callApi<{ imported: Array<{ id: string }> }>(teacher, 'articles.importText', { text, title: 'Harbour bridge' })).imported[0]!.id;
  for (const [quote, statusTagId] of [
    ['cost 40 million euros', 'status:false'],
    ['fell by a third last year', 'status:true'],
  ] as const) {
    const start = text.indexOf(quote);
    await callApi(teacher, 'annotations.create', { articleId, start, end: start + quote.length, statusTagId, note: `Key note on ${quote}` });
  }
  const collection = await callApi<{ id: string }>(teacher, 'collections.create', { name: 'Bridges' });
  await callApi(teacher, 'collections.addArticles', { id: collection.id, articleIds: [articleId] });
  await callApi(teacher, 'assignments.create', { collectionId: collection.id, task: 'judge', title: 'Bridges homework' });

  await connect(teacher, 'tina');
  await teacher.getByRole('button', { name: 'Classroom' }).click();
  await teacher.getByRole('button', { name: 'Publish to the hub' }).click();
  await expect(teacher.getByText('Published to “Class 9b”: 1 student can get it with “Get assignments from the hub”.')).toBeVisible();

  const dir = tempDir('gloss-e2e-hub-student-');
  let host: Host | null = null;
  try {
    host = await startHost({ dataDir: dir.path, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const student = await context.newPage();
    await student.goto(host.url);
    await connect(student, 'ana');
    await student.getByRole('button', { name: 'Classroom' }).click();
    await student.getByRole('button', { name: 'Get assignments from the hub' }).click();
    await expect(student.getByText('Opened 1 assignment from the hub.')).toBeVisible();
    await expect(student.getByRole('heading', { name: 'Bridges homework' })).toBeVisible();
    await expect(student.getByText('ana · Judge 2 claims')).toBeVisible();
    await expect(student.getByText('Key note on')).toHaveCount(0);

    const own = await callApi<Annotation[]>(student, 'annotations.list', { articleId });
    for (const claim of own) await callApi(student, 'annotations.update', { id: claim.id, statusTagId: 'status:false', note: 'Ana checked the figures.' });
    await student.getByRole('button', { name: 'Hand in', exact: true }).click();
    await expect(student.getByText('Handed in to “Class 9b”. You can hand in again; the later one counts.')).toBeVisible();
    await expect(student.getByRole('button', { name: 'Hand in again' })).toBeVisible();
    await student.screenshot({ path: join(screenshotDir, 'classroom-hub-student.png') });
    await expectAccessible(student, "student's assignment through the hub");
    await context.close();
  } finally {
    await host?.close();
    dir.remove();
  }

  await teacher.getByRole('button', { name: 'Pull answers from the hub' }).click();
  await expect(teacher.getByText('Took in the answers of 1 student from the hub (0 unchanged).')).toBeVisible();
  const students = teacher.getByRole('table').nth(1);
  await expect(students.getByRole('row', { name: /ana/ })).toContainText('1');
  await expect(teacher.getByRole('table').first().getByRole('row').nth(1)).toContainText('1 of 1');
  await teacher.screenshot({ path: join(screenshotDir, 'classroom-hub-class-view.png'), fullPage: true });
  await expectAccessible(teacher, 'Class view with the hub');
  await teacher.getByRole('button', { name: 'Pull answers from the hub' }).click();
  await expect(teacher.getByText('No new answers on the hub (1 unchanged).')).toBeVisible();
});
