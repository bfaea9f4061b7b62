// `gloss import` of a legacy-encoded text file and a Word file: both come in, and the output
// says which encoding the text file was read in.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss } from './run.js';

describe('gloss import of other formats', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-formats-');
  afterAll(() => tmp.remove());

  it('imports a KOI8-R text file and a .docx, naming the encoding it assumed', async () => {
    const koi8 = join(tmp.path, 'most.txt');
    copyFileSync(join(repoRoot, 'tests', 'fixtures', 'import', 'encodings', 'ru-koi8-r.txt'), koi8);
    const docx = join(tmp.path, 'statement.docx');
    const doc = new Document({
      sections: [{ children: [new Paragraph({ text: 'Council statement on the quay', heading: HeadingLevel.TITLE }), new Paragraph('The council confirms that inspectors found cracks in eleven of the forty piers.')] }],
    });
    writeFileSync(docx, await Packer.toBuffer(doc));

    const run = await gloss(['import', koi8, docx, '--data-dir', join(tmp.path, 'lib')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 2 articles');
    expect(run.stdout).toContain('Мост в гавани откроют весной');
    expect(run.stdout).toContain('Council statement on the quay');
    expect(run.stdout).toContain(`${koi8}: not UTF-8, read as KOI8-R`);
  });
});
