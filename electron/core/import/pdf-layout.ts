// A PDF page is positioned glyph runs, not paragraphs: this rebuilds the text's blocks from the
// layout. Runs on a row make lines, split at column gutters; columns are read in order; rows
// repeated at the top or bottom of most pages (running headers, footers, page numbers) go;
// lines join into paragraphs by spacing and indent, with end-of-line hyphenation undone; larger
// type makes headings. Pure: pdf-extract.ts feeds it what pdf.js reads.
import type { BlockKind } from '../../../shared/model.js';
import type { Draft } from './blocks.js';

/** One glyph run as pdf.js reports it, in PDF units with y growing upwards. */
export interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  rtl: boolean;
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  page: number;
  rtl: boolean;
}

/** Items closer than this share a row (fraction of their font size). */
const SAME_ROW = 0.35;
/** A strip this wide with (almost) no text down the page, between text on both sides, is a gutter. */
const MIN_GUTTER = 6;
/** Points; A0 paper is 2,384 wide. */
const MAX_PAGE_WIDTH = 5_000;
/** How many rows at the top and bottom of a page may be running heads and feet. */
const EDGE_ROWS = 2;
/** A heading's type is at least this much larger than the body's. */
const HEADING_RATIO = 1.1;
const MAX_HEADING = 200;
/** A line gap this many times the body's line pitch separates paragraphs. */
const PARAGRAPH_GAP = 1.35;

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:(?:page|p\.|pg\.?|seite|página|pagina|pag\.|страница|стр\.?|صفحة|ページ|第)\s*)?\d{1,4}(?:\s*(?:of|\/|de|di|von|из|sur|van|من)\s*\d{1,4})?(?:\s*页|\s*頁)?(?:\s*[-–—])?$/iu;
const PRINTED_AT = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}[:.]\d{2}/u;
const ADDRESS = /\b(?:https?|file):\/\/\S|\babout:blank\b/iu;
const PAGE_COUNT = /(?:^|\s)(?:page\s+)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$|^(?:page\s+)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}(?:\s|$)/iu;
const BULLET = /^[•◦▪‣●○■□–-]\s+/u;
const TERMINAL = /[.!?…:;"”»)\]。！？」』؟]$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const STARTS_CASELESS = /^\p{Lo}/u;
const ENDS_HYPHEN = /\p{L}[-\u00ad\u2010]$/u;
/** CJK characters, with their punctuation (、。「」) and full-width forms: a line ending in one joins the next without a space. */
const CJK = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\uac00-\ud7af]/u;
const DIGITS = /\d+/g;
const READABLE = /[^\s\p{Co}\p{P}]/u;

interface Row {
  y: number;
  size: number;
  runs: Run[];
}

const MARKS_ONLY = /^\s*\p{M}+\s*$/u;

/**
 * Vowel marks set as runs of their own (Arabic harakat above and below their letters) go onto
 * the letter they stand on, after it as they are written: sorted by place, each came before its
 * letter in a right-to-left row ("ُس" for "سُ"), or on a row of its own. A space drawn over a
 * letter (Chromium puts one under a shadda with its vowel) is no space between words.
 */
function withMarks(runs: readonly Run[]): Run[] {
  const glyphs = runs.filter((r) => r.text.trim().length > 0 && !MARKS_ONLY.test(r.text));
  const under = (space: Run) =>
    glyphs.some((r) => Math.abs(r.y - space.y) < r.size * SAME_ROW && space.x >= r.x - 0.5 && space.x + space.width <= r.x + r.width + 0.5);
  const out = runs.filter((r) => !MARKS_ONLY.test(r.text) && (r.text.trim().length > 0 || !under(r))).map((r) => ({ ...r }));
  for (const mark of runs) {
    if (!MARKS_ONLY.test(mark.text)) continue;
    let base: Run | undefined;
    let distance = Infinity;
    for (const r of out) {
      if (r.text.trim().length === 0) continue;
      const d = Math.abs(r.x + r.width / 2 - mark.x);
      if (d < distance && mark.x >= r.x - 1 && mark.x <= r.x + r.width + 1 && Math.abs(r.y - mark.y) < r.size) [base, distance] = [r, d];
    }
    if (base) base.text += mark.text.trim();
    else out.push({ ...mark });
  }
  return out;
}

