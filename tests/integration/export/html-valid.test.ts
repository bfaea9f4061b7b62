// Every HTML file Gloss writes is valid HTML, as html-validate's standard-conformance preset
// checks it (ids unique among them), with the page's language and direction right and every
// in-page link landing.
// The files are made through the API from claims with every feature: verdicts, techniques,
// notes with line breaks and markup, evidence with and without links, links across articles,
// an orphaned claim, an Arabic article; and a class with two students' answers.
import { HtmlValidate } from 'html-validate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract/index.js';
import type { Language } from '../../../shared/i18n/languages.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from '../../unit/library/harness.js';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
  // Conformance requirements the standard preset leaves to others: a doctype, a title with
  // text, and ARIA references (aria-labelledby, aria-describedby) to ids that exist.
  rules: { 'missing-doctype': 'error', 'empty-title': 'error', 'no-missing-references': 'error' },
});

/** The validator's messages, each with the markup it is about. */
async function validatorMessages(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  const lines = html.split('\n');
  return report.results.flatMap((r) =>
    r.messages.map((m) => {
      const line = lines[m.line - 1] ?? '';
      const at = line.slice(Math.max(0, m.column - 80), m.column + 80);
      return `${m.line}:${m.column} ${m.ruleId}: ${m.message} [${m.selector ?? ''}]\n    …${at}…`;
    }),
  );
}

/** What the validator does not check: the page's lang and dir, an article's own, and in-page links to ids that exist. */
function pageProblems(html: string, language: Language): string[] {
  const { document } = parseHTML(html);
  const root = document.documentElement;
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  const problems: string[] = [];
  if (root.getAttribute('lang') !== language) problems.push(`<html lang="${root.getAttribute('lang')}">, expected ${language}`);
  if (root.getAttribute('dir') !== dir) problems.push(`<html dir="${root.getAttribute('dir')}">, expected ${dir}`);
  for (const el of document.querySelectorAll('body [lang]')) {
    const own = el.getAttribute('lang')!.startsWith('ar') ? 'rtl' : 'ltr';
    if (el.getAttribute('dir') !== own) problems.push(`lang="${el.getAttribute('lang')}" without dir="${own}": ${el.outerHTML.slice(0, 120)}`);
  }
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    const id = a.getAttribute('href')!.slice(1);
    if (!document.getElementById(id)) problems.push(`<a href="#${id}"> leads nowhere: ${a.outerHTML}`);
  }
  return problems;
}

/** Soft, so that one run lists every file's problems. */
async function expectValid(what: string, html: string, language: Language) {
  expect.soft(await validatorMessages(html), what).toEqual([]);
  expect.soft(pageProblems(html, language), what).toEqual([]);
}

const hostileNote = 'Line one <b>bold?</b>\nline two </script><script>alert(1)</script> & "quotes"';

const harbour = [
  'The council said the new harbour bridge will cost 40 million euros.',
  '## What the critics say',
  'Critics called the plan a reckless gamble with public money.',
  '> Traffic on the old bridge fell by a third last year, according to the port authority.',
  '- Work starts in May.\n- The bridge opens in 2027.',
];
const rival = [
  'The harbour bridge will cost 55 million euros, the builders said.',
  'Traffic on the old bridge fell by a third, they added.',
  'A line that the editor later removed from the text.',
];
const arabic = ['قال المجلس إن الجسر الجديد سيكلف 40 مليون يورو.', 'ووصف المنتقدون الخطة بأنها مقامرة متهورة.'];

let lib: TestLibrary;
let students: TestLibrary[] = [];
const ids = { harbour: '', rival: '', arabic: '', plain: '', collection: '', assignment: '' };

