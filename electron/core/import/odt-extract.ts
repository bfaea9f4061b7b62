// An OpenDocument text (.odt, what LibreOffice saves): a ZIP whose content.xml holds the text.
// No kept converter exists on npm, so this writes the HTML the Word import gives (headings,
// paragraphs, quotes, lists, tables, links, notes at the end each starting with its mark) from
// content.xml, read with jszip and linkedom, and the HTML extraction does the rest, in the parse
// worker. As in a Word file: images are never read, comments and struck-through text are left out
// (and counted for the import report), tracked changes read as accepted, a table of contents and
// other indexes are left out, a text box is read after the paragraph that holds it.
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { GlossError } from '../errors.js';
import { esc } from '../export/escape.js';
import { formatNumber } from 'mammoth/lib/docx/numbering-xml.js';
import { coreProperties } from './docx-properties.js';
import { extractHtml, type HtmlExtract } from './html-extract.js';

const ODT = 'application/vnd.oasis.opendocument.text';

/** Elements that are never the document's text: generated indexes, tracked deletions, fields' hidden parts. */
const SKIPPED = new Set([
  'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'text:table-of-content', 'text:illustration-index',
  'text:table-index', 'text:object-index', 'text:user-index', 'text:alphabetical-index', 'text:bibliography',
  'text:hidden-text', 'text:hidden-paragraph', 'text:ruby-text', 'text:note-citation', 'draw:image', 'svg:title', 'svg:desc',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:forms', 'office:scripts',
]);
/** Paragraph styles (by the name LibreOffice gives them, or their parent's) that are blocks of their own kind. */
const STYLE_TAGS: Record<string, string> = { Title: 'h1', Subtitle: 'h2', Quotations: 'blockquote' };
/** "Heading 2" as a style's name (spaces written `_20_`): a Word file LibreOffice saved sets its headings as paragraphs so styled. */
const HEADING_STYLE = /^Heading_20_([1-6])$/;
/** OpenDocument's number formats as Word names them, for the formatter the Word import numbers with. */
const NUMBER_FORMATS: Record<string, string> = { '1': 'decimal', a: 'lowerLetter', A: 'upperLetter', i: 'lowerRoman', I: 'upperRoman' };

type El = Element;

function children(el: El): El[] {
  return [...el.childNodes].filter((n): n is El => n.nodeType === 1);
}

function attr(el: El, name: string): string | null {
  return el.getAttribute(name);
}

/** A table's own rows, under header-row and row groups too, not those of a table inside a cell. */
function rowsOf(table: El): El[] {
  return [...table.getElementsByTagName('table:table-row')].filter((row) => {
    let up = row.parentNode as El | null;
    while (up && up.tagName !== 'table:table') up = up.parentNode as El | null;
    return up === table;
  });
}

interface ListLevel {
  numFmt: string;
  start: number;
  prefix: string;
  suffix: string;
  /** How many levels the label shows, this one and those above it ("2.1" shows two). */
  shown: number;
}

interface Styles {
  /** A paragraph style's own name or the name of the style it is based on, for STYLE_TAGS. */
  parent: Map<string, string>;
  /** Text styles whose text is struck through. */
  struck: Set<string>;
  /** Paragraph styles that make headings (their default-outline-level), and their levels. */
  headings: Map<string, number>;
  /** A list style's level (1-based) → how its items are numbered, or null for a bullet. */
  lists: Map<string, Map<number, ListLevel | null>>;
}

function readStyles(...roots: (El | null)[]): Styles {
  const styles: Styles = { parent: new Map(), struck: new Set(), headings: new Map(), lists: new Map() };
  for (const root of roots) {
    if (!root) continue;
    for (const style of root.getElementsByTagName('style:style')) {
      const name = attr(style, 'style:name');
      if (!name) continue;
      const parent = attr(style, 'style:parent-style-name');
      if (parent) styles.parent.set(name, parent);
      const outline = Number(attr(style, 'style:default-outline-level') ?? 0);
      if (outline > 0) styles.headings.set(name, Math.min(outline, 6));
      const line = style.getElementsByTagName('style:text-properties')[0]?.getAttribute('style:text-line-through-style');
      if (line && line !== 'none') styles.struck.add(name);
    }
    for (const list of root.getElementsByTagName('text:list-style')) {
      const levels = new Map<number, ListLevel | null>();
      for (const level of children(list)) {
        const n = Number(attr(level, 'text:level') ?? 1);
        const format = attr(level, 'style:num-format') ?? '';
        levels.set(
          n,
          level.tagName === 'text:list-level-style-number' && format in NUMBER_FORMATS
            ? {
                numFmt: NUMBER_FORMATS[format]!,
                start: Number(attr(level, 'text:start-value') ?? 1) || 1,
                prefix: attr(level, 'style:num-prefix') ?? '',
                suffix: attr(level, 'style:num-suffix') ?? '',
                shown: Math.min(Math.max(Number(attr(level, 'text:display-levels') ?? 1) || 1, 1), n),
              }
            : null,
        );
      }
      styles.lists.set(attr(list, 'style:name') ?? '', levels);
    }
  }
  return styles;
}

