import { describe, expect, it } from 'vitest';
import { shortened, unquoted } from '../../../shared/quote.js';

describe('a claim quoted by a message', () => {
  it('leaves out the quotation marks selected at either end', () => {
    expect(unquoted('“There are ways to go about')).toBe('There are ways to go about');
    expect(unquoted('"Nobody told us anything."')).toBe('Nobody told us anything.');
    expect(unquoted('«لا أحد أخبرنا» ')).toBe('لا أحد أخبرنا');
    expect(unquoted('„Wir wussten nichts“')).toBe('Wir wussten nichts');
  });

  it('keeps the marks inside, an apostrophe at the end, and words that are only marks', () => {
    expect(unquoted('“We will,” Netanyahu said')).toBe('We will,” Netanyahu said');
    expect(unquoted('the ministers’')).toBe('the ministers’');
    expect(unquoted('“”')).toBe('“”');
  });
});

describe('a quote or title shortened for a message', () => {
  it('is cut after a whole word, with an ellipsis, and left whole when it fits', () => {
    expect(shortened('Council statement on the harbour works and the fishermen', 30)).toBe('Council statement on the…');
    expect(shortened('Netanyahu stands firm on Rafah despite pressure', 30)).toBe('Netanyahu stands firm on Rafah…');
    expect(shortened('The only crossing into the south', 40)).toBe('The only crossing into the south');
    expect(shortened('line one\n\nline two', 40)).toBe('line one line two');
  });

  it('cuts a text without spaces within it, never inside a character', () => {
    expect(shortened('東京で十二日に地震があった', 6)).toBe('東京で十二日…');
    expect(shortened('😀😀😀😀', 3)).toBe('😀…');
  });
});
