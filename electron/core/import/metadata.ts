// Lines that carry an article's metadata rather than its text: dates, bylines, sources.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

function iso(y: number, m: number, d: number): string | null {
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** YYYY-MM-DD from an ISO timestamp or date, or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = ISO_DATE.exec(value.trim());
  if (m) return iso(+m[1]!, +m[2]!, +m[3]!);
  return englishDate(value.trim());
}

const LABEL = '(?:published|updated|last updated|posted|date|dated)(?: on)?\\s*:?\\s*';
/** " date 2024-03-10 First paragraph..." — the marker some scrapers put before the text. */
const DATE_MARKER = new RegExp(`^${LABEL}(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?:\\s+|$)`, 'i');
const LABELLED_ISO = new RegExp(`^(?:${LABEL})?(\\d{4}-\\d{2}-\\d{2})(?:[T ][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$`, 'i');
const ENGLISH_DATE = new RegExp(
  `^(?:${LABEL})?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?` +
    '(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+([a-z]{3,9})\\.?,?|([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(\\d{4})' +
    '(?:[\\s,]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,5})?)?$',
  'i',
);

function englishDate(line: string): string | null {
  const m = ENGLISH_DATE.exec(line);
  if (!m) return null;
  const month = MONTHS[(m[2] ?? m[3])!.toLowerCase()];
  if (!month) return null;
  return iso(+m[5]!, month, +(m[1] ?? m[4])!);
}

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
  return englishDate(line);
}

const BYLINE = /^(?:by|written by|von|par|por|بقلم|מאת)\s*:?\s+(.+)$/i;
const BYLINE_PARTS = /\s+[|—–-]\s+|\s*·\s*/;
const LOWER_START = /^\p{Ll}/u;
/** Lower-case words a name may contain ("Ludwig van Beethoven", "Jane Doe and John Roe"). */
const PARTICLES = new Set(['and', 'de', 'del', 'der', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'al', 'el', 'bin', 'ibn', 'y']);

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
  const author = parts.shift();
  if (!author || !looksLikeName(author)) return null;
  let outlet: string | null = null;
  let date: string | null = null;
  for (const p of parts) {
    const d = dateLine(p);
    if (d) date ??= d;
    else outlet ??= p;
  }
  return { author, outlet, date };
}

const SOURCE = /^(?:source|sources|originally published (?:in|by|at|on)|quelle|fuente|المصدر|מקור)\s*[:：]?\s+(.+)$/i;
const URL_LINE = /^https?:\/\/[^\s<>"]+$/i;
const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*(?:\d{4}(?:[-–]\d{4})?\s*)?(.+?)[.,]?(?:\s*all rights reserved\.?)?$/i;
const SIGN_OFF = /^[—–]\s*([^.!?]{2,60})$/;

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
