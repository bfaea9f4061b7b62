// An Arabic assignment in the teacher's English interface: the Class view quotes its key claims
// and hints, and names its article and assignment, in their own word order, not reordered
// around the English names in them by the left-to-right page they sit in.
import { join } from 'node:path';
import type { Assignment, AnswersImportReport } from '../../shared/classroom.js';
import type { Annotation, ExportFile, ImportReport } from '../../shared/model.js';
import { openTestLibrary, type TestLibrary } from '../unit/library/harness.js';
import { readsRightToLeft } from './bidi.js';
import { callApi, expect, screenshotDir, test } from './fixtures.js';

const key = 'المتحدث John Smith في';
const extra = 'الوزير Peter Brown إن';
const text = [
  `وقال ${key} مؤتمر صحفي إن المساعدات الإنسانية لا تصل إلا إلى جزء صغير من السكان.`,
  `وقال ${extra} الوضع يزداد سوءا يوما بعد يوم في جنوب القطاع.`,
].join('\n\n');
const span = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length });

test('the Class view keeps an Arabic claim, hint and title in their word order in the English interface', async ({ app: teacher }) => {
  const { imported } = await callApi<ImportReport>(teacher, 'articles.importText', { text, title: 'المساعدات John Smith' });
  const articleId = imported[0]!.id;
  await callApi<Annotation>(teacher, 'annotations.create', { articleId, ...span(key), statusTagId: 'status:false' });
  const collection = await callApi<{ id: string }>(teacher, 'collections.create', { name: 'غزة' });
  await callApi(teacher, 'collections.addArticles', { id: collection.id, articleIds: [articleId] });
  const assignment = await callApi<Assignment>(teacher, 'assignments.create', { collectionId: collection.id, task: 'find', title: 'واجب John Smith' });
  const file = await callApi<ExportFile>(teacher, 'assignments.file', { id: assignment.id });

  const answers: ExportFile[] = [];
  const students: TestLibrary[] = [];
  try {
    for (const name of ['أحمد', 'سارة']) {
      const student = await openTestLibrary();
      students.push(student);
      const opened = await student.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: name });
      for (const phrase of [key, extra]) await student.call('annotations.create', { articleId, ...span(phrase) });
      answers.push(await student.call('assignments.handIn', { id: opened.id }));
    }
  } finally {
    for (const s of students) s.close();
  }
  const taken = await callApi<AnswersImportReport>(teacher, 'class.importAnswers', { files: answers.map((a) => ({ name: a.fileName, dataBase64: a.dataBase64 })) });
  expect(taken.failed).toEqual([]);

  await teacher.getByRole('button', { name: 'Classroom' }).click();
  await teacher.getByRole('button', { name: 'واجب John Smith' }).click();
  const quote = teacher.getByRole('table').first().locator('.quote-cell');
  await expect(quote).toContainText('John Smith');
  const hint = teacher.getByRole('region', { name: 'Marked by several students, not in the key' }).getByRole('listitem');
  await expect(hint).toContainText('Peter Brown');
  await teacher.screenshot({ path: join(screenshotDir, 'classroom-bidi.png'), fullPage: true });
  expect.soft(await readsRightToLeft(quote, 'المتحدث', 'في'), 'the key claim’s quote').toBe(true);
  expect.soft(await readsRightToLeft(hint, 'الوزير', 'إن'), 'the hint’s quote').toBe(true);
  expect.soft(await readsRightToLeft(teacher.getByRole('heading', { level: 2, name: 'واجب John Smith' }), 'واجب', 'Smith'), 'the assignment’s title').toBe(true);
  expect(await readsRightToLeft(teacher.getByRole('heading', { level: 3, name: /المساعدات/ }), 'المساعدات', 'Smith'), 'the article’s title').toBe(true);

  // The scoring formula is in the interface's language, like the rest of the view.
  await expect(teacher.locator('.formula')).toHaveText(/^score = 100 × \(0\.4 × finding/);
  await teacher.getByRole('button', { name: 'Settings…' }).click();
  await teacher.locator('#settings-language').selectOption('es');
  await teacher.keyboard.press('Escape');
  await expect(teacher.locator('.formula')).toHaveText(/^puntuación = 100 × \(0,4 × hallazgo/);
});