function rowsOf(runs: readonly Run[]): Row[] {
  const sorted = runs.filter((r) => r.text.length > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const run of sorted) {
    const row = rows[rows.length - 1];
    const dy = Math.abs((row?.y ?? Infinity) - run.y);
    // A superscript is set apart for withRaisedRuns, which finds the line it belongs to: the
    // other column's line may lie between.
    const raisedRun = row !== undefined && Math.min(row.size, run.size) <= Math.max(row.size, run.size) * SMALLER && dy > Math.max(row.size, run.size) * 0.15;
    if (row && dy <= SAME_ROW * Math.max(row.size, run.size) && !raisedRun) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  for (const row of rows) row.runs.sort((a, b) => a.x - b.x);
  return withRaisedRuns(rows);
}

/** Type this much smaller than its line's, set above or below its baseline, is a superscript or a subscript. */
const SMALLER = 0.8;
const SUPERSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789+-−=()'].map((c, i) => [c, '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾'[i]!]));
const SUBSCRIPT: Record<string, string> = Object.fromEntries([...'0123456789+-−=()'].map((c, i) => [c, '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎'[i]!]));

function overlaps(a: readonly Run[], b: readonly Run[]): boolean {
  return a.some((r) => r.text.trim().length > 0 && b.some((o) => o.text.trim().length > 0 && r.x < o.x + o.width - 0.5 && o.x < r.x + r.width - 0.5));
}

/**
 * Each group of raised runs (those closer than a space) is written as the page shows it where
 * Unicode has the characters ("μm²", "CO₂", "piers¹"); else as it comes: a subscript's letters close
 * up as the page shows them ("Isc", "NOx"), and a superscript is set off by spaces ("Özen a,b"),
 * so that a number is never made of a raised one: 10⁻⁸ whose minus pdf.js could not read is
 * "10 8 mbar", not "10⁸" or "108 mbar".
 */
function raised(runs: readonly Run[], table: Record<string, string>): Run[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const apart = (a: Run, b: Run) => b.x - (a.x + a.width) > b.size * 0.3;
  const groups: Run[][] = [];
  for (const [i, r] of sorted.entries()) {
    if (i === 0 || apart(sorted[i - 1]!, r)) groups.push([]);
    groups[groups.length - 1]!.push(r);
  }
  return groups.flatMap((group) => {
    if (group.every((r) => [...r.text.trim()].every((c) => c in table))) return group.map((r) => ({ ...r, text: [...r.text].map((c) => table[c] ?? c).join('') }));
    if (table === SUBSCRIPT) return group;
    return group.map((r, i) => ({ ...r, text: `${i === 0 ? ' ' : ''}${r.text}${i === group.length - 1 ? ' ' : ''}` }));
  });
}

/**
 * Superscripts and subscripts go into their line: a footnote mark, an author's affiliation or an
 * exponent set higher than a third of its line's size was a row of its own, read before the
 * line ("∗+ ∗ ∗" above "Andreas Gal , Brendan Eich ,", "2" above "5 × 5 μm ,").
 */
function withRaisedRuns(rows: Row[]): Row[] {
  const merged = new Set<Row>();
  // The line a raised row belongs to: the one whose baseline is near, with a word beside it (the
  // other column's line may lie between the two).
  const lineFor = (row: Row, others: readonly Row[], reach: number) =>
    others.find((line) => {
      const rise = Math.abs(row.y - line.y);
      return !merged.has(line) && row.size <= line.size * SMALLER && rise > 0 && rise <= line.size * reach && beside(row.runs, line) && !overlaps(row.runs, line.runs);
    });
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const next = rows.slice(i + 1, i + 4).filter((r) => r.y < row.y);
    const before = rows.slice(Math.max(0, i - 3), i).reverse().filter((r) => r.y > row.y);
    const sup = lineFor(row, next, 0.6);
    const sub = sup ? undefined : lineFor(row, before, 0.4);
    const line = sup ?? sub;
    if (!line) continue;
    line.runs = [...line.runs, ...raised(row.runs, sup ? SUPERSCRIPT : SUBSCRIPT)].sort((a, b) => a.x - b.x);
    merged.add(row);
  }
  return rows.filter((r) => !merged.has(r));
}