interface Note {
  kind: 'footnote' | 'endnote';
  html: string;
}

/** content.xml's text as the HTML the Word import gives. */
class Writer {
  readonly notes: Note[] = [];
  comments = 0;
  struck = 0;
  /** The number of the item being written at each list level, for labels that show the levels above ("2.1"). */
  private readonly numbers: number[] = [];
  /** The label of the list item being written, for its first paragraph. */
  private label: string | null = null;
  /** The next number of each list style's outer lists, for a list that continues the one before. */
  private readonly listCounts = new Map<string, number>();
  /** Blocks met inside a paragraph (a text box's), written after it. */
  private after: string[] = [];
  private inNote = false;

  constructor(private readonly styles: Styles) {}

  blocks(parent: El, listStyle: string | null = null, level = 0): string {
    let html = '';
    for (const el of children(parent)) html += this.block(el, listStyle, level);
    return html;
  }

  /** A style's name and those of the styles it is based on, nearest first. */
  private *chain(styleName: string | null): Generator<string> {
    for (let name = styleName, hops = 0; name && hops < 10; name = this.styles.parent.get(name) ?? null, hops++) yield name;
  }

  private isStruck(styleName: string | null): boolean {
    for (const name of this.chain(styleName)) if (this.styles.struck.has(name)) return true;
    return false;
  }

  private tagFor(styleName: string | null, fallback: string): string {
    for (const name of this.chain(styleName)) {
      const tag = STYLE_TAGS[name];
      if (tag) return tag;
      const heading = this.styles.headings.get(name) ?? Number(HEADING_STYLE.exec(name)?.[1] ?? 0);
      if (heading) return `h${heading}`;
    }
    return fallback;
  }

  private block(el: El, listStyle: string | null, level: number): string {
    if (SKIPPED.has(el.tagName)) {
      if (el.tagName === 'office:annotation') this.comments++;
      return '';
    }
    switch (el.tagName) {
      case 'text:h': {
        const n = Math.min(Math.max(Number(attr(el, 'text:outline-level') ?? 1) || 1, 1), 6);
        return this.paragraph(el, this.tagFor(attr(el, 'text:style-name'), `h${n}`));
      }
      case 'text:p':
        return this.paragraph(el, this.tagFor(attr(el, 'text:style-name'), 'p'));
      case 'text:list':
        return this.list(el, attr(el, 'text:style-name') ?? listStyle, level + 1);
      case 'table:table':
        return `<table>${rowsOf(el).map((row) => `<tr>${children(row).filter((c) => c.tagName === 'table:table-cell').map((cell) => `<td>${this.blocks(cell)}</td>`).join('')}</tr>`).join('')}</table>`;
      default:
        // text:section, table:table-header-rows and the like: containers of blocks.
        return this.blocks(el, listStyle, level);
    }
  }

  /**
   * A list's items, each numbered as the document shows it ("2.", "b)", "3.1") at the start of its
   * first paragraph: a list restarts at its level's start unless it continues the one before.
   */
  private list(el: El, style: string | null, level: number): string {
    const levels = style ? this.styles.lists.get(style) : undefined;
    const format = levels?.get(level) ?? null;
    const items = children(el).filter((c) => c.tagName === 'text:list-item' || c.tagName === 'text:list-header');
    const continues = level === 1 && style !== null && (attr(el, 'text:continue-numbering') === 'true' || attr(el, 'text:continue-list') !== null);
    let next = format ? (continues ? this.listCounts.get(style) : undefined) ?? format.start : 0;
    let html = '';
    for (const item of items) {
      if (format && item.tagName === 'text:list-item') {
        const restart = Number(attr(item, 'text:start-value') ?? NaN);
        if (Number.isFinite(restart)) next = restart;
        this.numbers[level - 1] = next++;
        const shown = Array.from({ length: format.shown }, (_, i) => level - format.shown + 1 + i);
        this.label = `${format.prefix}${shown.map((l) => formatNumber(this.numbers[l - 1] ?? 1, levels?.get(l)?.numFmt ?? 'decimal')).join('.')}${format.suffix}`;
      }
      html += `<li>${this.blocks(item, style, level)}</li>`;
      this.label = null;
    }
    if (format && level === 1 && style) this.listCounts.set(style, next);
    return `<ul>${html}</ul>`;
  }

