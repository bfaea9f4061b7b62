// The refusals a teacher, a student or a fact-checker meets in the classroom and the claim editor
// come through the API with their catalogue key, so the page and the CLI show them in the
// person's language; their English message stays as it was.
import { afterEach, describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { translateError, type ApiError } from '../../../shared/result.js';
import { annotate, importArticles, markdown, openTestLibrary, textFile, type TestLibrary } from '../library/harness.js';

const spanish = createTranslator('es');
const arabic = createTranslator('ar');
const english = createTranslator('en');
const french = createTranslator('fr');

/** The error as the page gets it: JSON, across IPC or the socket. */
const crossed = (error: Pick<ApiError, 'message' | 'key' | 'params'>) => JSON.parse(JSON.stringify(error)) as ApiError;

describe('core refusals in the person’s language', () => {
  let lib: TestLibrary;
  afterEach(() => lib?.close());

  it('the claim editor: a link to itself, a span past the end, a technique given as the status', async () => {
    lib = await openTestLibrary();
    const [id] = await importArticles(lib, [['bridge.md', markdown('Bridge', 'The bridge cost 40 million dollars.')]]);
    const claim = await annotate(lib, id!, 'cost 40 million dollars');

    const self = crossed(await lib.fail('annotations.link', { fromId: claim.id, toId: claim.id, relation: 'same-claim' }));
    expect(self).toMatchObject({ code: 'invalid_input', key: 'annotations.linkToItself', message: 'A claim cannot be linked to itself.' });
    expect(translateError(self, spanish)).toBe('Una afirmación no puede enlazarse consigo misma.');
    expect(translateError(self, arabic)).toBe('لا يمكن ربط ادعاء بنفسه.');

    const { body } = await lib.call('articles.get', { id: id! });
    const past = crossed(await lib.fail('annotations.create', { articleId: id!, start: 0, end: body.length + 5 }));
    expect(past).toMatchObject({ key: 'annotations.spanPastEnd', params: { start: 0, end: body.length + 5, length: body.length } });
    expect(past.message).toBe(`The span 0-${body.length + 5} runs past the end of the article, which is ${body.length} characters long.`);
    expect(translateError(past, spanish)).toBe(`El fragmento 0-${body.length + 5} va más allá del final del artículo, que tiene ${body.length} caracteres.`);
    expect(translateError(past, arabic)).toBe(`يتجاوز المقطع 0-${body.length + 5} نهاية المقال، وطوله ${body.length} حرفًا.`);

    const technique = crossed(await lib.fail('annotations.create', { articleId: id!, start: claim.start, end: claim.end, statusTagId: 'technique:loaded-language' }));
    expect(technique).toMatchObject({ key: 'annotations.notAStatus' });
    expect(technique.message).toMatch(/^"Loaded language" is a technique, not a fact-check status\. Statuses: True \(status:true\), Mostly true \(status:mostly-true\), /);
    // The built-in names as the person sees them, with the ids the CLI takes.
    expect(translateError(technique, spanish)).toMatch(/^«Lenguaje cargado» es una técnica, no un estado de verificación\. Estados: .*Mayormente verdadero \(status:mostly-true\), .*Falso \(status:false\)/);
    expect(translateError(technique, french)).toMatch(/^« Langage chargé » est une technique, pas un statut de vérification\. Statuts : .*Plutôt vrai \(status:mostly-true\)/);
    expect(translateError(technique, arabic)).toMatch(/^«لغة مشحونة» أسلوب، لا حالة تحقق\. الحالات: .*صحيح في معظمه \(status:mostly-true\)/);
    expect(translateError(technique, spanish)).not.toMatch(/Mostly true|Loaded language/);

    // A status given as a technique, the same; a built-in the user renamed keeps their name.
    await lib.call('tags.update', { id: 'status:mostly-true', name: 'Casi cierto' });
    const status = crossed(await lib.fail('annotations.create', { articleId: id!, start: claim.start, end: claim.end, tagIds: ['status:false'] }));
    expect(translateError(status, spanish)).toMatch(/^«Falso» es un estado de verificación: .* Técnicas: Lenguaje cargado \(technique:loaded-language\), /);
    const again = crossed(await lib.fail('annotations.create', { articleId: id!, start: claim.start, end: claim.end, statusTagId: 'technique:loaded-language' }));
    expect(translateError(again, french)).toMatch(/Casi cierto \(status:mostly-true\)/);
  });

  it('the classroom: a collection with nothing to hand out, a file that is not an assignment, answers that are not', async () => {
    lib = await openTestLibrary();
    const collection = await lib.call('collections.create', { name: 'Semana 3' });
    const empty = crossed(await lib.fail('assignments.create', { collectionId: collection.id, task: 'find' }));
    expect(empty).toMatchObject({ key: 'classroom.nothingToHandOut', params: { collection: 'Semana 3' } });
    expect(empty.message).toBe('The collection “Semana 3” has no articles to hand out. Add articles to it first.');
    expect(translateError(empty, spanish)).toBe('La colección «Semana 3» no tiene artículos que repartir. Añádale artículos primero.');
    expect(translateError(empty, arabic)).toBe('لا مقالات في المجموعة «Semana 3» لتوزيعها. أضف إليها مقالات أولًا.');

    const notJson = crossed(await lib.fail('assignments.open', { file: textFile('lesson.glossassignment', 'not json'), student: 'Ana' }));
    expect(notJson).toMatchObject({ code: 'parse_failed', key: 'classroom.notJson', params: { name: 'lesson.glossassignment', kind: 'assignment' } });
    expect(notJson.message).toBe('lesson.glossassignment is not a Gloss assignment file (.glossassignment): it is not JSON text.');
    expect(translateError(notJson, spanish)).toBe('lesson.glossassignment no es un archivo de tarea de Gloss (.glossassignment): no es texto JSON.');
    expect(translateError(notJson, arabic)).toBe('lesson.glossassignment ليس ملف واجب لـ Gloss (\u2066.glossassignment\u2069): ليس نص JSON.');

    const cut = crossed(await lib.fail('assignments.open', { file: textFile('lesson.glossassignment', '{"format": "gloss-assignment", "version": 1, '), student: 'Ana' }));
    expect(cut).toMatchObject({ code: 'parse_failed', key: 'classroom.cutShort', params: { name: 'lesson.glossassignment', kind: 'assignment' } });
    expect(translateError(cut, spanish)).toBe('lesson.glossassignment está incompleto: termina antes que el archivo de tarea, como una descarga o una copia que no terminó. No se cambió nada; pida el archivo de nuevo.');

    // Each refused answers file is reported, not thrown: the report carries the key too.
    const report = await lib.call('class.importAnswers', { files: [textFile('ana.glossanswers', JSON.stringify({ format: 'something-else' }))] });
    const [refused] = report.failed;
    expect(refused).toMatchObject({ name: 'ana.glossanswers', code: 'unsupported_file', key: 'classroom.notClassroomFile', params: { kind: 'answers' } });
    expect(translateError(refused!, english)).toBe('ana.glossanswers is not a Gloss answers file (.glossanswers).');
    expect(translateError(refused!, spanish)).toBe('ana.glossanswers no es un archivo de respuestas de Gloss (.glossanswers).');
    expect(translateError(refused!, arabic)).toBe('ana.glossanswers ليس ملف إجابات لـ Gloss (\u2066.glossanswers\u2069).');
  });
});