/** Some run of the line ends or starts within a space or so of one of these runs. */
function beside(runs: readonly Run[], line: Row): boolean {
  return runs.some((r) => line.runs.some((o) => o.text.trim().length > 0 && Math.min(Math.abs(r.x - (o.x + o.width)), Math.abs(o.x - (r.x + r.width))) <= line.size));
}

const RTL_SCRIPTS = String.raw`[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]`;
const RTL_LETTERS = new RegExp(RTL_SCRIPTS, 'gu');
const HAS_RTL = new RegExp(RTL_SCRIPTS, 'u');
const LETTERS = /\p{L}/gu;
/** A run of Latin letters or digits, and the punctuation at its ends, which belongs to the line around it. */
const LTR_PIECE = /^([^\p{L}\p{Nd}]*)(.*?)([^\p{L}\p{Nd}]*)$/su;
const MIRRORED: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«', '‹': '›', '›': '‹' };

/** Runs of mostly Hebrew or Arabic letters (numbers, spaces and punctuation have no side). */
function isRtl(runs: readonly Run[]): boolean {
  let rtl = 0;
  let letters = 0;
  for (const r of runs) {
    rtl += r.text.match(RTL_LETTERS)?.length ?? 0;
    letters += r.text.match(LETTERS)?.length ?? 0;
  }
  return letters > 0 ? rtl * 2 > letters : runs.filter((r) => r.rtl).length * 2 > runs.length;
}

/** A row's runs left to right, with a space run where the gap between two is wide enough for one. */
function spaced(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const before = out[out.length - 1];
    if (before && !/\s$/.test(before.text) && !/^\s/.test(r.text) && r.x - (before.x + before.width) > r.size * 0.15) {
      out.push({ ...r, text: ' ', width: 0 });
    }
    out.push(r);
  }
  return out;
}

/**
 * A right-to-left row in the order it is read: from the right, except that a stretch of Latin
 * words and numbers (with what lies between them) reads left to right, as the line shows it
 * ("ב-19 במרץ 2024", "(Joe Biden)"); a bracket read right to left is the other way round.
 * pdf.js gives each run of Hebrew or Arabic in its own reading order already.
 */
function rightToLeft(runs: readonly Run[]): string {
  const pieces: Array<{ text: string; ltr: boolean }> = [];
  for (const r of runs) {
    if (HAS_RTL.test(r.text)) pieces.push({ text: r.text, ltr: false });
    else {
      const [, lead = '', core = '', trail = ''] = LTR_PIECE.exec(r.text) ?? [];
      pieces.push({ text: lead, ltr: false }, { text: core, ltr: true }, { text: trail, ltr: false });
    }
  }
  const parts: string[] = [];
  let i = pieces.length - 1;
  while (i >= 0) {
    if (!pieces[i]!.ltr || pieces[i]!.text === '') {
      parts.push(pieces[i]!.text.replace(/[()[\]{}<>«»‹›]/g, (c) => MIRRORED[c]!));
      i--;
      continue;
    }
    let start = i;
    for (let k = i - 1; k >= 0 && (pieces[k]!.ltr || !HAS_RTL.test(pieces[k]!.text)); k--) if (pieces[k]!.ltr && pieces[k]!.text !== '') start = k;
    for (let k = start; k <= i; k++) parts.push(pieces[k]!.text);
    i = start - 1;
  }
  return parts.join('');
}

