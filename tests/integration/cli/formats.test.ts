// `gloss import` of a legacy-encoded text file and a Word file: both come in, and the output
// says which encoding the text file was read in; of a saved email and an OpenDocument text, and
// what was left out of a document's text.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { odtFile } from '../../helpers/zip.js';
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

  it('imports an .eml and an .odt, and says how many comments and struck-through passages were left out', async () => {
    const eml = join(tmp.path, 'release.eml');
    writeFileSync(
      eml,
      ['From: Harbour City Council <press@harbour.example>', 'Subject: Quay repairs begin on Monday', 'Date: Tue, 12 Mar 2024 09:30:00 +0100', 'Content-Type: text/plain; charset=utf-8', '', 'The council confirms that repairs to the old quay begin on Monday.', ''].join('\r\n'),
    );
    const odt = join(tmp.path, 'worksheet.odt');
    writeFileSync(
      odt,
      odtFile(
        '<text:h text:outline-level="1">Checking a council statement</text:h><text:p>The statement says repairs cost <text:span text:style-name="T1">€2 million</text:span> €3 million.<office:annotation><text:p>Ask the class which figure is right.</text:p></office:annotation><office:annotation><text:p>Second comment.</text:p></office:annotation></text:p>',
        { styles: '<style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid"/></style:style>' },
      ),
    );

    const run = await gloss(['import', eml, odt, '--data-dir', join(tmp.path, 'lib2')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Imported 2 articles');
    expect(run.stdout).toContain('Quay repairs begin on Monday');
    expect(run.stdout).toContain('Checking a council statement');
    expect(run.stdout).toContain(`${odt}: left out of the text: 2 comments, 1 struck-through passage. The file itself still has them.`);
    expect(run.stdout).not.toContain(`${eml}: left out`);
  });
});
