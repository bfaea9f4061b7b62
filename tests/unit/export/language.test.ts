// Reports, worksheets and the classroom's sheets are written in the language asked for: their
// headings and labels, their <html lang dir>, dates and numbers; the articles' own text keeps its
// language and direction; machine formats do not change. The Arabic PDF is read back with pdftotext.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_FORMAT, answersHash, type AnswersFile } from '../../../electron/core/classroom/files.js';
import { SCORE_FORMULA } from '../../../electron/core/classroom/scoring.js';
import { catalogues } from '../../../shared/i18n/catalogues.js';
import { buildExportFixture, exportFile, type Fixture } from '../../fixtures/export/collection.js';
import { chromiumPath } from '../../e2e/chromium.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from '../library/harness.js';

/** The text a reader sees: tags dropped, entities of the escaped text undone, whitespace normalised. */
const visible = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');

describe('exports in the chosen language', { timeout: 120_000 }, () => {
  let dir: ReturnType<typeof tempDir>;
  let f: Fixture;

  beforeAll(async () => {
    dir = tempDir('gloss-export-language-');
    f = await buildExportFixture(join(dir.path, 'library'));
  });
  afterAll(() => {
    f?.core.close();
    dir?.remove();
  });

  const run = async (input: Parameters<typeof exportFile>[1]) => (await exportFile(f, input)).text;

  it('writes the report in Spanish: headings, labels, counts and dates', async () => {
    const html = await run({ format: 'html', collectionId: f.collectionId, language: 'es' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="es" dir="ltr">/);
    const text = visible(html);
    expect(text).toMatch(/Informe de Gloss · 4 artículos · \d+ afirmaciones · generado el \d{1,2} \p{L}+ \d{4}/u);
    for (const words of ['Estados y técnicas por artículo', 'Afirmaciones vinculadas entre medios', 'Técnicas de sesgo', 'Pruebas']) {
      expect(text).toContain(words);
    }
    expect(html).toContain('<caption class="meta">Afirmaciones</caption>');
    expect(html).toContain('<title id="chart-title">Afirmaciones por artículo: estados de verificación y técnicas de sesgo</title>');
    // The Ledger's byline and date: "por Mara Quinn · 7 may 2024".
    expect(text).toContain('The Daily Ledger · por Mara Quinn · 7 may 2024');
    for (const english of ['Gloss report', 'Bias techniques', 'Statuses and techniques per article', 'Linked claims across outlets', 'generated ']) {
      expect(text).not.toContain(english);
    }
  });

  it('names the built-in statuses in the report’s language, and keeps the stored names in machine formats', async () => {
    const spanish = visible(await run({ format: 'html', collectionId: f.collectionId, language: 'es' }));
    expect(spanish).toContain('Falso');
    expect(spanish).not.toMatch(/\bFalse\b/);
    const csv = await run({ format: 'csv', collectionId: f.collectionId, language: 'es' });
    expect(csv).toContain('False');
    expect(csv).not.toContain('Falso');
  });

  it('writes the report in Arabic, right to left, each quote keeping its article’s language and direction', async () => {
    const html = await run({ format: 'html', collectionId: f.collectionId, language: 'ar' });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    const text = visible(html);
    expect(text).toContain('تقرير Gloss · 4 مقالات');
    expect(html).toContain('<th>الاقتباس</th><th>الحالة</th><th>أساليب التحيز</th><th>ملاحظة</th><th>الأدلة</th>');
    // An English claim in the Arabic report: Arabic quotation marks round the English text, which stays ltr.
    expect(html).toContain('«<span dir="ltr" lang="en">The only crossing into the south was closed on Tuesday</span>»');
    // The English articles' text keeps its direction inside the right-to-left page.
    expect(html).toMatch(/<h2 dir="ltr" lang="en">Crossing closed as talks stall<\/h2>/);
    expect(text).not.toContain('Gloss report');
    expect(text).not.toContain('Bias techniques');
  });

  it('keeps the English report as it was when no language is given', async () => {
    const html = await run({ format: 'html', articleId: f.articleIds.ledger });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(visible(html)).toMatch(/Gloss report · 1 article · \d+ claims · generated \d{1,2} \w{3} \d{4}/);
    expect(html).toContain('<th>#</th><th>Quote</th><th>Status</th><th>Bias techniques</th><th>Note</th><th>Evidence</th>');
  });

  it('writes the worksheet and the answer key in Spanish and in Arabic', async () => {
    const es = await run({ format: 'worksheet', collectionId: f.collectionId, language: 'es' });
    expect(es).toMatch(/<html lang="es" dir="ltr">/);
    const esText = visible(es);
    for (const words of ['Nombre:', 'Fecha:', 'Veredictos para elegir', 'Técnicas que buscar', 'Afirmación 1.', 'Veredicto', 'Pruebas']) {
      expect(esText).toContain(words);
    }
    expect(es).toContain('<title>Rafah crossing, May 2024 — ficha de trabajo</title>'.replace('Rafah crossing, May 2024', f.collectionName));
    expect(esText).not.toMatch(/Verdicts to choose from|Name:|Claim 1\./);

    const ar = await run({ format: 'worksheet', collectionId: f.collectionId, language: 'ar' });
    expect(ar).toMatch(/<html lang="ar" dir="rtl">/);
    const arText = visible(ar);
    for (const words of ['الاسم:', 'الأحكام التي تختار منها', 'الأساليب التي تبحث عنها', 'الادعاء 1.', 'الحكم', 'الأدلة']) {
      expect(arText).toContain(words);
    }
    expect(arText).not.toMatch(/Verdicts to choose from|Name:|Claim 1\./);

    const key = await run({ format: 'answer-key', collectionId: f.collectionId, language: 'es' });
    expect(visible(key)).toContain(`${f.collectionName} — solucionario`);
    // The title keeps its own direction inside the sentence (an Arabic title in a Spanish page).
    expect(key).toContain(`<h1><span dir="auto">${f.collectionName}</span> — solucionario</h1>`);
    expect(key).toContain('<th>#</th><th>Cita</th><th>Veredicto</th><th>Técnicas</th><th>Notas</th><th>Pruebas</th>');
  });

  it('says what a file lacks in the chosen language', async () => {
    const file = await f.call('exports.run', { format: 'worksheet', collectionId: f.collectionId, language: 'es' });
    expect(file.warnings).toEqual([expect.stringMatching(/^\d+ afirmaci(ón no tiene|ones no tienen) veredicto/)]);
    const reviews = await f.call('exports.run', { format: 'claimreview', collectionId: f.collectionId, language: 'fr' });
    expect(reviews.warnings?.[0]).toMatch(/^url manquante/);
  });

  it('writes the Markdown report in French', async () => {
    const md = await run({ format: 'md', articleId: f.articleIds.ledger, language: 'fr' });
    expect(md).toMatch(/^Rapport Gloss · 1 article · \d+ affirmations · généré le \d{1,2} [\p{L}.]+ \d{4}$/mu);
    expect(md).toContain('*The Daily Ledger · par Mara Quinn · 7 mai 2024 ·');
    expect(md).toContain('| # | Citation | Statut | Techniques de biais | Note | Preuves |');
  });

  it('leaves the machine formats as they are: CSV columns, W3C annotations and ClaimReview', async () => {
    for (const format of ['csv', 'w3c', 'claimreview'] as const) {
      const english = await run({ format, collectionId: f.collectionId });
      const arabic = await run({ format, collectionId: f.collectionId, language: 'ar' });
      // W3C and ClaimReview carry no time of export; the CSV none either.
      expect(arabic, format).toBe(english);
    }
  });

  it('refuses a language it does not write', async () => {
    const r = await f.call('exports.run', { format: 'html', articleId: f.articleIds.ledger, language: 'de' as never }).catch((e: Error) => e);
    expect(r).toBeInstanceOf(Error);
    expect((r as Error).message).toMatch(/invalid_input: .*language: one of en, es, fr, ar/);
  });

  const hasPrinter = !!chromiumPath() && spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
  it.skipIf(!hasPrinter)('prints the Arabic report to a PDF whose text pdftotext reads back', async () => {
    const pdf = join(dir.path, 'ar.pdf');
    writeFileSync(pdf, (await exportFile(f, { format: 'pdf', collectionId: f.collectionId, language: 'ar' })).bytes);
    mkdirSync(screenshots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, join(screenshots, 'print-report-ar')]);
    // pdftotext wraps right-to-left runs in embedding marks; words with a lam-alef ligature come back
    // with its letters swapped, so the words checked avoid it.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u200e\u200f]/g, '');
    for (const words of ['تقرير', 'أساليب التحيز', 'الحالة', 'ادعاءات مترابطة بين وسائل']) expect(text).toContain(words);
    expect(text).toContain('The only crossing into the south'); // an English article's text, in its own direction
    expect(text).not.toContain('Bias techniques');
  });

  it.skipIf(!hasPrinter)('prints the Arabic worksheet to a PDF whose text pdftotext reads back', async () => {
    const pdf = join(dir.path, 'worksheet-ar.pdf');
    writeFileSync(pdf, (await exportFile(f, { format: 'pdf', pdfOf: 'worksheet', collectionId: f.collectionId, language: 'ar' })).bytes);
    mkdirSync(screenshots, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, join(screenshots, 'print-worksheet-ar')]);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u200e\u200f]/g, '');
    for (const words of ['ورقة عمل', 'التاريخ', 'الحكم', 'التي تبحث عنها']) expect(text).toContain(words);
    expect(text).not.toMatch(/Verdicts to choose from|Name:/);
  });
});