/** Joins a row's runs in reading order, right to left when most of its letters are (or `rtl` says). */
function joinRuns(runs: readonly Run[], rtl = isRtl(runs)): string {
  const ordered = spaced(runs);
  const text = rtl ? rightToLeft(ordered) : ordered.map((r) => r.text).join('');
  return text.replace(/\s+/g, ' ').trim();
}

function rowText(row: Row): string {
  return joinRuns(row.runs);
}

/** Key of a running head or foot: its text with the numbers (page, date, issue) taken out. */
function edgeKey(row: Row): string {
  return rowText(row).toLowerCase().replace(DIGITS, '#');
}

/** Space this many times the type size sets the page's margin apart from its text. */
const MARGIN_GAP = 2.5;

function apart(a: Row, b: Row): boolean {
  return Math.abs(a.y - b.y) > MARGIN_GAP * Math.max(a.size, b.size);
}

/** The rows in a page's top and bottom margins: at most EDGE_ROWS each, set apart from the text by space. */
function marginRows(rows: readonly Row[]): Row[] {
  const out: Row[] = [];
  const n = rows.length;
  for (let k = Math.min(EDGE_ROWS, n - 1) - 1; k >= 0; k--) {
    if (apart(rows[k]!, rows[k + 1]!)) {
      out.push(...rows.slice(0, k + 1));
      break;
    }
  }
  for (let k = Math.max(n - EDGE_ROWS, 1); k < n; k++) {
    if (apart(rows[k - 1]!, rows[k]!)) {
      out.push(...rows.slice(k));
      break;
    }
  }
  return out;
}

/** What a browser prints in a page's margins: when, at the left ("11/27/26, 7:12 PM", "27.11.26, 19:12"), the page's address, "1/3" or "Page 1 of 3". */
function printedByBrowser(row: Row): boolean {
  const text = rowText(row);
  return PRINTED_AT.test(row.runs[0]!.text.trim()) || ADDRESS.test(text) || PAGE_COUNT.test(text);
}

/** Where a row is: its text without numbers, and its baseline to the point. */
function placeKey(row: Row): string {
  return `${Math.round(row.y)} ${edgeKey(row)}`;
}

/**
 * Margin rows that are running heads and feet: repeated on most pages (numbers aside), or a page
 * number. A document of one page has nothing to compare, so there it is margin rows in smaller type than the text.
 * A row among the first or last EDGE_ROWS in smaller type than the text that recurs in the same
 * place on most pages, or that has what a browser prints there, is one however close to the
 * text it is set: a browser prints its date, title, address and "1/4" 15 pt from the first line.
 */
