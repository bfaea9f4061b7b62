// A Word (.docx) file through mammoth, in the parse worker: its headings, paragraphs, lists and
// quotes become HTML, which then goes through the same extraction as a web page. Images are
// never read, comments, struck-through text and a table of contents are left out (the import
// report counts the comments and struck passages), and linked files are never opened.
// mammoth is patched (patches/mammoth+1.13.0.patch) to read the text of elements it dropped:
// simple fields, w:cr, w:dir/w:bdo, ruby, drawn text boxes; to read a double strike-through
// (w:dstrike) as struck; to leave out hidden text and placeholders; and to begin a numbered
// list's items with the numbers Word shows ("2.", "b)").
// docs/import.md lists them.
import mammoth from 'mammoth';
import { GlossError } from '../errors.js';
import { formatNumber } from 'mammoth/lib/docx/numbering-xml.js';
import { commentCount, docxProperties, noteNumbering, type NoteNumbering } from './docx-properties.js';
import type { HtmlExtract } from './html-extract.js';
import { extractHtml } from './html-extract.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
  // A table of contents (Word's "TOC Heading", "toc 1"…) is the document's navigation, not its
  // text: its heading became the title.
  "p[style-name='TOC Heading'] => !",
  "p[style-name^='toc '] => !",
  // mammoth writes nothing for these, and the words either side of one ran together.
  "br[type='page'] => br",
  "br[type='column'] => br",
];
const noImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

/** mammoth's marks in the text (`<a href="#footnote-3" id="footnote-ref-3">[2]</a>`) and the back links of its notes. */
const NOTE_MARK = /(<a href="#((footnote|endnote)-[^"]*)" id="(?:footnote|endnote)-ref-[^"]*">)\[\d+\](<\/a>)/g;
/** A footnote or endnote as mammoth lists it, and a web link in it. */
const NOTE = /<li id="(?:footnote|endnote)-[^"]*">[\s\S]*?<\/li>/g;
/**
 * A note is where a writer cites a source, often as a link whose text is the source's name
 * ("Council survey"): the text extraction keeps only the text, so the address goes after it.
 */
const WEB_LINK = /<a href="(https?:\/\/[^"]+)">([\s\S]*?)<\/a>/g;
const BACK_LINK = /\s*<a href="#(?:footnote|endnote)-ref-[^"]*">↑<\/a>/g;

/**
 * mammoth lists the footnotes and endnotes at the end, each with a back link "↑", and numbers
 * them only by the list's order, which the text extraction does not keep: each note starts with
 * its mark instead, as the text refers to it ("[2] Interview with…"), and the arrow goes. The
 * marks are Word's: mammoth counted footnotes and endnotes as one list, [1] to [n], where Word
 * counts each apart and shows endnotes as i, ii, iii unless the file says otherwise.
 */
function numberNotes(html: string, numbering: Record<'footnote' | 'endnote', NoteNumbering>): string {
  const marks = new Map<string, string>();
  const counts = { footnote: 0, endnote: 0 };
  for (const [, , id, kind] of html.matchAll(NOTE_MARK)) {
    if (marks.has(id!)) continue;
    const { numFmt, start } = numbering[kind as 'footnote' | 'endnote'];
    marks.set(id!, `[${formatNumber(start + counts[kind as 'footnote' | 'endnote']++, numFmt)}]`);
  }
  return html
    .replace(NOTE_MARK, (_, open: string, id: string, _kind: string, close: string) => `${open}${marks.get(id)}${close}`)
    .replace(BACK_LINK, '')
    .replace(/<li id="((?:footnote|endnote)-[^"]*)"><p>/g, (tag, id: string) => (marks.has(id) ? `${tag}${marks.get(id)} ` : tag))
    .replace(NOTE, (note: string) => note.replace(WEB_LINK, (link, href: string, text: string) => (text.includes(href.replace(/^https?:\/\//, '')) ? link : `${link} (${href})`)));
}

/**
 * Struck-through text (mammoth's `<s>`): words a writer deleted but left to be seen ("will cost
 * <s>€2 million</s> €3 million"), which as plain text read as part of the sentence. Left out, and
 * counted for the import report; the original file keeps them.
 */
const STRUCK = /<s>[\s\S]*?<\/s>/g;

/** What mammoth says of a ZIP that holds no Word document (an OpenDocument text, a spreadsheet, photos). */
const NOT_WORD = /^Could not find (?:main document part|the body element)/;

export async function extractDocx(name: string, bytes: Uint8Array): Promise<HtmlExtract> {
  let value: string;
  try {
    ({ value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      // A style map the file carries (mammoth's own `mammoth/style-map` part) would let a document
      // choose how Gloss reads it: one mapping every paragraph to a heading left "no article text".
      { styleMap: STYLE_MAP, includeEmbeddedStyleMap: false, convertImage: noImage, externalFileAccess: false },
    ));
  } catch (e) {
    if (e instanceof Error && NOT_WORD.test(e.message)) {
      throw new GlossError('unsupported_file', { key: 'import.notWhatItSays', params: { name, format: 'docx' } });
    }
    throw e;
  }
  const notes = await noteNumbering(bytes);
  const struck = value.match(STRUCK)?.length ?? 0;
  const html = numberNotes(value.replace(STRUCK, ''), notes);
  const page = extractHtml(name, `<!doctype html><html><body><article>${html}</article></body></html>`, { numberLists: false, webPage: false });
  if (page.drafts.length === 0) throw new GlossError('empty_file', { key: 'import.docxEmpty', params: { name } });
  const first = page.drafts[0];
  const properties = await docxProperties(name, bytes);
  if (!page.meta.title && first?.kind === 'heading') page.meta.title = first.text;
  page.meta.title ||= properties.title;
  page.fallbackAuthor = properties.author;
  const comments = await commentCount(bytes);
  if (comments > 0 || struck > 0) page.leftOut = { comments, struck };
  return page;
}
