// The page keeps IMPORT_CALLS_IN_FLIGHT articles.import calls in flight
// (renderer/src/library/importer.ts), so the core prepares the next while it writes the one
// before. Each call's report must still be what it would be alone, the articles go in in the
// order the calls were made, and a file of the second call that repeats one of the first is a
// duplicate of it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_CALLS_IN_FLIGHT, inFlight } from '../../../shared/in-flight.js';
import { openTestLibrary, textFile, type TestLibrary } from './harness.js';

const text = (i: number) => `Dispatch ${i} from the harbour\n\nThe ferry number ${i} was held at the quay for ${i} minutes, the port authority said on Monday.`;
const files = (from: number, count: number) => Array.from({ length: count }, (_, k) => textFile(`d-${from + k}.txt`, text(from + k)));

describe('import calls in flight together', () => {
  let lib: TestLibrary;
  beforeEach(async () => {
    lib = await openTestLibrary();
  });
  afterEach(() => lib.close());

  it('reports each call on its own, in order, with its failed files, and writes the calls in the order they came', { timeout: 60_000 }, async () => {
    // Enough text files that the helpers prepare them; the later call is smaller, so it is prepared first.
    const first = files(0, 60);
    first[7] = textFile('d-7.txt', ' \n');
    first[30] = { name: 'd-30.pdf', dataBase64: Buffer.from('not a pdf at all').toString('base64') };
    const second = files(60, 20);
    second[3] = textFile('d-63.txt', '');
    const [a, b] = await Promise.all([lib.call('articles.import', { files: first }), lib.call('articles.import', { files: second })]);

    expect(a.failed.map((f) => [f.name, f.code])).toEqual([
      ['d-7.txt', 'empty_file'],
      ['d-30.pdf', 'unsupported_file'],
    ]);
    expect(a.imported.map((x) => x.title)).toEqual(Array.from({ length: 60 }, (_, i) => i).filter((i) => i !== 7 && i !== 30).map((i) => `Dispatch ${i} from the harbour`));
    expect(b.failed.map((f) => [f.name, f.code])).toEqual([['d-63.txt', 'empty_file']]);
    expect(b.imported.map((x) => x.title)).toEqual(Array.from({ length: 20 }, (_, i) => 60 + i).filter((i) => i !== 63).map((i) => `Dispatch ${i} from the harbour`));
    const stored = (lib.core.db.prepare('SELECT id FROM articles ORDER BY pk').all() as Array<{ id: string }>).map((r) => r.id);
    expect(stored).toEqual([...a.imported, ...b.imported].map((x) => x.id));
  });

  it('finds a duplicate of a file in the call still being written', { timeout: 60_000 }, async () => {
    const first = files(0, 40);
    // A web page is read in the parse worker, which keeps the first call preparing longer than the second.
    first[39] = textFile('d-39.html', `<!doctype html><html><head><title>Dispatch 39 from the harbour</title></head><body><p>${text(39).split('\n\n')[1]}</p></body></html>`);
    const second = [...files(40, 30), textFile('copy-of-d-12.txt', text(12))];
    const [a, b] = await Promise.all([lib.call('articles.import', { files: first }), lib.call('articles.import', { files: second })]);

    expect(a.imported).toHaveLength(40);
    expect(b.imported).toHaveLength(30);
    expect(b.duplicates).toEqual([{ name: 'copy-of-d-12.txt', existingId: a.imported[12]!.id, title: 'Dispatch 12 from the harbour' }]);
    expect(lib.core.db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 70 });
  });

  it('sends the batches as the page does, several at a time, and gets every answer in order', { timeout: 60_000 }, async () => {
    const batches = [files(0, 25), files(25, 25), [...files(50, 24), textFile('again-d-49.txt', text(49))], files(75, 25)];
    let outstanding = 0;
    let most = 0;
    const answers: string[][] = [];
    for await (const [batch, report] of inFlight(batches, IMPORT_CALLS_IN_FLIGHT, async (batch) => {
      most = Math.max(most, ++outstanding);
      const report = await lib.call('articles.import', { files: batch });
      outstanding--;
      return report;
    })) {
      answers.push([...report.imported.map((x) => x.title), ...report.duplicates.map((d) => `duplicate of ${d.title}`)]);
      expect(report.imported.length + report.duplicates.length).toBe(batch.length);
    }
    expect(most).toBe(Math.min(IMPORT_CALLS_IN_FLIGHT, batches.length));
    expect(answers.flat()).toEqual([...Array.from({ length: 74 }, (_, i) => `Dispatch ${i} from the harbour`), 'duplicate of Dispatch 49 from the harbour', ...Array.from({ length: 25 }, (_, i) => `Dispatch ${75 + i} from the harbour`)]);
  });

  it('throws a failed call in its turn, after the answers before it, and leaves none of the calls behind it unhandled', async () => {
    const unhandled: unknown[] = [];
    const note = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', note);
    try {
      const got: number[] = [];
      const send = (n: number) => (n >= 2 ? Promise.reject(new Error(`call ${n} failed`)) : new Promise<number>((done) => setTimeout(() => done(n), 20)));
      await expect(
        (async () => {
          for await (const [, answer] of inFlight([0, 1, 2, 3], 3, send)) got.push(answer);
        })(),
      ).rejects.toThrow('call 2 failed');
      await new Promise((done) => setTimeout(done, 50));
      expect(got).toEqual([0, 1]);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', note);
    }
  });
});