function dropRunningRows(pages: Row[][]): Row[][] {
  const margins = pages.map(marginRows);
  const edges = pages.map((rows) => [...rows.slice(0, EDGE_ROWS), ...rows.slice(Math.max(EDGE_ROWS, rows.length - EDGE_ROWS))]);
  const count = (lists: Row[][], key: (row: Row) => string) => {
    const seen = new Map<string, number>();
    for (const rows of lists) for (const k of new Set(rows.map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
    return seen;
  };
  const seen = count(margins, edgeKey);
  // Books and journals set one running head on left-hand pages and another on right-hand ones.
  const seenFacing = [0, 1].map((side) => count(margins.filter((_, i) => i % 2 === side), edgeKey));
  const inPlace = count(edges, placeKey);
  const most = Math.max(2, pages.length / 2);
  const mostFacing = Math.max(2, pages.length / 4);
  const body = bodySize(pages.flat().map((row) => ({ text: rowText(row), size: row.size })));
  const running = (row: Row, page: number) =>
    PAGE_NUMBER.test(rowText(row)) ||
    (pages.length === 1 ? row.size < body - 0.5 : (seen.get(edgeKey(row)) ?? 0) >= most || (seenFacing[page % 2]!.get(edgeKey(row)) ?? 0) >= mostFacing);
  const inPlaceRunning = (row: Row) => row.size < body - 0.5 && ((inPlace.get(placeKey(row)) ?? 0) >= most || printedByBrowser(row));
  return pages.map((rows, i) => {
    const margin = new Set(margins[i]);
    const edge = new Set(edges[i]);
    return rows.filter((row) => !(margin.has(row) && running(row, i)) && !(edge.has(row) && inPlaceRunning(row)));
  });
}

/**
 * Column gutters of a page: vertical strips no run crosses on (nearly) any row, with text on
 * both sides of them on many rows. A title spanning the columns is one of the few rows allowed across.
 */
function gutters(rows: readonly Row[]): number[] {
  if (rows.length < 6) return [];
  let left = Infinity;
  let right = -Infinity;
  for (const row of rows) for (const r of row.runs) {
    left = Math.min(left, r.x);
    right = Math.max(right, r.x + r.width);
  }
  const width = Math.ceil(right - left);
  // Wider than any real page (pdf-extract.ts keeps only runs on the page): no columns to find.
  if (!(width > 0) || width > MAX_PAGE_WIDTH) return [];
  const cover = new Uint16Array(width + 1);
  for (const row of rows) {
    const marked = new Uint8Array(width + 1);
    for (const r of row.runs) {
      if (r.text.trim().length === 0) continue;
      for (let i = Math.max(0, Math.floor(r.x - left)); i <= Math.min(width, Math.ceil(r.x + r.width - left)); i++) marked[i] = 1;
    }
    for (let i = 0; i <= width; i++) cover[i]! += marked[i]!;
  }
  const allowed = Math.max(2, rows.length * 0.08);
  const busy = rows.length * 0.25;
  const found: number[] = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    const free = cover[i]! <= allowed;
    if (free && start === -1) start = i;
    if ((!free || i === width) && start !== -1) {
      const end = free ? i : i - 1;
      const sideL = start > 0 ? Math.max(...cover.subarray(Math.max(0, start - 20), start)) : 0;
      const sideR = end < width ? Math.max(...cover.subarray(end + 1, Math.min(width + 1, end + 21))) : 0;
      if (end - start + 1 >= MIN_GUTTER && start > width * 0.15 && end < width * 0.85 && sideL >= busy && sideR >= busy) {
        found.push(left + (start + end) / 2);
      }
      start = -1;
    }
  }
  if (found.length === 0) {
    const below = gutterUnderSpans(rows, cover, left, width);
    if (below !== null) found.push(below);
  }
  return found;
}

/** Of a row's runs, how much of the stretch from the first to the last is ink: words close up, table cells lie apart. */
function inked(runs: readonly Run[]): number {
  const spans = runs.map((r) => [r.x, r.x + r.width] as const).sort((a, b) => a[0] - b[0]);
  let ink = 0;
  let reach = -Infinity;
  for (const [from, to] of spans) {
    ink += Math.max(0, to - Math.max(from, reach));
    reach = Math.max(reach, to);
  }
  const extent = reach - spans[0]![0];
  return extent > 0 ? ink / extent : 1;
}

/** Lines of prose: most of them close up and about as wide as the widest, as a column's are and a table's cells are not. */
function prose(sides: ReadonlyArray<readonly Run[]>): boolean {
  const widths = sides.map((runs) => Math.max(...runs.map((r) => r.x + r.width)) - Math.min(...runs.map((r) => r.x))).sort((a, b) => a - b);
  const dense = sides.filter((runs) => inked(runs) >= 0.8).length;
  return dense >= sides.length * 0.8 && widths[Math.floor(widths.length / 2)]! >= widths[widths.length - 1]! * 0.6;
}

/**
 * The gutter of two columns under (or over) rows that span them: the title and authors above a
 * paper's columns, a table or a figure below them. These are too many rows for the strict rule,
 * so here the rows either side of the channel must read as prose, not as a table's cells.
 */
function gutterUnderSpans(rows: readonly Row[], cover: Uint16Array, left: number, width: number): number | null {
  let best = -1;
  for (let i = Math.ceil(width * 0.15); i <= Math.floor(width * 0.85); i++) if (best === -1 || cover[i]! < cover[best]!) best = i;
  if (best === -1) return null;
  let start = best;
  let end = best;
  while (start > 0 && cover[start - 1]! <= cover[best]!) start--;
  while (end < width && cover[end + 1]! <= cover[best]!) end++;
  if (end - start + 1 < MIN_GUTTER) return null;
  const [from, to] = [left + start, left + end];
  const leftSides: Run[][] = [];
  const rightSides: Run[][] = [];
  for (const row of rows) {
    const ink = row.runs.filter((r) => r.text.trim().length > 0);
    const before = ink.filter((r) => r.x + r.width <= from + 0.5);
    const after = ink.filter((r) => r.x >= to - 0.5);
    if (before.length + after.length < ink.length) continue;
    if (before.length > 0) leftSides.push(before);
    if (after.length > 0) rightSides.push(after);
  }
  const many = Math.max(6, rows.length * 0.25);
  if (leftSides.length < many || rightSides.length < many || !prose(leftSides) || !prose(rightSides)) return null;
  return (from + to) / 2;
}

/**
 * The size most of a line's letters are set in: one larger glyph (a symbol font's "×" in
 * "5 × 5 μm") made the whole line a heading, and cut its paragraph in three.
 */
function typeSize(runs: readonly Run[]): number {
  const weight = new Map<number, number>();
  for (const r of runs) {
    const n = r.text.trim().length;
    if (n > 0) weight.set(r.size, (weight.get(r.size) ?? 0) + n);
  }
  let best = 0;
  let max = 0;
  for (const [size, n] of weight) if (n > max || (n === max && size > best)) [best, max] = [size, n];
  return best;
}

/** A line of a page; on a right-to-left page, a line with any Hebrew or Arabic in it is one (its last line may be mostly "NATO."). */
function toLine(runs: Run[], page: number, pageRtl: boolean): Line {
  const rtl = isRtl(runs) || (pageRtl && runs.some((r) => HAS_RTL.test(r.text)));
  let x = Infinity;
  let right = -Infinity;
  for (const r of runs) {
    x = Math.min(x, r.x);
    right = Math.max(right, r.x + r.width);
  }
  return { text: joinRuns(runs, rtl), x, right, y: runs[0]!.y, size: typeSize(runs), page, rtl };
}

/** A table's row over the columns: its cells lie apart on every side of the gutters, where a column's lines close up. */
function tableRow(row: Row, cuts: readonly number[]): boolean {
  if (cuts.length === 0) return false;
  const pieces = new Map<number, Run[]>();
  for (const r of row.runs) {
    if (r.text.trim().length === 0) continue;
    const col = cuts.filter((g) => r.x >= g).length;
    pieces.set(col, [...(pieces.get(col) ?? []), r]);
  }
  const apart = (runs: Run[]) => runs.some((r, i) => i > 0 && r.x - (runs[i - 1]!.x + runs[i - 1]!.width) > row.size * 1.5);
  return pieces.size > 1 && [...pieces.values()].every(apart);
}

/**
 * Lines of a page in reading order: rows crossing no gutter are cut at the gutters, and a band
 * of such rows is read column by column (from the right on a right-to-left page); a row that
 * spans the columns (a title) stays whole.
 */
function readingOrder(rows: readonly Row[], page: number): Line[][] {
  const cuts = gutters(rows);
  const rtl = isRtl(rows.flatMap((row) => row.runs));
  const columns = (band: Line[][]) => (rtl ? [...band].reverse() : band);
  const streams: Line[][] = [];
  let whole: Line[] | null = null;
  let band: Line[][] | null = null;
  for (const row of rows) {
    const crosses = row.runs.some((r) => r.text.trim().length > 0 && cuts.some((g) => r.x < g && r.x + r.width > g)) || tableRow(row, cuts);
    const above = whole?.[whole.length - 1];
    // The last line of a spanning title is often short enough to fit in one column.
    const goesOn = above !== undefined && Math.abs(above.size - row.size) < 0.5 && above.y - row.y <= row.size * 1.6;
    if (cuts.length === 0 || crosses || goesOn) {
      if (band) streams.push(...columns(band));
      band = null;
      if (!whole) streams.push((whole = []));
      whole.push(toLine(row.runs, page, rtl));
      continue;
    }
    whole = null;
    band ??= Array.from({ length: cuts.length + 1 }, () => []);
    const byColumn = new Map<number, Run[]>();
    for (const r of row.runs) {
      const col = cuts.filter((g) => r.x >= g).length;
      byColumn.set(col, [...(byColumn.get(col) ?? []), r]);
    }
    for (const [col, runs] of byColumn) if (runs.some((r) => r.text.trim().length > 0)) band[col]!.push(toLine(runs, page, rtl));
  }
  if (band) streams.push(...columns(band as Line[][]));
  return streams.filter((s) => s.length > 0);
}

/** The most common size of type, weighted by characters: the body text's. */
function bodySize(lines: ReadonlyArray<{ text: string; size: number }>): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  let best = 0;
  let max = -1;
  for (const [size, w] of weight) if (w > max) [best, max] = [size, w];
  return best;
}

