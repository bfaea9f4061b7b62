import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../electron/cli/quote.js';

describe('finding the quote a person typed', () => {
  const body = 'The minister said the plan\nwas final. Later the  minister said the plan was not final.';

  it('finds the Nth exact occurrence and counts them all', () => {
    const second = findQuote(body, 'the plan', 2);
    expect(second.occurrences).toBe(2);
    expect(body.slice(second.span!.start, second.span!.end)).toBe('the plan');
    expect(second.span!.start).toBe(body.lastIndexOf('the plan'));
    expect(findQuote(body, 'the plan', 3)).toEqual({ span: null, occurrences: 2 });
  });

  it('matches across line breaks and doubled spaces when no exact match exists', () => {
    const found = findQuote(body, 'the plan was final', 1);
    expect(found.occurrences).toBe(1);
    expect(body.slice(found.span!.start, found.span!.end)).toBe('the plan\nwas final');
    const spaced = findQuote(body, 'Later the minister', 1);
    expect(body.slice(spaced.span!.start, spaced.span!.end)).toBe('Later the  minister');
  });

  it('matches a quote typed in another Unicode normal form', () => {
    const text = 'Le café est fermé.';
    const decomposed = 'café'.normalize('NFD');
    const found = findQuote(text, decomposed, 1);
    expect(text.slice(found.span!.start, found.span!.end)).toBe('café');
  });

  it('finds nothing in text that does not hold the quote', () => {
    expect(findQuote(body, 'ceasefire', 1)).toEqual({ span: null, occurrences: 0 });
  });
});
