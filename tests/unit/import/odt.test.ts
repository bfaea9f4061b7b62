// OpenDocument texts (.odt), written here as LibreOffice writes them: a school's worksheet and a
// council's statement with headings, lists, a table, links, notes, a comment and struck-through text.
import { afterAll, describe, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile } from '../../../electron/core/import/index.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { odtFile, odtMeta, wordFile, zipOf } from '../../helpers/zip.js';

const FIRST = 'The council confirms that inspectors found cracks in eleven of the forty piers of the old quay.';
const LAST = 'Questions from the press can be sent to the council’s press office until Friday.';

/** Automatic styles as LibreOffice writes them: a Title paragraph, a struck-through span, a numbered and a bulleted list. */
const STYLES = `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Quotations"/>
<style:style style:name="T1" style:family="text"><style:text-properties style:text-line-through-style="solid" style:text-line-through-type="single"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>
<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/><text:list-level-style-number text:level="2" style:num-suffix=")" style:num-format="a"/></text:list-style>
<text:list-style style:name="L3"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="i" text:start-value="2"/><text:list-level-style-number text:level="2" style:num-suffix="" style:num-format="1" text:display-levels="2"/></text:list-style>`;

const STATEMENT = `<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>
<text:p text:style-name="P1">Statement on the harbour quay repairs</text:p>
<text:table-of-content text:name="Contents"><text:index-body><text:index-title><text:p>Contents</text:p></text:index-title><text:p>What happens next<text:tab/>1</text:p></text:index-body></text:table-of-content>
<text:p>${FIRST}<office:annotation><dc:creator>Editor</dc:creator><text:p>Check this figure with the engineers.</text:p></office:annotation> Repairs will cost <text:span text:style-name="T1">€2 million</text:span><text:s/>€3 million, the survey<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Council survey, p. 12, <text:a xlink:type="simple" xlink:href="https://council.example/survey">published online</text:a>.</text:p></text:note-body></text:note> says.</text:p>
<text:h text:outline-level="1">What happens next</text:h>
<text:list text:style-name="L1"><text:list-item><text:p>Ferries keep to the usual timetable.</text:p></text:list-item><text:list-item><text:p>The northern berths close on Monday.</text:p></text:list-item></text:list>
<text:p text:style-name="P2">“Safety comes before convenience,” the harbour master said.</text:p>
<text:p text:style-name="Heading_20_2">Steps</text:p>
<text:list text:style-name="L2"><text:list-item><text:p>Survey the piers.</text:p><text:list><text:list-item><text:p>North side first.</text:p></text:list-item></text:list></text:list-item><text:list-item><text:p>Close the berths.</text:p></text:list-item></text:list>
<text:p>Then, after the council votes:</text:p>
<text:list text:style-name="L2" text:continue-numbering="true"><text:list-item><text:p>Repair the piers.</text:p></text:list-item></text:list>
<text:list text:style-name="L3"><text:list-item><text:p>Costs.</text:p><text:list><text:list-item><text:p>Labour.</text:p></text:list-item><text:list-item><text:p>Steel.</text:p></text:list-item></text:list></text:list-item></text:list>
<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/><table:table-header-rows><table:table-row><table:table-cell><text:p>Side</text:p></table:table-cell><table:table-cell><text:p>Piers</text:p></table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>North</text:p></table:table-cell><table:table-cell office:value-type="string"><table:table table:name="Inner"><table:table-row><table:table-cell><text:p>11</text:p></table:table-cell></table:table-row></table:table></table:table-cell></table:table-row></table:table>
<text:p>See the <text:a xlink:type="simple" xlink:href="https://council.example/plan">repair plan</text:a> for the dates<text:note text:id="ftn2" text:note-class="endnote"><text:note-citation>i</text:note-citation><text:note-body><text:p>Updated weekly.</text:p></text:note-body></text:note>.<draw:frame draw:name="Frame1"><draw:text-box><text:p>Box: the quay opened in 1984.</text:p></draw:text-box></draw:frame></text:p>
<text:p>${LAST}</text:p>`;

