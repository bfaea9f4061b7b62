// Removes what a web page wraps around an article — skip links, breadcrumbs, share and
// comment prompts, footers in another script — and lifts metadata lines into Meta.
import { breadcrumbTitle, chromeKind } from './boilerplate.js';
import type { Draft, Meta } from './blocks.js';
import { byline, dateLine, dateMarker, isUrlLine, sourceLine } from './metadata.js';
import { dominantScript, dominantScriptOf, type Script } from './script.js';

/** How many leading blocks may still be page head (crumbs, date, byline) rather than text. */
const HEAD_WINDOW = 8;
/** Trailing or leading blocks in another script than the body are chrome only when this short. */
const SHORT = 200;
const HAS_LETTER = /\p{L}/u;
/** A paragraph ending like a sentence is article text (a title or menu line does not). */
const SENTENCE = /[.!?…"”»؟]$/u;

export interface Cleaned {
  drafts: Draft[];
  /** The last segment of a "Home » ... » Title" breadcrumb, when there was one. */
  crumbTitle: string | null;
}

function setOnce<K extends keyof Meta>(meta: Meta, key: K, value: string | null | undefined): void {
  if (value && meta[key] === null && HAS_LETTER.test(value)) meta[key] = value;
}

/**
 * A metadata line: records what it says and returns true if it should leave the body. Pages set
 * a date or a byline as a heading too (`<h4>June 8, 2012 6:14 AM</h4>`).
 */
function liftMetadata(d: Draft, meta: Meta, atEnd: boolean): boolean {
  if (!d.line || (d.kind !== 'paragraph' && d.kind !== 'heading')) return false;
  const date = dateLine(d.text);
  if (date) {
    if (meta.publishedAt === null) meta.publishedAt = date;
    return true;
  }
  const by = byline(d.text);
  if (by) {
    setOnce(meta, 'author', by.author);
    setOnce(meta, 'outlet', by.outlet);
    if (meta.publishedAt === null) meta.publishedAt = by.date;
    return true;
  }
  if (d.kind === 'heading') return false;
  const src = sourceLine(d.text, atEnd);
  if (src) {
    setOnce(meta, 'outlet', src.outlet);
    if (src.url && meta.sourceUrl === null) meta.sourceUrl = src.url;
    return true;
  }
  return false;
}

export function cleanDrafts(input: readonly Draft[], meta: Meta): Cleaned {
  let crumbTitle: string | null = null;
  const kept: Draft[] = [];
  for (let i = 0; i < input.length; i++) {
    let d = input[i]!;
    const chrome = chromeKind(d.text);
    if (chrome === 'drop') continue;
    if (chrome === 'cut-after') {
      // Only below the article: the same words in a menu above it must not take the text away.
      if (bodyBegun(kept)) break;
      continue;
    }
    if (kept.length < HEAD_WINDOW) {
      if (kept.length === 0 && meta.publishedAt === null) {
        const marker = dateMarker(d.text);
        if (marker) {
          meta.publishedAt = marker.date;
          if (marker.rest.length === 0) continue;
          d = { ...d, text: marker.rest };
        }
      }
      const crumb = d.line ? breadcrumbTitle(d.text) : null;
      if (crumb !== null) {
        crumbTitle ??= crumb;
        continue;
      }
      // An address below the first sentences is one the article cites, not the page's own.
      if (!(isUrlLine(d.text) && bodyBegun(kept)) && liftMetadata(d, meta, false)) continue;
    }
    kept.push(d);
  }
  while (kept.length > 1 && !citedAtEnd(kept) && liftMetadata(kept[kept.length - 1]!, meta, true)) kept.pop();
  dropForeignEnds(kept);
  return { drafts: kept, crumbTitle };
}

const bodyBegun = (kept: readonly Draft[]): boolean => kept.some((k) => k.kind === 'paragraph' && SENTENCE.test(k.text));

/**
 * An address at the end is the page's own only when it stands alone: one of a list of them, or
 * one a line introduces ("Sources", "The report:"), is cited by the article and stays in it.
 */
function citedAtEnd(kept: readonly Draft[]): boolean {
  const last = kept[kept.length - 1]!;
  const before = kept[kept.length - 2];
  if (!isUrlLine(last.text) || before === undefined) return false;
  return isUrlLine(before.text) || before.kind === 'heading' || /:$/.test(before.text) || !SENTENCE.test(before.text);
}

/**
 * The script of the text (from a sample of its start) is the body's; short blocks at either end
 * written in another are chrome, unless they end like a sentence: an English line closing an
 * Arabic report ("The minister wrote in English on X: ...") is the article's, a menu is not.
 */
function dropForeignEnds(drafts: Draft[]): void {
  if (drafts.length < 2) return;
  const body = dominantScriptOf(drafts.map((d) => d.text));
  if (body === null) return;
  const foreign = (d: Draft): boolean => {
    if (d.text.length > SHORT || SENTENCE.test(d.text)) return false;
    const s: Script | null = dominantScript(d.text);
    return s !== null && s !== body;
  };
  let end = drafts.length;
  while (end > 1 && foreign(drafts[end - 1]!)) end--;
  let start = 0;
  while (start < end - 1 && foreign(drafts[start]!)) start++;
  if (end < drafts.length) drafts.splice(end);
  if (start > 0) drafts.splice(0, start);
}