describe('the class report and feedback sheets in the chosen language', { timeout: 60_000 }, () => {
  let teacher: TestLibrary;
  let assignmentId: string;

  beforeAll(async () => {
    teacher = await openTestLibrary();
    const claims = ['The harbour budget doubled in a year.', 'Every ferry now runs late.'];
    const [articleId] = await importArticles(teacher, [['harbour.md', markdown('Harbour budget', ...claims, 'The mayor smiled.')]]);
    await annotate(teacher, articleId!, claims[0]!, { statusTagId: 'status:false', note: 'Budget papers say 12 %.' });
    await annotate(teacher, articleId!, claims[1]!, { statusTagId: 'status:mostly-true' });
    const collection = await teacher.call('collections.create', { name: 'Harbour' });
    await teacher.call('collections.addArticles', { id: collection.id, articleIds: [articleId!] });
    assignmentId = (await teacher.call('assignments.create', { collectionId: collection.id, task: 'find', title: 'Harbour' })).id;
    const { body } = await teacher.call('articles.get', { id: articleId! });
    const answer = (text: string, statusTagId: string) => {
      const start = body.indexOf(text);
      return { number: null, articleId: articleId!, start, end: start + text.length, exact: text, statusTagId, tagIds: [], justification: 'Checked it.' };
    };
    const files = (['Ana', 'Ben'] as const).map((student) => {
      const content = {
        assignmentId,
        assignmentTitle: 'Harbour',
        student: { id: `id-${student}`, name: student },
        handedInAt: '2026-11-20T10:00:00.000Z',
        answers: student === 'Ana' ? [answer(claims[0]!, 'status:false')] : [answer(claims[0]!, 'status:true'), answer(claims[1]!, 'status:mostly-true')],
      };
      const file: AnswersFile = { format: ANSWERS_FORMAT, version: 1, ...content, hash: answersHash(content) };
      return { name: `${student}.glossanswers`, dataBase64: Buffer.from(JSON.stringify(file)).toString('base64') };
    });
    const report = await teacher.call('class.importAnswers', { files });
    expect(report.failed).toEqual([]);
  });
  afterAll(() => teacher?.close());

  const sheets = async (what: 'report' | 'feedback', language?: 'en' | 'es' | 'ar') =>
    (await teacher.call('class.export', { assignmentId, what, ...(language ? { language } : {}) })).map((file) =>
      Buffer.from(file.dataBase64, 'base64').toString('utf8'),
    );

  it('writes the class report in Spanish', async () => {
    const [html] = await sheets('report', 'es');
    expect(html).toMatch(/<html lang="es" dir="ltr">/);
    const text = visible(html!);
    for (const words of ['Harbour — resultados de la clase', 'Encontrar y juzgar · 2 estudiantes · 2 afirmaciones en la clave', 'Las afirmaciones de la clave', 'Acuerdo con la clave', 'Estudiantes', 'Puntuación']) {
      expect(text).toContain(words);
    }
    expect(html).toContain('<h1><span dir="auto">Harbour</span> — resultados de la clase</h1>');
    expect(text).toContain('50 %'); // a percentage as Spanish writes it
    expect(text).toContain('puntuación = 100 × (0,4 × hallazgo');
    expect(text).not.toMatch(/class results|The key claims|Students/);
  });

  it('writes the feedback sheets in Arabic, right to left', async () => {
    const html = (await sheets('feedback', 'ar')).find((h) => h.includes('Ben'))!;
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    const text = visible(html);
    for (const words of ['ملاحظات إلى Ben', 'درجتك:', 'حكمك', 'ملاحظة المعلم', 'خاطئ']) expect(text).toContain(words);
    expect(html).toContain('«<span dir="ltr" lang="en">The harbour budget doubled in a year.</span>»');
    expect(text).not.toMatch(/Feedback for|Your score|Teacher's note/);
  });

  it('keeps the English sheets as they were, and the English formula is the scoring’s own', async () => {
    const [report] = await sheets('report');
    expect(report).toMatch(/<html lang="en" dir="ltr">/);
    expect(visible(report!)).toContain('Find and judge · 2 students · 2 claims in the key');
    expect(catalogues.en.reports.class).toMatchObject({ formula: SCORE_FORMULA });
    const feedback = await sheets('feedback', 'en');
    expect(feedback.some((h) => visible(h).includes('Feedback for Ben · handed in 20 Nov 2026'))).toBe(true);
  });
});
