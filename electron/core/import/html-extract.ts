// Untrusted HTML to text blocks and metadata: linkedom parses, Readability finds the article,
// and only text is taken from its DOM, so scripts, styles and handlers are gone by construction.
// Runs inside the HTML worker (html-worker-main.ts); nothing here touches the main thread.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { BlockKind, Direction, LeftOut } from '../../../shared/model.js';
import { GlossError } from '../errors.js';
import { esc } from '../export/escape.js';
import { emptyMeta, squash, type Draft, type Meta } from './blocks.js';
import { httpUrl } from '../urls.js';
import { authorField, isoDay } from './metadata.js';
import { isPublisher } from './job-titles.js';
import { isTeaserPage, teaserRuns, withoutTeasers } from './teasers.js';
import { removeFurniture, visibleLength } from './html-furniture.js';

/** More elements than this is not an article page but something built to exhaust the parser. */
export const MAX_HTML_ELEMENTS = 50_000;

export interface HtmlExtract {
  meta: Meta;
  drafts: Draft[];
  language: string | null;
  direction: Direction | null;
  /** The author a file's properties (a Word file's) or Readability's byline name, weaker than a byline in its text. */
  fallbackAuthor?: string | null;
  /** What a document's import left out of its text on purpose (a Word or OpenDocument file's comments and struck-through text). */
  leftOut?: LeftOut;
}

const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp'];

function isLetter(c: number): boolean {
  return ((c | 32) - 97) >>> 0 < 26;
}

function indexOfCloseTag(html: string, tag: string, from: number): number {
  let i = from;
  while ((i = html.indexOf('</', i)) !== -1) {
    if (html.substr(i + 2, tag.length).toLowerCase() === tag) return i;
    i += 2;
  }
  return -1;
}

/** Start tags in the source, skipping comments and raw text: a cheap bound before parsing. */
export function countTags(html: string, limit: number): number {
  let n = 0;
  let i = 0;
  while ((i = html.indexOf('<', i)) !== -1) {
    const c = html.charCodeAt(i + 1);
    if (c === 33 /* ! */ && html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      if (end === -1) break;
      i = end + 3;
      continue;
    }
    i++;
    if (!isLetter(c)) continue;
    if (++n > limit) return n;
    const raw = RAW_TEXT.find((t) => html.substr(i, t.length).toLowerCase() === t && !isLetter(html.charCodeAt(i + t.length)));
    if (raw) {
      const end = indexOfCloseTag(html, raw, i);
      if (end === -1) break;
      i = end + 2;
    }
  }
  return n;
}

export type El = {
  nodeType: number;
  localName: string;
  childNodes: ArrayLike<El>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
  removeAttribute(name: string): void;
  cloneNode(deep: true): El;
  remove(): void;
};
export type Doc = {
  documentElement: El | null;
  body: El | null;
  childNodes: ArrayLike<El>;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El>;
};
type Parsed = El & { attributes: ArrayLike<{ name: string; value: string }>; children: ArrayLike<El>; toString(): string };

const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'base', 'style']);

/**
 * The page as a document with <html>, <head> and <body>, as a browser builds it. linkedom parses
 * a page that leaves those tags out (HTML allows it: `<!doctype html><title>…</title><p>…`, or a
 * fragment of a page saved on its own) into a document whose root is its first element and whose
 * body is empty or missing, so the page's text was lost ("no article text"). Such a page is put
 * in a whole document: what belongs in the head (title, meta, link, base, style, before any body
 * content) there, everything else in the body, the root's and the body's attributes kept (lang, dir).
 */
function wholeDocument(html: string): Doc {
  const { document } = parseHTML(html) as unknown as { document: Doc };
  const root = document.documentElement as Parsed | null;
  if (root?.localName === 'html' && Array.from(root.children).some((c) => c.localName === 'body')) return document;
  const attributes = (el: Parsed) => Array.from(el.attributes, (a) => ` ${a.name}="${esc(a.value)}"`).join('');
  let [rootAttributes, bodyAttributes, head, body] = ['', '', '', ''];
  const take = (nodes: ArrayLike<El>) => {
    for (const node of Array.from(nodes) as Parsed[]) {
      if (node.nodeType === 3) body += node.toString();
      if (node.nodeType !== 1) continue; // the doctype, comments
      if (node.localName === 'html') {
        rootAttributes ||= attributes(node);
        take(node.childNodes);
      } else if (node.localName === 'head') take(node.childNodes);
      else if (node.localName === 'body') {
        bodyAttributes ||= attributes(node);
        take(node.childNodes);
      } else if (HEAD_ELEMENTS.has(node.localName) && !body.trim()) head += node.toString();
      else body += node.toString();
    }
  };
  take(document.childNodes);
  const whole = `<!DOCTYPE html><html${rootAttributes}><head>${head}</head><body${bodyAttributes}>${body}</body></html>`;
  return (parseHTML(whole) as unknown as { document: Doc }).document;
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'img', 'picture', 'button', 'form', 'input', 'select', 'textarea', 'nav', 'aside', 'footer',
  'figure', 'head', 'title',
]);
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'body', 'html', 'center',
]);
const HEADING = /^h[1-6]$/;
const MAX_HEADING = 200;
const DOUBLE_BREAK = /\n[ \t\u00a0]*\n/;

