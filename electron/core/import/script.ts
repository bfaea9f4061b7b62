// Which writing system a text is in, hence its direction and a guess at its language.
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

/** Letters per script; digits, punctuation and marks count for none. */
function countLetters(text: string, from = 0, to = text.length): Counts {
  const n: Counts = { latin: 0, arabic: 0, hebrew: 0, other: 0 };
  for (let i = from; i < to; i++) {
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

const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|with|was|on|has)\b/gi;
const WORD = /\S+/g;

function looksEnglish(sample: string): boolean {
  const words = sample.match(WORD)?.length ?? 0;
  const common = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return words > 0 && common / words > 0.12;
}

/** Direction from the strong letters of the body; language a guess limited to what we can tell cheaply. */
export function detectLanguage(body: string): { language: string | null; direction: Direction } {
  const n = countLetters(body);
  const rtl = n.arabic + n.hebrew;
  const direction: Direction = rtl > n.latin + n.other ? 'rtl' : 'ltr';
  const script = dominant(n);
  let language: string | null = null;
  if (script === 'arabic') language = 'ar';
  else if (script === 'hebrew') language = 'he';
  else if (script === 'latin' && looksEnglish(body.slice(0, 4000))) language = 'en';
  return { language, direction };
}
