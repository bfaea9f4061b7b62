// A day typed in a form: in the interface language's order, kept as YYYY-MM-DD.
import { describe, expect, it } from 'vitest';
import { dayText, parseDay } from '../../../shared/i18n/dayInput.js';
import { languages } from '../../../shared/i18n/languages.js';

describe('a day typed in a form', () => {
  for (const { code } of languages) {
    it(`is day, month, year in ${code}, shown with two digits and kept as YYYY-MM-DD`, () => {
      expect(parseDay('1/12/2026', code)).toBe('2026-12-01');
      expect(dayText('2026-12-01', code)).toBe('01/12/2026');
      expect(parseDay(dayText('2024-03-25', code), code)).toBe('2024-03-25');
    });
  }

  it('takes YYYY-MM-DD, other separators, Arabic-Indic digits and direction marks', () => {
    expect(parseDay('2024-3-10', 'en')).toBe('2024-03-10');
    expect(parseDay('10.03.2024', 'fr')).toBe('2024-03-10');
    expect(parseDay('١٠/٠٣/٢٠٢٤', 'ar')).toBe('2024-03-10');
    expect(parseDay('10\u200f/03\u200f/2024', 'ar')).toBe('2024-03-10');
    expect(parseDay('  ', 'es')).toBe('');
  });

  it('refuses what is not a day of the calendar', () => {
    for (const typed of ['31/02/2024', '10/13/2024', '10/3/24', '2024-13-40', 'mañana', '10/03']) expect(parseDay(typed, 'es'), typed).toBeNull();
  });
});