  private paragraph(el: El, tag: string): string {
    if (this.isStruck(attr(el, 'text:style-name'))) {
      this.struck++;
      return '';
    }
    const outer = this.after;
    this.after = [];
    const label = this.label ? `${esc(this.label)} ` : '';
    this.label = null;
    const text = label + this.inline(el);
    const after = this.after.join('');
    this.after = outer;
    return `<${tag}>${text}</${tag}>${after}`;
  }

  private inline(parent: El): string {
    let html = '';
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) {
        html += esc(node.textContent ?? '');
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as El;
      if (SKIPPED.has(el.tagName)) {
        if (el.tagName === 'office:annotation') this.comments++;
        continue;
      }
      switch (el.tagName) {
        case 'text:s':
          html += ' '.repeat(Math.min(Number(attr(el, 'text:c') ?? 1) || 1, 100));
          break;
        case 'text:tab':
          html += '\t';
          break;
        case 'text:line-break':
          html += '<br>';
          break;
        case 'text:span':
          if (this.isStruck(attr(el, 'text:style-name'))) this.struck++;
          else html += this.inline(el);
          break;
        case 'text:a': {
          const href = attr(el, 'xlink:href') ?? '';
          const text = this.inline(el);
          // In a note, where a source is cited, the address goes after the link's text, as a Word note's does.
          const cited = this.inNote && /^https?:\/\//.test(href) && !text.includes(esc(href.replace(/^https?:\/\//, '')));
          html += `<a href="${esc(href)}">${text}</a>${cited ? ` (${esc(href)})` : ''}`;
          break;
        }
        case 'text:note':
          html += this.note(el);
          break;
        case 'draw:text-box':
          this.after.push(this.blocks(el));
          break;
        default:
          // Fields (a date, a page number, a sequence), frames, ruby bases, marks: their text, if any.
          html += this.inline(el);
      }
    }
    return html;
  }

  /** The mark as the text shows it ("[1]", "[i]"); the note goes to the end, starting with it. */
  private note(el: El): string {
    const mark = `[${(el.getElementsByTagName('text:note-citation')[0]?.textContent ?? '').trim()}]`;
    const body = el.getElementsByTagName('text:note-body')[0];
    if (body) {
      const outer = this.inNote;
      this.inNote = true;
      const html = this.blocks(body).replace(/^<p>/, `<p>${esc(mark)} `);
      this.inNote = outer;
      this.notes.push({ kind: attr(el, 'text:note-class') === 'endnote' ? 'endnote' : 'footnote', html });
    }
    return esc(mark);
  }
}

function parseXml(xml: string | null): El | null {
  return xml === null ? null : (new DOMParser().parseFromString(xml, 'text/xml').documentElement as unknown as El);
}

export async function extractOdt(name: string, bytes: Uint8Array): Promise<HtmlExtract> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new GlossError('parse_failed', { key: 'import.unreadable', params: { name, format: 'odt', detail: e instanceof Error ? e.message : String(e) } });
  }
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? null;
  // A password encrypts each part (the manifest says how); the parts are then no XML.
  if ((await read('META-INF/manifest.xml'))?.includes('encryption-data')) throw new GlossError('unsupported_file', { key: 'import.password', params: { name } });
  const mimetype = (await read('mimetype'))?.trim();
  const content = await read('content.xml');
  if (content === null || (mimetype !== undefined && mimetype !== ODT)) {
    throw new GlossError('unsupported_file', { key: 'import.notWhatItSays', params: { name, format: 'odt' } });
  }
  const root = parseXml(content);
  const text = root?.getElementsByTagName('office:text')[0];
  if (!root || !text) throw new GlossError('unsupported_file', { key: 'import.notWhatItSays', params: { name, format: 'odt' } });
  const writer = new Writer(readStyles(root, parseXml(await read('styles.xml'))));
  let html = writer.blocks(text);
  const notes = [...writer.notes.filter((n) => n.kind === 'footnote'), ...writer.notes.filter((n) => n.kind === 'endnote')];
  if (notes.length > 0) html += `<ul>${notes.map((n) => `<li>${n.html}</li>`).join('')}</ul>`;

  const page = extractHtml(name, `<!doctype html><html><body><article>${html}</article></body></html>`, { numberLists: false, webPage: false });
  if (page.drafts.length === 0) throw new GlossError('empty_file', { key: 'import.odtEmpty', params: { name } });
  const properties = coreProperties(name, await read('meta.xml'));
  const first = page.drafts[0];
  if (!page.meta.title && first?.kind === 'heading') page.meta.title = first.text;
  page.meta.title ||= properties.title;
  page.fallbackAuthor = properties.author;
  if (writer.comments > 0 || writer.struck > 0) page.leftOut = { comments: writer.comments, struck: writer.struck };
  return page;
}
