// Which writing system a text is in, hence its direction.
import type { Direction } from '../../../shared/model.js';

export type Script = 'latin' | 'arabic' | 'hebrew' | 'other';

interface Counts {
  latin: number;
  arabic: number;
  hebrew: number;
  other: number;
}

function isArabic(c: number): boolean {
  return (
    (c >= 0x0600 && c <= 0x06ff) ||
    (c >= 0x0750 && c <= 0x077f) ||
    (c >= 0x08a0 && c <= 0x08ff) ||
    (c >= 0xfb50 && c <= 0xfdff) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/** Script is decided on a sample: the start of a text says enough, and long texts stay cheap. */
const SAMPLE = 1200;

function counts(): Counts {
  return { latin: 0, arabic: 0, hebrew: 0, other: 0 };
}

/** Adds the letters per script of text's first `limit` characters; digits, punctuation and marks count for none. */
function countLetters(text: string, n: Counts = counts(), limit = SAMPLE): Counts {
  const to = Math.min(text.length, limit);
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (((c | 32) - 97) >>> 0 < 26) n.latin++;
    } else if (c < 0x250) {
      if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) n.latin++;
    } else if (c >= 0x0590 && c <= 0x05ff) n.hebrew++;
    else if (c >= 0xfb1d && c <= 0xfb4f) n.hebrew++;
    else if (isArabic(c)) n.arabic++;
    // Greek, Cyrillic, Indic, CJK...: strong left-to-right letters; spaces and symbols above are few.
    else if ((c >= 0x0370 && c < 0x2000) || (c >= 0x3040 && c < 0xd800) || c >= 0xf900) n.other++;
  }
  return n;
}

function dominant(n: Counts): Script | null {
  let best: Script | null = null;
  let max = 0;
  for (const s of ['latin', 'arabic', 'hebrew', 'other'] as const) {
    if (n[s] > max) {
      max = n[s];
      best = s;
    }
  }
  return best;
}

/** The script most of the letters are in, or null when there are no letters. */
export function dominantScript(text: string): Script | null {
  return dominant(countLetters(text));
}

/** The dominant script of several texts taken together, sampled from the first. */
export function dominantScriptOf(texts: readonly string[]): Script | null {
  const n = counts();
  let budget = SAMPLE;
  for (const t of texts) {
    if (budget <= 0) break;
    countLetters(t, n, budget);
    budget -= t.length;
  }
  return dominant(n);
}

/** Right-to-left when Hebrew and Arabic letters outnumber the others in a sample of the body. */
export function detectDirection(body: string): Direction {
  const n = countLetters(body);
  return n.arabic + n.hebrew > n.latin + n.other ? 'rtl' : 'ltr';
}