beforeAll(async () => {
  lib = await openTestLibrary();
  [ids.harbour, ids.rival, ids.plain] = (await importArticles(lib, [
    ['harbour.md', markdown('Harbour bridge', ...harbour)],
    ['rival.md', markdown('Bridge costs', ...rival)],
    ['plain.md', markdown('Nothing marked here', 'A quiet article without a single claim.')],
  ])) as [string, string, string];
  ids.arabic = (await lib.call('articles.importText', { text: arabic.join('\n\n'), title: 'جسر الميناء الجديد' })).imported[0]!.id;
  await lib.call('articles.update', { id: ids.arabic, language: 'ar', outlet: 'الصحيفة', publishedAt: '2024-05-07' });
  await lib.call('articles.update', { id: ids.harbour, outlet: 'The Ledger', author: 'Mara Quinn', sourceUrl: 'https://example.org/harbour' });
  await lib.call('articles.update', { id: ids.rival, outlet: 'The Courier', publishedAt: '2024-05-08' });

  const techniques = (await lib.call('taxonomies.list', {})).find((t) => t.kind === 'technique')!;
  const hostileTag = await lib.call('tags.create', { taxonomyId: techniques.id, name: 'Whataboutism </td><b>&', color: '#123456', description: '<i>Not</i> an answer\nat all' });
  const cost = await annotate(lib, ids.harbour, 'will cost 40 million euros', {
    statusTagId: 'status:false',
    tagIds: ['technique:exaggeration-minimisation', 'technique:loaded-language', hostileTag.id],
    note: hostileNote,
  });
  await lib.call('annotations.update', {
    id: cost.id,
    evidence: [
      { url: 'https://example.org/budget?year=2024&part=2', title: 'Budget <b>2024</b>', note: 'Table 3' },
      { url: null, title: 'Phone call with the council', note: '' },
      { url: 'https://example.org/plain', title: '', note: '' },
    ],
  });
  await annotate(lib, ids.harbour, '40 million', { statusTagId: 'status:mostly-true' }); // inside the claim above
  const gamble = await annotate(lib, ids.harbour, 'a reckless gamble', { statusTagId: 'status:not-checked', tagIds: ['technique:loaded-language'] });
  await annotate(lib, ids.harbour, 'fell by a third', { statusTagId: 'status:true' });
  const removed = await annotate(lib, ids.rival, 'the editor later removed', { statusTagId: 'status:unverifiable', note: 'Gone from the text.' });
  const rivalCost = await annotate(lib, ids.rival, 'cost 55 million euros', { statusTagId: 'status:mixed' });
  await lib.call('annotations.create', { articleId: ids.rival, ...(await span(ids.rival, 'the builders said', 'Traffic on')), statusTagId: 'status:mixed' });
  const rivalTraffic = await annotate(lib, ids.rival, 'fell by a third', { statusTagId: 'status:true', note: 'Same figure.' });
  const arabicCost = await annotate(lib, ids.arabic, 'سيكلف 40 مليون يورو', { statusTagId: 'status:false', note: 'نفس الرقم\nسطر ثان' });
  await lib.call('annotations.link', { fromId: cost.id, toId: rivalCost.id, relation: 'contradicts' });
  await lib.call('annotations.link', { fromId: cost.id, toId: arabicCost.id, relation: 'same-claim' });
  await lib.call('annotations.link', { fromId: gamble.id, toId: rivalTraffic.id, relation: 'same-claim' });
  await lib.call('annotations.link', { fromId: gamble.id, toId: removed.id, relation: 'contradicts' });
  const { body } = await lib.call('articles.get', { id: ids.rival });
  await lib.call('articles.correctText', { id: ids.rival, body: body.replace('A line that the editor later removed from the text.', 'A line that now says something else.') });
  expect((await lib.call('annotations.list', { articleId: ids.rival })).find((a) => a.id === removed.id)?.orphaned).toBe(true);

  const collection = await lib.call('collections.create', { name: 'Bridges <2024> & "costs"' });
  ids.collection = collection.id;
  await lib.call('collections.addArticles', { id: collection.id, articleIds: [ids.harbour, ids.rival, ids.arabic] });
  await classWithAnswers();
}, 120_000);