/** The usual distance between two lines of body text in a paragraph. */
function linePitch(streams: readonly Line[][], size: number): number {
  const gaps: number[] = [];
  for (const s of streams) {
    for (let i = 1; i < s.length; i++) {
      const gap = s[i - 1]!.y - s[i]!.y;
      if (Math.abs(s[i]!.size - size) < 0.5 && Math.abs(s[i - 1]!.size - size) < 0.5 && gap > 0) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length * 0.25)] ?? size * 1.2;
}

interface Building {
  kind: BlockKind;
  lines: Line[];
  /** The block begins a column or a page. */
  first: boolean;
}

function sameSize(a: Line, b: Line): boolean {
  return Math.abs(a.size - b.size) < 0.5;
}

/** Joins the lines of one block, undoing hyphenation at line ends where the word is not a hyphenated one elsewhere in the text. */
function joinLines(lines: readonly Line[], hyphenated: ReadonlySet<string>): string {
  let text = '';
  for (const l of lines) {
    const next = l.text;
    if (text.length === 0) text = next;
    else if (ENDS_HYPHEN.test(text) && STARTS_LOWER.test(next)) {
      const head = /(\p{L}+)[-\u00ad\u2010]$/u.exec(text)?.[1] ?? '';
      const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
      const keep = text.endsWith('-') && hyphenated.has(`${head}-${tail}`.toLowerCase());
      text = (keep ? text : text.slice(0, -1)) + next;
    } else if (CJK.test(text.slice(-1)) && CJK.test(next[0] ?? '')) text += next;
    else text += ` ${next}`;
  }
  return text.replace(/\u00ad/g, '');
}

