// Lines that carry an article's metadata rather than its text: dates, bylines, sources, in
// the eleven languages dates.ts reads (and Hebrew bylines and sources).
import { dateWithin, writtenDate } from './dates.js';
import { withoutJobTitle } from './job-titles.js';

function iso(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An ISO date, or its basic form without dashes ("20111005", which some pages' date tags use). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})|^(\d{4})(\d{2})(\d{2})$/;

/** YYYY-MM-DD from an ISO timestamp or date, or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  if (m?.[4]) return iso(+m[4], +m[5]!, +m[6]!);
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  return writtenDate(value.trim());
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Year, month and day as folders of an address's path, maybe with a section between the year and the month. */
const PATH_DAY = /\/((?:19|20)\d\d)\/(?:[a-z][\w-]*\/)??(\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6})\/(\d{1,2})(?=\/|$)/gi;

/**
 * The day in a page's address, as news sites and blogs write it ("/2014/6/26/slug",
 * "/2010/POLITICS/08/13/slug", "/2013/may/27/"): the day it was published, when the page gives
 * no other.
 */
export function urlDay(url: string | null): string | null {
  let path: string;
  try {
    path = url ? new URL(url).pathname : '';
  } catch {
    return null;
  }
  for (const [, y, m, d] of path.matchAll(PATH_DAY)) {
    const month = /^\d/.test(m!) ? +m! : MONTHS.indexOf(m!.slice(0, 3).toLowerCase()) + 1;
    const day = month > 0 ? iso(+y!, month, +d!) : null;
    if (day && new Date(`${day}T00:00:00Z`).getUTCDate() === +d!) return day; // not "/2024/02/30/"
  }
  return null;
}

const LABEL = '(?:published|updated|last updated|posted|date|dated)(?: on)?\\s*:?\\s*';
/** " date 2024-03-10 First paragraph..." — the marker some scrapers put before the text. */
const DATE_MARKER = new RegExp(`^${LABEL}(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s+|$)`, 'i');
const LABELLED_ISO = new RegExp(`^(?:${LABEL})?(\\d{4}-\\d{2}-\\d{2})(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$`, 'i');
/** A leading date marker: the date and the text after it (the first paragraph often follows on the same line). */
export function dateMarker(text: string): { date: string; rest: string } | null {
  const m = DATE_MARKER.exec(text);
  if (!m) return null;
  const date = isoDay(m[1]);
  return date ? { date, rest: text.slice(m[0].length) } : null;
}

/** A line that is only a date ("Published: March 10, 2024", "2024-03-10"). */
export function dateLine(line: string): string | null {
  if (line.length > 80) return null;
  const m = LABELLED_ISO.exec(line);
  if (m) return isoDay(m[1]);
  return writtenDate(line);
}

const BYLINE = /^(?:by|written by|von|par|por|a cura di|door|автор|текст|記者|记者|作者|文|بقلم|מאת)(?:\s*[:：・]\s*|\s+)(.+)$/iu;
const BYLINE_PARTS = /\s+[|—–-]\s+|\s*·\s*/;
const LOWER_START = /^\p{Ll}/u;
/** Lower-case words a name may contain ("Ludwig van Beethoven", "Jane Doe and John Roe"). */
const PARTICLES = new Set([
  'and', 'et', 'und', 'e', 'en', 'и', 'de', 'del', 'der', 'den', 'di', 'da', 'das', 'do', 'dos', 'della', 'du', 'la', 'le', 'ten', 'ter',
  'van', 'von', 'zu', 'al', 'el', 'bin', 'ibn', 'y',
]);

/** Every word capitalised (or in a script without case), bar the particles of names. */
function looksLikeName(s: string): boolean {
  const words = s.split(' ');
  if (words.length > 10 || s.endsWith('.') || LOWER_START.test(s)) return false;
  return words.every((w) => !LOWER_START.test(w) || PARTICLES.has(w));
}

/** "By Jane Doe | Reuters | March 10, 2024" → the author and whatever else the line tells. */
export function byline(line: string): { author: string; outlet: string | null; date: string | null } | null {
  if (line.length > 120) return null;
  const m = BYLINE.exec(line);
  if (!m) return null;
  const parts = m[1]!.split(BYLINE_PARTS).map((p) => p.trim()).filter((p) => p.length > 0);
  let author = parts.shift();
  let date: string | null = null;
  // "By Jane Doe posted Aug 18th 2010 7:30PM": the name, then when it was posted.
  if (author && !looksLikeName(author)) {
    const posted = authorField(author);
    author = posted.author ?? undefined;
    date = posted.date;
  }
  if (!author || !looksLikeName(author)) return null;
  author = withoutJobTitle(author);
  let outlet: string | null = null;
  for (const p of parts) {
    const d = dateLine(p);
    if (d) date ??= d;
    else outlet ??= p;
  }
  return { author, outlet, date };
}

const BY_LABEL = /^(?:by|von|par|por)\s*:?\s+/i;
const ISO_WITHIN = /(\d{4})-(\d{2})-(\d{2})/;
/** Where a byline's name ends: a separator, a time, a handle ("@jdoe", "Follow @jdoe"). */
const NAME_END = /\s+[|–—-]\s+|\s+·\s+|\s+(?:follow\s+)?@|\d{1,2}[:.]\d{2}/i;
/** What stands between a name and the date after it: "on", "posted", "authored", a comma. */
const NAME_TAIL = /(?:[\s,|–—-]|\b(?:on|at|posted|published|updated|authored|le|el|am))+$/iu;
const HOST_NAME = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;

/**
 * The author a page's author field or byline names, and the date it gives: sites put the date,
 * the time, a handle and a comment count there ("By: Jane Doe August 18, 2010 3:21 PM PDT Print
 * E-mail", "Jane Doe on June 29, 2014 08:08 pm @jdoe 76 Comments") and the writer's job after the
 * name ("Senior Washington Correspondent"). A site's address is no author.
 */
export function authorField(value: string): { author: string | null; date: string | null } {
  const text = value.replace(BY_LABEL, '');
  const iso = ISO_WITHIN.exec(text);
  const written = dateWithin(text);
  const found = iso && isoDay(iso[0]) && (!written || iso.index < written.index) ? { date: isoDay(iso[0])!, index: iso.index } : written;
  let end = found?.index ?? text.length;
  const stop = NAME_END.exec(text);
  if (stop && stop.index < end) end = stop.index;
  const author = text.slice(0, end).replace(NAME_TAIL, '').trim();
  return { author: HAS_LETTER.test(author) && !HOST_NAME.test(author) ? withoutJobTitle(author) : null, date: found?.date ?? null };
}
const HAS_LETTER = /\p{L}/u;

const SOURCE =
  /^(?:source|sources|originally published (?:in|by|at|on)|quelle|fuente|fonte|bron|источник|出典|出处|出處|来源|來源|المصدر|מקור)(?:\s*[:：]\s*|\s+)(.+)$/iu;
const URL_LINE = /^https?:\/\/[^\s<>"]+$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:[-–]\d{4})?\s*)?(.+?)[.,]?(?:\s*all rights reserved\.?)?$/i;
const SIGN_OFF = /^[—–]\s*([^.!?]{2,60})$/;

/** A line that is nothing but a web address. */
export const isUrlLine = (line: string): boolean => URL_LINE.test(line);

/** A "Source: X", "© 2024 X" or bare URL line: the outlet or URL it names. */
export function sourceLine(line: string, atEnd: boolean): { outlet?: string; url?: string } | null {
  if (line.length > 200) return null;
  if (URL_LINE.test(line)) return { url: line };
  const s = SOURCE.exec(line);
  if (s) {
    const v = s[1]!.trim();
    return URL_LINE.test(v) ? { url: v } : { outlet: v };
  }
  const c = COPYRIGHT.exec(line);
  if (c) return { outlet: c[1]!.trim() };
  if (atEnd) {
    const o = SIGN_OFF.exec(line);
    if (o) return { outlet: o[1]!.trim() };
  }
  return null;
}
