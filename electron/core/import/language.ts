// The language of an article as a BCP 47 tag, from eld's n-gram detector (60 languages).
// Its tables take a second or two to load, so they are loaded on the first import, not at start.
import type { eld as EldInstance } from 'eld/extrasmall';

type Eld = typeof EldInstance;

/** A sample from the start of the body: eld is reliable on a few sentences, and long texts stay cheap. */
const SAMPLE = 400;
/** Fewer letters than this is a caption, not enough to name a language. */
const MIN_LETTERS = 20;
/** At least MIN_LETTERS letters, found without collecting them (this runs on every import). */
const ENOUGH_LETTERS = new RegExp(`(?:\\p{L}\\P{L}*){${MIN_LETTERS}}`, 'u');

let loading: Promise<Eld> | null = null;

export function languageDetector(): Promise<Eld> {
  loading ??= import('eld/extrasmall').then((m) => m.eld);
  return loading;
}

/** A web or e-mail address is no language's words ("www.example.com" was Portuguese to eld). ASCII only: CJK text runs on after one without a space. */
const ADDRESS = /\b(?:https?:\/\/|www\.)[!-~]+|[!-~]+@[!-~]+\.[!-~]+/g;

function reliable(eld: Eld, text: string): string | null {
  const sample = text.replace(ADDRESS, ' ');
  if (!ENOUGH_LETTERS.test(sample)) return null;
  const result = eld.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}

/**
 * eld's ISO 639-1 code (a valid BCP 47 tag), or null when the text is too short or the guess is
 * unreliable. A paper or a report may open with names, affiliations and addresses, on which eld
 * will not say: then its first paragraphs half a sample long or longer are asked, up to five.
 */
export function detectLanguage(eld: Eld, body: string): string | null {
  const start = reliable(eld, body.slice(0, SAMPLE));
  if (start !== null || body.length <= SAMPLE) return start;
  const long = body.slice(0, 20_000).split('\n\n').filter((p) => p.length >= SAMPLE / 2).slice(0, 5);
  for (const paragraph of long) {
    const language = reliable(eld, paragraph.slice(0, SAMPLE));
    if (language !== null) return language;
  }
  return null;
}
