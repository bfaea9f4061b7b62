// A large import is written in batches: the report is the same as one file at a time would
// give, in the files' order, duplicates and failures included, wherever in the import they fall.
import { describe, expect, it } from 'vitest';
import { openTestLibrary, textFile } from './harness.js';

const text = (i: number) => `Report ${i} from the valley\n\nThe river rose ${i} centimetres overnight at gauge ${i}, the agency said on Tuesday.`;

describe('a large import', () => {
  it('reports every file exactly once, in order, across batches', { timeout: 120_000 }, async () => {
    const lib = await openTestLibrary();
    try {
      const files = Array.from({ length: 430 }, (_, i) => textFile(`r-${i}.txt`, text(i)));
      files[70] = textFile('r-70.txt', '  \n ');
      files[320] = textFile('r-320.txt', text(10));
      const progress: number[] = [];
      const report = await lib.call('articles.import', { files });
      for (const e of lib.events) if (e.event === 'import.progress') progress.push((e.payload as { done: number }).done);

      expect(report.failed.map((f) => [f.name, f.code])).toEqual([['r-70.txt', 'empty_file']]);
      expect(report.duplicates).toEqual([{ name: 'r-320.txt', existingId: report.imported[10]!.id, title: 'Report 10 from the valley' }]);
      expect(report.imported.map((a) => a.title)).toEqual(
        Array.from({ length: 430 }, (_, i) => i).filter((i) => i !== 70 && i !== 320).map((i) => `Report ${i} from the valley`),
      );
      expect(progress).toEqual([200, 400, 430]);
      // One from the third batch comes back byte for byte, and is found.
      const original = await lib.call('articles.original', { id: report.imported[410]!.id });
      expect(Buffer.from(original.dataBase64, 'base64').toString('utf8')).toBe(text(412));
      expect((await lib.call('search.query', { q: 'gauge 412' })).map((h) => h.articleId)).toContain(report.imported[410]!.id);
    } finally {
      lib.close();
    }
  });
});