const HYPHENATED_WORD = /\p{L}+-\p{L}+/gu;

/** A block of a PDF: the page it starts on, and its type size, by which the title is known. */
export type PdfDraft = Draft & { page: number; size: number };

/**
 * The title a reader sees: page one's heading in the largest type, of those whose words are not
 * also in another block. A journal's name set large above the article's title is repeated in its
 * citation line ("Solar Energy Materials & Solar Cells 137 (2015) 1–5"); a kicker or a section name
 * above a headline is in smaller type.
 */
export function titleDraft(drafts: readonly PdfDraft[]): PdfDraft | null {
  const headings = drafts.filter((d) => d.page === 1 && d.kind === 'heading');
  const repeated = (h: PdfDraft) => drafts.some((d) => d !== h && d.text.toLowerCase().includes(h.text.toLowerCase()));
  const candidates = headings.some((h) => !repeated(h)) ? headings.filter((h) => !repeated(h)) : headings;
  let best: PdfDraft | null = null;
  for (const h of candidates) if (best === null || h.size > best.size + 0.5) best = h;
  return best;
}

/** Drafts of the text of a document's pages, each with the page it starts on (1-based). */
export function layoutPages(pages: ReadonlyArray<readonly Run[]>): PdfDraft[] {
  const rows = dropRunningRows(pages.map((runs) => rowsOf(withMarks(runs))));
  const streams = rows.flatMap((r, i) => readingOrder(r, i + 1));
  const all = streams.flat();
  if (all.length === 0) return [];
  const size = bodySize(all);
  const pitch = linePitch(streams, size);
  const hyphenated = new Set(all.flatMap((l) => l.text.toLowerCase().match(HYPHENATED_WORD) ?? []));

  const blocks: Building[] = [];
  for (const stream of streams) {
    let left = Infinity;
    let right = -Infinity;
    for (const l of stream) {
      left = Math.min(left, l.x);
      right = Math.max(right, l.right);
    }
    let current: Building | null = null;
    let prev: Line | null = null;
    for (const line of stream) {
      const heading = line.size >= size * HEADING_RATIO;
      const bullet = BULLET.test(line.text);
      const startsNew =
        current === null ||
        prev === null ||
        !sameSize(prev, line) ||
        bullet ||
        prev.y - line.y > pitch * PARAGRAPH_GAP * (line.size / size) ||
        (!heading && (indented(prev, line, size) || endsShort(prev, left, right, size)));
      if (startsNew) {
        current = { kind: heading ? 'heading' : bullet ? 'list-item' : 'paragraph', lines: [], first: current === null };
        blocks.push(current);
      }
      current!.lines.push(bullet ? { ...line, text: line.text.replace(BULLET, '') } : line);
      prev = line;
    }
  }

  const drafts: PdfDraft[] = [];
  for (const b of blocks) {
    const text = joinLines(b.lines, hyphenated);
    // A figure's labels in a symbol font come as private-use characters, which no one can read.
    if (!READABLE.test(text)) continue;
    const size = b.lines[0]!.size;
    // A paragraph cut by a column or page break goes on where it stopped: the next block starts
    // lower-case, or, in a script without case (Arabic, Hebrew, CJK), at the top of the next
    // column. It goes on in its own type, past notes in smaller type at the column's foot
    // ("Copyright 2009 ACM … $5.00 and is used for the application logic"), which then follow it.
    const goesOn = STARTS_LOWER.test(text) || (b.first && STARTS_CASELESS.test(text));
    const cut = goesOn ? cutParagraph(drafts, b.kind, size) : null;
    if (cut) {
      cut.text = joinLines([{ ...b.lines[0]!, text: cut.text }, { ...b.lines[0]!, text }], hyphenated);
      continue;
    }
    const kind = b.kind === 'heading' && text.length > MAX_HEADING ? 'paragraph' : b.kind;
    drafts.push({ kind, text, line: b.lines.length === 1 || kind === 'heading', page: b.lines[0]!.page, size });
  }
  return drafts;
}

/** The paragraph a block in this type goes on from: the last one, or the last before notes in smaller type. */
function cutParagraph(drafts: PdfDraft[], kind: BlockKind, size: number): PdfDraft | null {
  for (let i = drafts.length - 1; i >= Math.max(0, drafts.length - 4); i--) {
    const d = drafts[i]!;
    if (Math.abs(d.size - size) < 0.5) return d.kind === kind && kind !== 'heading' && !TERMINAL.test(d.text) ? d : null;
    if (d.size > size) return null;
  }
  return null;
}

/** A first line set in from the one above it (from the right in right-to-left text). */
function indented(prev: Line, line: Line, size: number): boolean {
  return (line.rtl ? prev.right - line.right : line.x - prev.x) > size * 0.8;
}

/** A line ending a sentence well short of the column's edge (left, right) ends its paragraph. */
function endsShort(prev: Line, left: number, right: number, size: number): boolean {
  if (!TERMINAL.test(prev.text)) return false;
  return prev.rtl ? prev.x > left + size * 2 : prev.right < right - size * 2;
}
