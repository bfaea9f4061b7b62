// Everything in an article, a note or a tag name is untrusted text: these are the only ways
// such text reaches a report's HTML.
import { httpUrl } from '../urls.js';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/**
 * Library text whose direction the line around it does not know, isolated from it: left to an
 * English line, an Arabic quote, title or outlet takes the quotation marks, numbers and words
 * next to it into its own right-to-left run.
 */
export function isolated(text: string): string {
  return `<span dir="auto">${esc(text)}</span>`;
}

/** A tag colour as #rrggbb, or a neutral grey when it is anything else. */
export function safeColor(color: string | null | undefined): string {
  return color && /^#[0-9a-fA-F]{6}$/.test(color) ? color.toLowerCase() : '#9e9e9e';
}

/** A BCP 47 tag fit for a lang attribute, or null. */
export function safeLang(lang: string | null | undefined): string | null {
  return lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? lang : null;
}

export function link(url: string | null, label: string): string {
  const href = httpUrl(url);
  return href ? `<a href="${esc(href)}">${esc(label)}</a>` : esc(label);
}

/**
 * A URL shown as its own text, linked when it is a web link: left to right, since in a
 * right-to-left line its final "/" or ")" is drawn before its "https:".
 */
export function urlHtml(url: string): string {
  const href = httpUrl(url);
  return href ? `<a href="${esc(href)}" dir="ltr">${esc(url)}</a>` : `<span dir="ltr">${esc(url)}</span>`;
}

/** A file name made from a title: letters, digits and dashes. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC')
    .toLowerCase();
  return [...s].slice(0, 60).join('').replace(/-+$/, '') || 'gloss-export';
}