/** A numbered list's counter as the HTML spec runs it: `start`, `reversed`, each item's `value`. */
interface Counter {
  next: number;
  step: 1 | -1;
  type: string;
}

const isItem = (node: El): boolean => node.nodeType === 1 && node.localName.toLowerCase() === 'li';

function counterOf(ol: El): Counter {
  const reversed = ol.getAttribute('reversed') !== null;
  const start = Number.parseInt(ol.getAttribute('start') ?? '', 10);
  const items = () => Array.from(ol.childNodes).filter(isItem).length;
  return { next: Number.isFinite(start) ? start : reversed ? items() : 1, step: reversed ? -1 : 1, type: ol.getAttribute('type') ?? '1' };
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

function alphabetic(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** The marker a browser shows before item n of a list of this `type` ("3. ", "c. ", "iii. "). */
function marker(n: number, type: string): string {
  const lower = type.toLowerCase();
  const text = n >= 1 && lower === 'a' ? alphabetic(n) : n >= 1 && n < 4000 && lower === 'i' ? roman(n) : String(n);
  return `${type === 'A' || type === 'I' ? text.toUpperCase() : text}. `;
}

/** Walks a DOM and collects its text as blocks; inline elements only add their text. */
class Collector {
  readonly drafts: Draft[] = [];
  /** Per draft, how many of its (visible) characters are a link's text. */
  readonly linkChars: number[] = [];
  private parts: string[] = [];
  private partsInLinks = 0;
  private inLink = 0;
  /** The numbered lists being read, innermost last. */
  private readonly lists: Array<{ list: El; counter: Counter }> = [];
  /** The number of the list item being read, set before its first words. */
  private pendingMarker: string | null = null;

  /** `numberLists`: a numbered list's items begin with their numbers, as the page shows them. */
  constructor(private readonly numberLists = true) {}

  visit(node: El, kind: BlockKind): void {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        this.parts.push(text);
        if (this.inLink > 0) this.partsInLinks += visibleLength(text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        this.parts.push('\n');
        continue;
      }
      if (!BLOCK.has(tag)) {
        if (tag === 'a') this.inLink++;
        this.visit(child, kind);
        if (tag === 'a') this.inLink--;
        continue;
      }
      this.flush(kind);
      if (tag === 'tr' && this.row(child)) continue;
      const numbered = this.lists.at(-1);
      if (tag === 'li' && numbered?.list === node) {
        const value = Number.parseInt(child.getAttribute('value') ?? '', 10);
        if (Number.isFinite(value)) numbered.counter.next = value;
        this.pendingMarker = marker(numbered.counter.next, numbered.counter.type);
        numbered.counter.next += numbered.counter.step;
      }
      if (tag === 'ol' && this.numberLists) this.lists.push({ list: child, counter: counterOf(child) });
      const inner: BlockKind = HEADING.test(tag)
        ? 'heading'
        : tag === 'li'
          ? 'list-item'
          : tag === 'blockquote'
            ? 'quote'
            : kind === 'heading'
              ? 'paragraph' // an unclosed heading swallows the paragraphs after it
              : kind;
      this.visit(child, inner);
      this.flush(inner);
      this.pendingMarker = null;
      if (this.lists.at(-1)?.list === child) this.lists.pop();
    }
  }

  /**
   * A table row whose cells hold a line of text each is one paragraph, its cells joined by " · "
   * (as a Markdown table's), so that a figure stays with its row; a row of fuller cells (a page
   * laid out in a table) is read cell by cell. The row is no line of its own: an infobox's
   * "Written by · Ana Ruiz" credits the work the page describes, and is no byline of the page.
   */
  private row(tr: El): boolean {
    const cells: string[] = [];
    let linkChars = 0;
    for (let i = 0; i < tr.childNodes.length; i++) {
      const cell = tr.childNodes[i]!;
      if (cell.nodeType !== 1 || SKIP.has(cell.localName.toLowerCase())) continue;
      const inside = new Collector();
      inside.visit(cell, 'paragraph');
      inside.flush('paragraph');
      if (inside.drafts.length > 1 || inside.drafts.some((d) => d.kind !== 'paragraph')) return false;
      if (inside.drafts[0]) cells.push(inside.drafts[0].text);
      linkChars += inside.linkChars[0] ?? 0;
    }
    if (cells.length > 0) {
      const text = cells.join(' · ');
      this.drafts.push({ kind: 'paragraph', text, line: false });
      this.linkChars.push(this.inLink > 0 ? visibleLength(text) : linkChars);
    }
    return true;
  }

  flush(kind: BlockKind): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    const share = this.partsInLinks / Math.max(1, visibleLength(text));
    this.parts = [];
    this.partsInLinks = 0;
    for (const piece of text.split(DOUBLE_BREAK)) {
      // Entities can spell decomposed accents that decoding the file did not see.
      const t = squash(piece).normalize('NFC');
      if (t.length === 0) continue;
      const numbered = this.pendingMarker === null ? t : this.pendingMarker + t;
      this.pendingMarker = null;
      this.drafts.push({ kind: kind === 'heading' && t.length > MAX_HEADING ? 'paragraph' : kind, text: numbered, line: true });
      this.linkChars.push(Math.round(share * visibleLength(t)));
    }
  }
}

