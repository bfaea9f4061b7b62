// The library's first rows on screen before the app is evaluated. Once the app shows the library
// with the answers to the start's reads, the page it rendered is kept (localStorage) with the
// answers its rows came from. At the next start the first script asks the core for the same
// first rows (callEarly); when the answers, the build, the language and the theme are the same,
// the kept page is shown as it was (not interactive, above the empty #root) until the app's first
// render replaces it. React made every row of it, so the early rows are the app's rows: same
// markup, text, language, boxes.
import type { InputOf } from '../../shared/contract/index.js';
import { earlyAnswer, earlyReadsDone } from './api/client.js';
import { firstRequests } from './library/articleWindows.js';
import { filterStore, listInput } from './library/filters.js';

const KEY = 'gloss.earlyPaint';
const OVERLAY_ID = 'early-paint';

interface Kept {
  /** The inputs the page was rendered for: the build, the first requests, language and theme settings. */
  context: string;
  /** The core's answers to the first requests, as JSON. */
  answers: string;
  page: KeptNode[];
  lang: string;
  dir: string;
  theme: string | undefined;
}

/** What the app's first render depends on besides the answers (each read as the app reads it). */
function contextOf(requests: readonly unknown[]): string {
  return JSON.stringify({
    build: import.meta.url,
    requests,
    language: [localStorage.getItem('gloss.language'), navigator.language],
    theme: [localStorage.getItem('gloss.theme'), matchMedia('(prefers-color-scheme: dark)').matches],
  });
}

/** The first requests' answers as JSON, once both have come; null if either failed. */
let answered: string | null = null;
let context: string | null = null;

/**
 * Starts the early paint of the library's first rows (requested with callEarly just before).
 * Answers whether the kept page is on the screen; the app is best evaluated after its paint.
 * With no page kept for this start (the first, or another build, language, theme or filter) it
 * answers at once: the app need not wait for the first rows to come.
 */
export async function paintEarly(count: InputOf<'list.count'>, window: InputOf<'list.window'>): Promise<boolean> {
  context = contextOf([count, window]);
  const answers = Promise.all([earlyAnswer('list.window', window), earlyAnswer('list.count', count)]).then((results) => {
    if (results.every((r) => r?.ok)) answered = JSON.stringify(results);
    return answered;
  });
  let kept: Kept | null = null;
  try {
    kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Kept | null;
  } catch {
    localStorage.removeItem(KEY);
  }
  if (kept?.context !== context) return false;
  if ((await answers) !== kept.answers || document.getElementById('root')!.hasChildNodes()) return false;
  const html = document.documentElement;
  html.lang = kept.lang;
  html.dir = kept.dir;
  if (kept.theme) html.dataset.theme = kept.theme;
  const overlay = document.createElement('div');
  overlay.id = OVERLAY_ID;
  overlay.inert = true;
  overlay.setAttribute('aria-hidden', 'true');
  overlay.style.cssText = 'position: fixed; inset: 0; pointer-events: none';
  overlay.append(...kept.page.map(nodeOf));
  document.body.append(overlay);
  return true;
}

/** Resolves once the frame after now has been painted. */
export const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done)));

/**
 * Called before the app's first render into `root`: at its commit, the early page goes. Once every
 * read the first script made has been answered and rendered (the count beside "All articles", the
 * filters' choices), the page is kept for the next start, if it still shows the library as it
 * started: the same first rows, at the top, with no dialog open.
 */
export function handOver(root: HTMLElement): void {
  const observer = new MutationObserver(() => {
    observer.disconnect();
    document.getElementById(OVERLAY_ID)?.remove();
    // In a moment the start leaves free, after the renders the answers made (and the app's
    // effects: the theme is on the page by then).
    void earlyReadsDone().then(() => requestIdleCallback(() => keep(root), { timeout: 2000 }));
  });
  observer.observe(root, { childList: true });
}

function keep(root: HTMLElement): void {
  const list = root.querySelector('.article-list');
  const showsStart =
    context === contextOf(firstRequests(listInput(filterStore.get()))) &&
    list?.scrollTop === 0 &&
    list.querySelector('.article-row:not(.placeholder)') &&
    !document.querySelector('dialog[open], [role="dialog"]');
  if (!answered || !context || !showsStart) return;
  const { lang, dir, dataset } = document.documentElement;
  const page = [...root.childNodes].map(keptOf).filter((n) => n !== null);
  try {
    localStorage.setItem(KEY, JSON.stringify({ context, answers: answered, page, lang, dir, theme: dataset.theme } satisfies Kept));
  } catch {
    localStorage.removeItem(KEY); // full: the next start paints when the app is there, as without it
  }
}

/** An element as data: its tag, attributes (its style and its fields' values among them) and content. */
type KeptNode = string | [tag: string, attributes: Record<string, string>, children: KeptNode[]];

/**
 * The page as data, not HTML: the page's CSP refuses every style attribute it parses (the rows'
 * places among them), while a style set through the element's `style`, as React sets it, is allowed.
 * The fields keep their values, which React sets as properties and HTML would not show.
 */
function keptOf(node: Node): KeptNode | null {
  if (node instanceof Text) return node.data;
  if (!(node instanceof HTMLElement)) return null;
  const attributes: Record<string, string> = {};
  for (const { name, value } of node.attributes) attributes[name] = value;
  const flag = (name: string, on: boolean) => (on ? (attributes[name] = '') : delete attributes[name]);
  if (node instanceof HTMLInputElement) {
    if (node.type === 'checkbox' || node.type === 'radio') flag('checked', node.checked);
    else attributes.value = node.value;
  }
  if (node instanceof HTMLOptionElement) flag('selected', node.selected);
  const children = node instanceof HTMLTextAreaElement ? [node.value] : [...node.childNodes].map(keptOf).filter((n) => n !== null);
  return [node.localName, attributes, children];
}

function nodeOf(kept: KeptNode): Node {
  if (typeof kept === 'string') return document.createTextNode(kept);
  const [tag, attributes, children] = kept;
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'style') element.style.cssText = value;
    else element.setAttribute(name, value);
  }
  element.append(...children.map(nodeOf));
  return element;
}
