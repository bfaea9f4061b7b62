// The lesson in browser mode: the teacher makes an assignment, two students open it in their own
// libraries, mark and hand in, and the teacher takes both answers back and sees the class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startHost, type Host } from '../../electron/host/server.js';
import { repoRoot } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { callApi, expect, expectAccessible, screenshotDir, selectPhrase, test } from './fixtures.js';

const text = [
  'The council said the new harbour bridge will cost 40 million euros, far less than the old estimate of the engineers who studied the site for two years.',
  'Critics called the plan a reckless gamble with public money and warned of delays lasting many years, as happened with the tunnel under the river.',
  'Traffic on the old bridge fell by a third last year, according to figures from the port authority published in its annual report.',
].join('\n\n');

async function savedDownload(page: Page, click: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

test('an assignment goes out to two students and their answers come back to the Class view', async ({ app: teacher, browser }) => {
  const files = tempDir('gloss-e2e-class-files-');
  const hosts: Array<{ host: Host; dir: ReturnType<typeof tempDir> }> = [];
  try {
    const { imported } = await callApi<{ imported: Array<{ id: string }> }>(teacher, 'articles.importText', { text, title: 'Harbour bridge' });
    const articleId = imported[0]!.id;
    for (const [quote, statusTagId] of [
      ['cost 40 million euros', 'status:false'],
      ['fell by a third last year', 'status:true'],
    ] as const) {
      const start = text.indexOf(quote);
      await callApi(teacher, 'annotations.create', { articleId, start, end: start + quote.length, statusTagId, note: `Key note on ${quote}` });
    }
    const collection = await callApi<{ id: string }>(teacher, 'collections.create', { name: 'Bridges' });
    await callApi(teacher, 'collections.addArticles', { id: collection.id, articleIds: [articleId] });

    const assignmentFile = await test.step('the teacher makes the assignment file', async () => {
      await teacher.getByRole('button', { name: 'Classroom' }).click();
      await teacher.getByRole('button', { name: 'New assignment…' }).click();
      const dialog = teacher.getByRole('dialog', { name: 'New assignment' });
      await dialog.getByLabel('Title').fill('Bridges homework');
      await dialog.getByLabel(/^Judge these claims/).check();
      await dialog.getByLabel('Instructions').fill('Judge each numbered claim and say why.');
      await expectAccessible(teacher, 'new assignment dialog');
      const path = await savedDownload(teacher, () => dialog.getByRole('button', { name: 'Make the assignment file' }).click(), files.path);
      expect(path.endsWith('bridges-homework.glossassignment')).toBe(true);
      expect(readFileSync(path, 'utf8')).not.toContain('Key note on');
      return path;
    });

    const answers: string[] = [];
    for (const [student, verdict] of [
      ['Ana', 'False'],
      ['Ben', 'True'],
    ] as const) {
      await test.step(`${student} opens it, judges the claims and hands in`, async () => {
        const dir = tempDir('gloss-e2e-student-');
        const host = await startHost({ dataDir: dir.path, port: 0, staticDir: join(repoRoot, 'dist', 'renderer') });
        hosts.push({ host, dir });
        const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        await page.goto(host.url);
        await page.getByRole('button', { name: 'Classroom' }).click();
        await page.locator('input[type=file][aria-label="Choose an assignment file"]').setInputFiles(assignmentFile);
        await page.getByRole('dialog', { name: 'Open an assignment' }).getByLabel(/Your name/).fill(student);
        await page.getByRole('button', { name: 'Open', exact: true }).click();
        await expect(page.getByRole('heading', { name: 'Bridges homework' })).toBeVisible();
        await expect(page.getByText('Judge each numbered claim and say why.')).toBeVisible();
        await expect(page.getByText('Key note on')).toHaveCount(0);
        if (student === 'Ana') {
          await page.screenshot({ path: join(screenshotDir, 'classroom-student.png') });
          await expectAccessible(page, "student's assignment view");
        }

        await page.getByRole('button', { name: 'Read side by side' }).click();
        const claims = page.locator('.claim-sidebar .claim-item');
        await expect(claims).toHaveCount(2);
        await claims.first().click();
        const popover = page.getByRole('dialog', { name: /claim/ });
        await popover.getByRole('button', { name: new RegExp(`^${verdict}`) }).click();
        await popover.getByLabel('Note').fill(`${student} checked the budget papers.`);
        await popover.getByLabel('Note').blur();
        await expect(claims.first()).toContainText(verdict);
        await page.keyboard.press('Escape');
        if (student === 'Ben') {
          // Ben also marks a claim of his own.
          await selectPhrase(page, 0, 4, 1);
          await popover.getByRole('button', { name: /^Mixed/ }).click();
          await expect(claims).toHaveCount(3);
          await page.keyboard.press('Escape');
        }

        await page.getByRole('button', { name: 'Classroom' }).click();
        answers.push(await savedDownload(page, () => page.getByRole('button', { name: 'Hand in' }).click(), files.path));
        await expect(page.getByRole('button', { name: 'Hand in again' })).toBeVisible();
        await context.close();
      });
    }

    await test.step('the teacher takes both answers in and sees the class', async () => {
      await teacher.locator('input[type=file][aria-label="Choose answers files"]').setInputFiles(answers);
      await expect(teacher.getByText('Took in the answers of 2 students.')).toBeVisible();
      const students = teacher.getByRole('table').nth(1);
      await expect(students.getByRole('row', { name: /Ana/ })).toContainText('1');
      const keyTable = teacher.getByRole('table').first();
      await expect(keyTable.getByRole('row').nth(1)).toContainText('2 of 2');
      await expect(keyTable.getByRole('row').nth(1)).toContainText('50 %');
      await expect(teacher.locator('.shade').first()).toBeVisible();
      await teacher.setViewportSize({ width: 1280, height: 720 });
      await teacher.screenshot({ path: join(screenshotDir, 'classroom-class-view.png'), fullPage: true });
      await expectAccessible(teacher, 'Class view');

      const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByRole('button', { name: 'Feedback sheets' }).click()]);
      const sheet = join(files.path, download.suggestedFilename());
      await download.saveAs(sheet);
      const view = await teacher.context().newPage();
      await view.setViewportSize({ width: 1000, height: 800 });
      await view.setContent(readFileSync(sheet, 'utf8'));
      await expect(view.getByText(/Feedback for (Ana|Ben)/)).toBeVisible();
      await expect(view.getByText('Key note on cost 40 million euros')).toBeVisible();
      await view.screenshot({ path: join(screenshotDir, 'classroom-feedback.png'), fullPage: true });
      await view.close();
    });
  } finally {
    for (const { host, dir } of hosts) {
      await host.close();
      dir.remove();
    }
    files.remove();
  }
});

