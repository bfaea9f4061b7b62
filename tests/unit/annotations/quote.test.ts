import { describe, expect, it } from 'vitest';
import { unquoted } from '../../../shared/quote.js';

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