function attr(doc: Doc, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

const LANG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;

/** The names (lower-cased) under which pages' meta tags give the published date, surest first. */
const PUBLISHED = [
  'article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish_date', 'publish-date', 'pub_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created',
];
/** Tags of mailing and analytics services: their day may be the next one, in UTC. */
const SERVICE_DATES = ['sailthru.date', 'parsely-pub-date'];

/**
 * The published date the page's tags give: its meta tags, an element marked up as the published
 * date (schema.org's, hAtom's), a service's tag, else its first <time> that is no update's.
 */
function publishedDate(doc: Doc): string | null {
  const values = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.trim().toLowerCase();
    if (key && !values.has(key)) values.set(key, m.getAttribute('content')!);
  }
  const marked = doc.querySelector('[itemprop="datePublished"], time[pubdate]');
  // hAtom's published date: <span class="published" title="11/18/2011 8:27:07 AM">.
  const hatom = doc.querySelector('.published');
  const found = [
    ...PUBLISHED.map((k) => values.get(k)),
    marked?.getAttribute('datetime') ?? marked?.getAttribute('content'),
    hatom?.getAttribute('datetime') ?? hatom?.getAttribute('title') ?? hatom?.textContent,
    ...SERVICE_DATES.map((k) => values.get(k)),
    attr(doc, 'time[datetime]:not([itemprop="dateModified"])', 'datetime'),
  ].find((v) => isoDay(v) !== null);
  return found ? (localDay(found, doc) ?? isoDay(found)) : null;
}

const IN_UTC = /(?:Z|[+-]00:?00)$/i;
const OFFSET = /[+-]\d\d:?\d\d$/;

/**
 * A time in UTC may fall on the next day or the one before where the page was published (The
 * Verge's 23:42 in New York is 03:42 UTC): when a <time> gives the same moment with an offset,
 * its day is the page's own.
 */
function localDay(value: string, doc: Doc): string | null {
  const moment = Date.parse(value.trim());
  if (!IN_UTC.test(value.trim()) || Number.isNaN(moment)) return null;
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const v = time.getAttribute('datetime')!.trim();
    if (OFFSET.test(v) && !IN_UTC.test(v) && Date.parse(v) === moment) return isoDay(v);
  }
  return null;
}

/** An element's text without its scripts' (CNN's byline holds one: 'cnnAuthor = "By Ed Hornick, CNN";'). */
function textOf(el: El): string {
  if (!el.querySelector('script, style')) return el.textContent ?? '';
  const copy = el.cloneNode(true);
  for (const s of Array.from(copy.querySelectorAll('script, style'))) s.remove();
  return copy.textContent ?? '';
}

/** A byline is a line: a longer element so marked holds more than one. */
const MAX_BYLINE = 200;

/**
 * The first element the page marks as a byline, read before Readability takes out the page's
 * header with it: then Readability's byline is the first left, Polygon's list of other reviews
 * ("Arthur Gies" on a review by Griffin McElroy).
 */
