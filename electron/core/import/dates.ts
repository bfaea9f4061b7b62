// Published dates written out in words, in ten languages, read by chrono-node's strict parsers
// (no "yesterday" or "last Tuesday": an article's date must be one a reader can check).
import { de, en, es, fr, it, ja, nl, pt, ru, zh, type Chrono } from 'chrono-node';

const PARSERS: readonly Chrono[] = [en, fr, de, es, pt, it, nl, ru, ja, zh].map((locale) => locale.strict);
/** Every written-out date Gloss takes has a year; lines without one are never parsed. */
const YEAR = /(?:1[89]|2[01])\d\d/;
/** Words that may stand around a date on a date line: labels, prepositions, time zones. */
const LABELS = new RegExp(
  [
    'published', 'updated', 'last updated', 'posted', 'date', 'dated', 'on', 'at', 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'cet', 'cest',
    'publié', 'publiée', 'mis à jour', 'modifié', 'le', 'à',
    'veröffentlicht', 'aktualisiert', 'stand', 'datum', 'am', 'vom', 'um', 'uhr',
    'publicado', 'publicada', 'actualizado', 'atualizado', 'fecha', 'data', 'el', 'em', 'a las', 'às',
    'pubblicato', 'aggiornato', 'il', 'alle', 'ore',
    'gepubliceerd', 'bijgewerkt', 'op', 'om',
    'опубликовано', 'обновлено', 'дата', 'года', 'г', 'в',
    '公開', '更新', '発行', '发布', '發佈', '發布', '日期', '时间', '時間',
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => (/^\p{Script=Latin}/u.test(w) || /^\p{Script=Cyrillic}/u.test(w) ? `(?<![\\p{L}])${w}(?![\\p{L}])` : w))
    .join('|'),
  'giu',
);
const LETTER = /\p{L}/gu;

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The first full date (day, month and year) written in the text, and where it starts. */
export function dateWithin(text: string): { date: string; index: number } | null {
  if (!YEAR.test(text)) return null;
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, new Date(2000, 0, 1))) {
      const s = r.start;
      if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) return { date: iso(s.get('year')!, s.get('month')!, s.get('day')!), index: r.index };
    }
  }
  return null;
}

/**
 * YYYY-MM-DD when the text is a date and little else (a label, a weekday, a time): "12 mars 2024",
 * "Veröffentlicht am 12. März 2024", "2024年3月12日". Null for a sentence that merely mentions one.
 */
export function writtenDate(text: string): string | null {
  if (!YEAR.test(text)) return null;
  for (const parser of PARSERS) {
    for (const r of parser.parse(text, new Date(2000, 0, 1))) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      const rest = (text.slice(0, r.index) + text.slice(r.index + r.text.length)).replace(LABELS, '');
      if ((rest.match(LETTER)?.length ?? 0) <= 2) return iso(s.get('year')!, s.get('month')!, s.get('day')!);
    }
  }
  return null;
}
