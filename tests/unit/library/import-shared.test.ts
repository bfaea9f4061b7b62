// A batch's text and Markdown files are prepared in helper threads (electron/core/import/prepare-pool.ts):
// what comes back is what one thread gives, in the files' order, whichever thread read each file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHelpers } from '../../../electron/core/import/prepare-pool.js';
import { markdown, openTestLibrary, textFile, type TestLibrary } from './harness.js';

const prose = (i: number) =>
  `La crecida del río número ${i} obligó a cerrar el puente del valle durante la noche, según informó la agencia regional. ` +
  'Los vecinos fueron avisados por la mañana y las clases se suspendieron en tres escuelas de la comarca.';

describe('a batch prepared on two threads', () => {
  let lib: TestLibrary;
  beforeAll(async () => {
    lib = await openTestLibrary();
    // Until they are ready, a batch is prepared in the core worker alone.
    await startHelpers();
  }, 60_000);
  afterAll(() => lib.close());

  it('reports every file in order, with its language, encoding, failure and original as one thread would', { timeout: 60_000 }, async () => {
    const files = Array.from({ length: 40 }, (_, i) => {
      if (i % 5 === 1) return textFile(`n-${i}.md`, markdown(`Nota ${i} del valle`, prose(i)));
      if (i % 5 === 3) return textFile(`p-${i}.html`, `<!doctype html><html lang="es"><head><title>Página ${i} del valle</title></head><body><article><p>${prose(i)}</p></article></body></html>`);
      return textFile(`t-${i}.txt`, `Informe ${i} del valle\n\n${prose(i)}`);
    });
    files[2] = textFile('t-2.txt', ' \n ');
    // Not UTF-8: the report says which encoding it was read in.
    files[4] = { name: 't-4.txt', dataBase64: Buffer.from(`Informe 4 del valle\n\n${prose(4)}`, 'latin1').toString('base64') };
    const report = await lib.call('articles.import', { files });

    expect(report.failed.map((f) => [f.name, f.code])).toEqual([['t-2.txt', 'empty_file']]);
    const titles = files.map((f, i) => (i === 2 ? null : f.name.startsWith('n-') ? `Nota ${i} del valle` : f.name.startsWith('p-') ? `Página ${i} del valle` : `Informe ${i} del valle`));
    expect(report.imported.map((a) => a.title)).toEqual(titles.filter((t) => t !== null));
    expect(report.imported.every((a) => a.language === 'es')).toBe(true);
    expect(report.encodings).toEqual([{ name: 't-4.txt', encoding: 'windows-1252' }]);
    for (const at of [0, 4, 6, 39]) {
      const article = report.imported[at > 2 ? at - 1 : at]!;
      const original = await lib.call('articles.original', { id: article.id });
      expect(Buffer.from(original.dataBase64, 'base64').equals(Buffer.from(files[at]!.dataBase64, 'base64'))).toBe(true);
    }
  });
});
