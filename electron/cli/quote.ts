// Finding the span a person means by quoting it: exact first, then ignoring Unicode
// normalisation and differences in whitespace (a quote pasted from a terminal or a PDF).

export interface Span {
  start: number;
  end: number;
}

export type QuoteMatch = { span: Span; occurrences: number } | { span: null; occurrences: number };

/** The Nth (1-based) occurrence of quote in body, and how many there are. */
export function findQuote(body: string, quote: string, occurrence: number): QuoteMatch {
  const exact = occurrencesOf(body, quote).map((start) => ({ start, end: start + quote.length }));
  const spans = exact.length > 0 ? exact : looseOccurrences(body, quote);
  return { span: spans[occurrence - 1] ?? null, occurrences: spans.length };
}

function occurrencesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

function looseOccurrences(body: string, quote: string): Span[] {
  const needle = collapse(quote.normalize('NFC').trim()).text;
  if (!needle) return [];
  const { text, origin } = collapse(body); // the body is stored in NFC
  return occurrencesOf(text, needle).map((start) => ({
    start: origin[start]!,
    end: origin[start + needle.length - 1]! + 1,
  }));
}

/** Runs of whitespace become one space; origin[i] is where text[i] came from. */
function collapse(s: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (/\s/.test(s[i]!)) {
      if (text.endsWith(' ')) continue;
      text += ' ';
    } else {
      text += s[i];
    }
    origin.push(i);
  }
  return { text, origin };
}