function pageByline(doc: Doc): string | null {
  const has = (value: string | null, word: string) => value !== null && value.split(/\s+/).includes(word);
  for (const el of Array.from(doc.querySelectorAll('[class], [id], [rel], [itemprop]'))) {
    const [cls, id] = [el.getAttribute('class'), el.getAttribute('id')];
    const marked = /byline/i.test(cls ?? '') || /byline/i.test(id ?? '') || has(cls, 'author') || has(el.getAttribute('rel'), 'author') || has(el.getAttribute('itemprop'), 'author');
    if (!marked) continue;
    const text = squash(textOf(el));
    if (text.length > 0 && text.length <= MAX_BYLINE) return text;
  }
  return null;
}

/** What the page's head says about the article; read before Readability rearranges the document. */
function headMeta(doc: Doc): { meta: Meta; language: string | null; direction: Direction | null; title: string | null; headings: string[]; byline: string | null } {
  const meta = emptyMeta();
  meta.sourceUrl = httpUrl(attr(doc, 'link[rel="canonical"]', 'href')) ?? httpUrl(attr(doc, 'meta[property="og:url"]', 'content'));
  meta.outlet = attr(doc, 'meta[property="og:site_name"]', 'content');
  const author = attr(doc, 'meta[name="author"]', 'content');
  meta.author = author && authorField(author).author;
  meta.publishedAt = publishedDate(doc);
  const title = attr(doc, 'meta[property="og:title"]', 'content') ?? (squash(doc.querySelector('title')?.textContent ?? '') || null);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() ?? '';
  const dir = doc.documentElement?.getAttribute('dir')?.trim().toLowerCase() ?? doc.body?.getAttribute('dir')?.trim().toLowerCase();
  return {
    meta,
    title,
    /** The page's top headings, which Readability may take out of the article. */
    headings: Array.from(doc.querySelectorAll('h1'), (h) => squash(h.textContent ?? '')).filter((h) => h.length > 0),
    byline: pageByline(doc),
    language: LANG.test(lang) ? lang : null,
    direction: dir === 'rtl' || dir === 'ltr' ? dir : null,
  };
}

const TITLE_PARTS = /\s+[|–—•-]\s+|\s+[·:»]\s+/;
const TRAILING_SEPARATOR = /\s+[|–—•·:»-]\s*$/;
const LEADING_SEPARATOR = /^\s*[|–—•·:»-]\s+/;

/** "Big news | The Daily" → "Big news" when the page names The Daily as its site (or its author). */
function withoutName(title: string | null, name: string | null): string | null {
  if (!title || !name) return title;
  const parts = title.split(TITLE_PARTS);
  if (parts.length < 2) return title;
  const site = name.toLowerCase();
  if (parts[parts.length - 1]!.toLowerCase() === site) return title.slice(0, title.lastIndexOf(parts[parts.length - 1]!)).replace(TRAILING_SEPARATOR, '');
  if (parts[0]!.toLowerCase() === site) return title.slice(parts[0]!.length).replace(LEADING_SEPARATOR, '');
  return title;
}

/**
 * The headline, when the page's heading shows it as the start or the end of its title: "Big news -
 * CNN.com", "Slate | Big news", "Big news - BBC中文网 - 两岸三地" with <h1>Big news</h1>. The rest of
 * the title must be shorter than the heading, so that a site's logo set as its <h1> is not taken.
 */
function headlineOf(titles: ReadonlyArray<string | null>, headings: readonly string[]): string | null {
  for (const heading of headings) {
    const h = heading.toLowerCase();
    for (const title of titles) {
      const t = title?.toLowerCase();
      if (!t) continue;
      if (t === h) return heading;
      const rest = t.startsWith(h) ? t.slice(h.length) : t.endsWith(h) ? t.slice(0, t.length - h.length) : null;
      if (rest === null) continue;
      const separated = t.startsWith(h) ? LEADING_SEPARATOR.test(rest) : TRAILING_SEPARATOR.test(rest);
      const named = rest.replace(LEADING_SEPARATOR, '').replace(TRAILING_SEPARATOR, '').trim();
      if (separated && named.length < h.length) return heading;
    }
  }
  return null;
}

/**
 * Readability's own bound: a part of a page whose text is half link text or more is navigation
 * (a menu, a list of headlines), not prose, whatever Readability took for the article.
 */
