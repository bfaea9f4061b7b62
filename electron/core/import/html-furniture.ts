// What a page shows around its article, taken out of the document before Readability reads it
// (Readability drops classes, and scores what is left): icon glyphs, dialog boxes, tables of
// contents, screen-reader text, captions; and names that would make it drop the article's own text.
import type { Doc, El } from './html-extract.js';

const ICON_CLASS = /(?:^|\s)(?:icon|glyphicon|fa)(?:[-_\s]|$)/i;

/**
 * Removes the glyphs of icon fonts (Gizmodo's "S" for share): a letter or two in an element whose
 * class names an icon. Readability drops the classes, so this is done before it runs.
 */
function removeIcons(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (ICON_CLASS.test(el.getAttribute('class')!) && visibleLength(el.textContent ?? '') <= 2) el.remove();
  }
}

/**
 * A class or id naming a box shown over the page: "modal", "modal-container", "dm_dialog",
 * "RetweetDialog", "util-bar-flyout". The word starts or ends one of the names: Twitter's
 * "show-popup-with-id" on an author's name names what a click does.
 */
const DIALOG_NAME = /^(?:modal|dialog|popup|popover|flyout)(?:[-_]|$)|[-_](?:modal|dialog|popup|popover|flyout)$|[a-z](?:Modal|Dialog|Popup|Popover|Flyout)$/;

/** What opens a box rather than being one: a link "open-modal" in a sentence keeps its words. */
const OPENERS = new Set(['a', 'button', 'span', 'em', 'strong', 'b', 'i', 'u', 'small', 'abbr', 'cite', 'label']);

const isDialogName = (names: string | null) => names !== null && names.split(/\s+/).some((name) => DIALOG_NAME.test(name));

/**
 * Removes a page's dialog boxes, which it shows over the article on a click: Twitter's
 * direct-message panel (its "You don't have any messages yet.") was taken for the article, over
 * the tweet, and USA Today's comments flyout ("Sign in with Facebook", "Uh oh!") stood above its. One that holds the page's headline or an article is left: some sites open the
 * article itself in one.
 */
function removeDialogs(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('dialog:not([open]), [role$="dialog"], [aria-modal="true"], [class], [id]'))) {
    const dialog = el.localName === 'dialog' || el.getAttribute('role')?.endsWith('dialog') || el.getAttribute('aria-modal') === 'true'
      || (!OPENERS.has(el.localName) && (isDialogName(el.getAttribute('class')) || isDialogName(el.getAttribute('id'))));
    if (dialog && !el.querySelector('h1, article, [itemprop="articleBody"]')) el.remove();
  }
}

/**
 * A table of contents repeats the headings below it, a wiki's "[edit]" links end each heading
 * ("Plot[edit]"), and text set for screen readers only is not on the page (Twitter's "Verified
 * account" after a name, "GitHubVerified account"; "(opens in a new window)"): tools of the page,
 * never its text. An element so named that holds paragraphs is left: it is not one.
 */
const TOOL_IDS = new Set(['toc', 'toc_container']);
const TOOL_CLASSES = new Set([
  'toc', 'table-of-contents', 'mw-editsection',
  'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text', 'u-hiddenVisually', 'element-invisible',
]);

function removePageTools(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const tool = TOOL_IDS.has(el.getAttribute('id') ?? '') || (el.getAttribute('class') ?? '').split(/\s+/).some((name) => TOOL_CLASSES.has(name));
    if (tool && !el.querySelector('p, h1, article')) el.remove();
  }
}

/**
 * A picture's caption or credit outside a <figure>: "image-caption", "caption", "wp-caption",
 * "photo-credit", "credit" (a whole name, its start or its end). Readability keeps them as
 * paragraphs, and they opened CNET's, TIME's and AOL's articles. Only a short one goes, and no
 * byline: an element so named with more text than a caption, or a writer's name, is not one.
 */
const CAPTION_NAME = /^(?:caption|credits?)(?:[-_]|$)|[-_](?:caption|credits?)$|[a-z](?:Caption|Credits?)$/;
const MAX_CAPTION = 300;
/** Engadget sets its byline as a "caption": "By <a rel="author">Richard Lawler</a> posted Aug 18th 2010". */
const NOT_A_CAPTION = 'h1, article, [rel~="author"], [itemprop~="author"], [class*="author"], [class*="byline"]';
const BYLINE_START = /^\s*(?:by|par|por|von|di|door)\s/i;

function removeCaptions(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    if (!el.getAttribute('class')!.split(/\s+/).some((name) => CAPTION_NAME.test(name))) continue;
    const text = el.textContent ?? '';
    if (visibleLength(text) > MAX_CAPTION || el.querySelector(NOT_A_CAPTION) || BYLINE_START.test(text)) continue;
    el.remove();
  }
}

/**
 * Readability weighs a class or id with "media", "meta" or "scroll" in it as furniture, and drops
 * such an element from the article unless its text outweighs that: Polygon's "browser_wide_media"
 * box, two paragraphs of the review over a picture, was lost. An element so named that holds two
 * paragraphs of prose or more loses the names, unless they also name comments, ads or links
 * elsewhere.
 */
const WRAPPER_NAME = /media|meta|scroll/i;
const FURNITURE_NAME = /-ad-|\bads?\b|banner|comment|community|contact|disqus|footer|header|menu|outbrain|promo|related|repl|share|shopping|sidebar|social|sponsor|tags/i;
const MIN_PROSE_CHARS = 80;

function isProse(p: El): boolean {
  const text = visibleLength(p.textContent ?? '');
  const links = Array.from(p.querySelectorAll('a')).reduce((n, a) => n + visibleLength(a.textContent ?? ''), 0);
  return text >= MIN_PROSE_CHARS && links < 0.25 * text;
}

function keepProseInWrappers(doc: Doc): void {
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!WRAPPER_NAME.test(names) || FURNITURE_NAME.test(names)) continue;
    if (Array.from(el.querySelectorAll('p')).filter(isProse).length < 2) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}

export function visibleLength(text: string): number {
  return text.replace(/\s/g, '').length;
}

/** Takes the page's furniture out of the document, in place. */
export function removeFurniture(doc: Doc): void {
  removeIcons(doc);
  removeDialogs(doc);
  removePageTools(doc);
  removeCaptions(doc);
  keepProseInWrappers(doc);
}