afterAll(() => closeHtmlWorker());

describe('OpenDocument texts (.odt)', () => {
  it('reads headings (by outline level or "Heading N" style), lists with their numbers as shown, a table, links and notes; leaves out a table of contents, a comment and struck text, counting them', async () => {
    const a = await prepareFile('statement.odt', odtFile(STATEMENT, { styles: STYLES }));
    expect(a.originalType).toBe('application/vnd.oasis.opendocument.text');
    expect(a.title).toBe('Statement on the harbour quay repairs');
    expect(a.body).toBe(
      [
        `${FIRST} Repairs will cost €3 million, the survey[1] says.`,
        'What happens next',
        'Ferries keep to the usual timetable.',
        'The northern berths close on Monday.',
        '“Safety comes before convenience,” the harbour master said.',
        'Steps',
        '1. Survey the piers.',
        'a) North side first.',
        '2. Close the berths.',
        'Then, after the council votes:',
        '3. Repair the piers.',
        '(ii) Costs.',
        'ii.1 Labour.',
        'ii.2 Steel.',
        'Side · Piers',
        'North · 11',
        'See the repair plan for the dates[i].',
        'Box: the quay opened in 1984.',
        LAST,
        '[1] Council survey, p. 12, published online (https://council.example/survey).',
        '[i] Updated weekly.',
      ].join('\n\n'),
    );
    expect(a.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'heading', 'list-item', 'list-item', 'quote', 'heading', 'list-item', 'list-item', 'list-item', 'paragraph', 'list-item',
      'list-item', 'list-item', 'list-item', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'list-item', 'list-item',
    ]);
    expect(a.leftOut).toEqual({ comments: 1, struck: 1 });
  });

  it('takes the title from meta.xml when the text has no heading, and the author from it', async () => {
    const a = await prepareFile(
      'worksheet-3.odt',
      odtFile(`<text:p>${FIRST}</text:p><text:p>${LAST}</text:p>`, { parts: { 'meta.xml': odtMeta({ title: 'Worksheet: checking a council statement', creator: 'Ana Pérez' }) } }),
    );
    expect(a.title).toBe('Worksheet: checking a council statement');
    expect(a.author).toBe('Ana Pérez');
    expect(a.body).toBe(`${FIRST}\n\n${LAST}`);
    expect(a.leftOut).toBeUndefined();
  });

  it('refuses a password-protected file, another kind of file named .odt, and one with no text, saying so', async () => {
    const encrypted = zipOf({
      mimetype: 'application/vnd.oasis.opendocument.text',
      'content.xml': '\u0093\u00c1binary',
      'META-INF/manifest.xml':
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4000"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>',
    });
    const locked = await glossErrorOf(prepareFile('locked.odt', encrypted));
    expect(locked.code).toBe('unsupported_file');
    expect(locked.message).toBe('"locked.odt" is protected by a password. Open it, save a copy without the password (or copy its text), and import that.');

    const spreadsheet = zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    for (const [name, bytes] of [
      ['figures.odt', spreadsheet],
      ['renamed.odt', wordFile('<w:p><w:r><w:t>Hello</w:t></w:r></w:p>')],
      ['notes.odt', new TextEncoder().encode('plain notes')],
    ] as const) {
      const e = await glossErrorOf(prepareFile(name, bytes));
      expect(e.code, name).toBe('unsupported_file');
      expect(e.message).toBe(`"${name}" is not an OpenDocument text (.odt) inside, whatever its name says. Check the file, or rename it to what it is.`);
    }

    const empty = await glossErrorOf(prepareFile('blank.odt', odtFile('<text:p/><text:p><draw:frame><draw:image xlink:href="Pictures/1.png"/></draw:frame></text:p>')));
    expect(empty.code).toBe('empty_file');
    expect(empty.message).toBe('"blank.odt" has no text: the OpenDocument file is empty, or holds only pictures or drawings. Check that it is the file you meant, or paste the article\'s text.');
  });
});