/** The words of an article from `first` to the end of `last`: across blocks when they are in two. */
async function span(articleId: string, first: string, last: string) {
  const { body } = await lib.call('articles.get', { id: articleId });
  return { start: body.indexOf(first), end: body.indexOf(last) + last.length };
}

afterAll(() => {
  for (const l of [lib, ...students]) l?.close();
});

/** A "find the claims" assignment on the collection, done and handed in by two students who both mark one claim not in the key. */
async function classWithAnswers() {
  const assignment = await lib.call('assignments.create', { collectionId: ids.collection, task: 'find', title: 'Bridges <homework>', dueDate: '2026-12-01' });
  ids.assignment = assignment.id;
  const file = await lib.call('assignments.file', { id: assignment.id });
  students = [await openTestLibrary(), await openTestLibrary()];
  const answers = [];
  for (const [i, student] of students.entries()) {
    const opened = await student.call('assignments.open', { file: { name: file.fileName, dataBase64: file.dataBase64 }, student: ['Ana', 'Ben <b>&</b>'][i]! });
    const [harbourCopy, , arabicCopy] = opened.articleIds as [string, string, string];
    await annotate(student, harbourCopy, 'cost 40 million euros', { statusTagId: i ? 'status:true' : 'status:false', note: hostileNote });
    await annotate(student, harbourCopy, 'Work starts in May', { statusTagId: 'status:unverifiable' });
    await annotate(student, arabicCopy, 'مقامرة متهورة', { statusTagId: 'status:misleading', tagIds: ['technique:loaded-language'] });
    answers.push(await student.call('assignments.handIn', { id: opened.id }));
  }
  const taken = await lib.call('class.importAnswers', { files: answers.map((a) => ({ name: a.fileName, dataBase64: a.dataBase64 })) });
  expect(taken.failed).toEqual([]);
}

const decode = (f: { dataBase64: string }) => Buffer.from(f.dataBase64, 'base64').toString('utf8');

describe.each(['en', 'es', 'fr', 'ar'] as const)('every HTML file in %s', (language) => {
  const run = async (input: Omit<InputOf<'exports.run'>, 'language'>) => decode(await lib.call('exports.run', { ...input, language }));

  it('the report of a collection: chart, linked claims across outlets, figures, an Arabic article, an orphaned claim', async () => {
    const html = await run({ format: 'html', collectionId: ids.collection, reviewer: { name: 'Ana <Ruiz>' } });
    expect(html).toContain('class="chart"');
    expect(html).toContain('class="compare"');
    await expectValid('collection report', html, language);
  });

  it('the report of one article whose claims link to claims outside it', async () => {
    await expectValid('one article', await run({ format: 'html', articleId: ids.harbour }), language);
  });

  it('the report of an article without a claim, alone and beside another', async () => {
    await expectValid('no claim', await run({ format: 'html', articleIds: [ids.plain] }), language);
    await expectValid('no claim and the Arabic article', await run({ format: 'html', articleIds: [ids.plain, ids.arabic] }), language);
  });

  it('the worksheet and its answer key', async () => {
    await expectValid('worksheet', await run({ format: 'worksheet', collectionId: ids.collection }), language);
    await expectValid('answer key', await run({ format: 'answer-key', collectionId: ids.collection }), language);
    await expectValid('worksheet without a claim', await run({ format: 'worksheet', articleId: ids.plain }), language);
  });

  it('the class report and each student\'s feedback sheet', async () => {
    const [report] = await lib.call('class.export', { assignmentId: ids.assignment, what: 'report', pdf: false, language });
    expect(decode(report!)).toContain('class="shade"');
    await expectValid('class report', decode(report!), language);
    const sheets = await lib.call('class.export', { assignmentId: ids.assignment, what: 'feedback', pdf: false, language });
    expect(sheets).toHaveLength(2);
    for (const sheet of sheets) await expectValid(sheet.fileName, decode(sheet), language);
  });
});