test('the New assignment dialog sets each box on the line of what it chooses', async ({ app: teacher }) => {
  const { imported } = await callApi<{ imported: Array<{ id: string }> }>(teacher, 'articles.importText', { text, title: 'Harbour bridge' });
  const collection = await callApi<{ id: string }>(teacher, 'collections.create', { name: 'Bridges' });
  await callApi(teacher, 'collections.addArticles', { id: collection.id, articleIds: [imported[0]!.id] });
  await teacher.getByRole('button', { name: 'Classroom' }).click();
  await teacher.getByRole('button', { name: 'New assignment…' }).click();
  const dialog = teacher.getByRole('dialog', { name: 'New assignment' });
  await expect(dialog.getByLabel('Harbour bridge')).toBeChecked();
  await teacher.screenshot({ path: join(screenshotDir, 'classroom-new-assignment.png') });
  // Each checkbox and radio button: beside the start of its words, and level with their first line.
  const misplaced = await dialog.locator('label.check').evaluateAll((labels) =>
    labels.flatMap((label) => {
      const box = label.querySelector('input')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(label);
      range.setStartAfter(label.querySelector('input')!);
      const words = range.getClientRects()[0]!;
      const beside = box.right <= words.left && box.bottom > words.top && box.top < words.bottom;
      return beside ? [] : [label.textContent];
    }),
  );
  expect(misplaced).toEqual([]);
});

test('New assignment with no collection of articles yet leads to the Library', async ({ app: teacher }) => {
  await callApi(teacher, 'collections.create', { name: 'Empty for now' });
  await teacher.getByRole('button', { name: 'Classroom' }).click();
  await teacher.getByRole('button', { name: 'New assignment…' }).click();
  const dialog = teacher.getByRole('dialog', { name: 'New assignment' });
  await expect(dialog).toContainText('Put the articles for the lesson in a collection first');
  await expect(dialog.getByRole('combobox', { name: 'Collection' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Open the Library' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(teacher.getByRole('main', { name: 'Library' })).toBeVisible();
  await expect(teacher.getByRole('button', { name: 'New collection…' })).toBeFocused();
});