const MAX_LINK_DENSITY = 0.5;
const MIN_MENU_ITEMS = 3;

/** How many drafts at the start are a menu or breadcrumbs: list items of link text only, three or more. */
function leadingMenu({ drafts, linkChars }: Collector): number {
  let n = 0;
  while (n < drafts.length && drafts[n]!.kind === 'list-item' && linkChars[n]! >= visibleLength(drafts[n]!.text)) n++;
  return n >= MIN_MENU_ITEMS ? n : 0;
}

/**
 * The article's blocks without a leading menu and the lists of teasers around it; refused when
 * they are mostly links to other pages, or a section front's teasers.
 */
function articleDrafts(name: string, collector: Collector): Draft[] {
  const menu = leadingMenu(collector);
  const drafts = collector.drafts.slice(menu);
  const sized = drafts.map((d, i) => ({ chars: visibleLength(d.text), linkChars: collector.linkChars[menu + i]!, heading: d.kind === 'heading', text: d.text }));
  const chars = sized.reduce((n, b) => n + b.chars, 0);
  const links = sized.reduce((n, b) => n + b.linkChars, 0);
  const runs = teaserRuns(sized);
  if ((chars > 0 && links >= MAX_LINK_DENSITY * chars) || isTeaserPage(sized, runs)) {
    throw new GlossError('empty_file', { key: 'import.linksOnly', params: { name } });
  }
  return withoutTeasers(drafts, sized, runs);
}

function tooLarge(name: string, elements: number): GlossError {
  return new GlossError('too_large', { key: 'import.tooManyElements', params: { name, max: MAX_HTML_ELEMENTS, elements } });
}

/**
 * `numberLists: false` leaves numbered lists' items without the numbers the HTML's `ol` would
 * give them, for HTML whose items already begin with theirs (mammoth's from Word, which starts
 * an `ol` again after every paragraph between items; the patched reader writes Word's numbers).
 * `webPage: false` is for HTML that is a document's own text (Word's, an email's): a reading list of links
 * there is what its author wrote, not a site's menu.
 */
export function extractHtml(name: string, html: string, { numberLists = true, webPage = true } = {}): HtmlExtract {
  const rough = countTags(html, MAX_HTML_ELEMENTS);
  if (rough > MAX_HTML_ELEMENTS) throw tooLarge(name, rough);

  const document = wholeDocument(html);
  const elements = document.querySelectorAll('*').length;
  if (elements > MAX_HTML_ELEMENTS) throw tooLarge(name, elements);

  const head = headMeta(document);
  removeFurniture(document);
  const article = new Readability(document as never, {
    maxElemsToParse: MAX_HTML_ELEMENTS,
    serializer: (node: unknown) => node as El,
  }).parse();

  const collector = new Collector(numberLists);
  if (article?.content) collector.visit(article.content, 'paragraph');
  // Readability gives up on pages it does not take for an article; their text is still the text.
  if (collector.drafts.length === 0 && document.body) collector.visit(document.body, 'paragraph');

  const meta = head.meta;
  meta.outlet ??= article?.siteName ? squash(article.siteName) : null;
  // Readability's byline is the element it took for one, at times a menu's "Authors": a byline in
  // the article's text, which it would have taken out had it found it, goes first, then the
  // page's own first byline.
  const marked = head.byline ? authorField(head.byline) : null;
  const taken = article?.byline ? authorField(squash(article.byline)) : null;
  const byline = { author: marked?.author ?? taken?.author ?? null, date: marked?.date ?? taken?.date ?? null };
  // "Ediciones El País" on El País's pages: the publisher, not who wrote the article.
  if (meta.author && isPublisher(meta.author, meta.outlet)) meta.author = null;
  if (byline?.author && isPublisher(byline.author, meta.outlet)) byline.author = null;
  const title = squash(article?.title ?? '') || head.title;
  meta.title = headlineOf([title, head.title], head.headings) ?? withoutName(withoutName(title, meta.outlet), meta.author ?? byline?.author ?? null);
  meta.publishedAt ??= isoDay(article?.publishedTime) ?? byline?.date ?? null;
  const dir = article?.dir?.toLowerCase();
  const lang = article?.lang?.trim() ?? '';
  return {
    meta,
    drafts: webPage ? articleDrafts(name, collector) : collector.drafts,
    fallbackAuthor: byline?.author ?? null,
    language: head.language ?? (LANG.test(lang) ? lang : null),
    direction: head.direction ?? (dir === 'rtl' || dir === 'ltr' ? dir : null),
  };
}
