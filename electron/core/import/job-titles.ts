// What pages write after a byline's name: the writer's job ("Andrea Stone Senior Washington
// Correspondent", "David Lieberman, Executive Editor", "Laure Bretton Envoyés spéciaux à
// Toulouse"), the outlet ("Ed Hornick, CNN"), and publishers named as the author ("Ediciones
// El País").
import { AGENCIES } from './boilerplate.js';

/** The nouns of newsroom jobs, in the languages bylines are read in. */
const JOBS = new Set([
  'correspondent', 'correspondents', 'editor', 'editors', 'reporter', 'reporters', 'writer', 'writers', 'columnist',
  'columnists', 'contributor', 'producer', 'analyst', 'photographer', 'journalist',
  'correspondant', 'correspondante', 'correspondants', 'envoyé', 'envoyée', 'envoyés', 'envoyées', 'rédacteur',
  'rédactrice', 'journaliste', 'corresponsal', 'corresponsales', 'redactor', 'redactora', 'periodista', 'enviado',
  'enviada', 'enviados', 'korrespondent', 'korrespondentin', 'redakteur', 'redakteurin',
]);
/** Words that come before a job: its rank or its beat. */
const RANKS = new Set([
  'senior', 'chief', 'staff', 'executive', 'managing', 'deputy', 'associate', 'assistant', 'contributing', 'special',
  'foreign', 'political', 'national', 'international', 'investigative', 'editorial', 'business', 'technology', 'tech',
  'science', 'health', 'sports', 'legal', 'bureau', 'news', 'spécial', 'spéciale', 'spéciaux', 'spéciales',
  'especial', 'especiales', 'jefe',
]);
/** What may follow a job: where it is held ("in Washington", "à Toulouse"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'à', 'en', 'de', 'desde', 'aus']);
/** A name's middle words: an initial ("Jared T. Miller") or a particle ("Ludwig van Beethoven"). */
const MIDDLE = /^(?:\p{Lu}\.|van|von|de|del|der|da|di|du|la|le|al|el|bin|ibn)$/u;
const CAPITALISED = /^\p{Lu}/u;

const NOT_A_NAME = /^the$|['’]s$/i;

const lower = (w: string) => w.toLowerCase();
const isTitleWord = (w: string) => JOBS.has(lower(w)) || RANKS.has(lower(w));

/** Whether words are a job and, after it, only where it is held. */
function isJob(words: readonly string[]): boolean {
  if (words.length === 0 || !isTitleWord(words[0]!)) return false;
  let job = false;
  let i = 0;
  for (; i < words.length && !PLACE_PREPOSITIONS.has(lower(words[i]!)); i++) {
    if (!isTitleWord(words[i]!) && !CAPITALISED.test(words[i]!)) return false;
    job ||= JOBS.has(lower(words[i]!));
  }
  return job && words.slice(i + 1).every((w) => CAPITALISED.test(w));
}

function isPersonsName(words: readonly string[]): boolean {
  return words.every((w) => (CAPITALISED.test(w) || MIDDLE.test(w)) && !NOT_A_NAME.test(w) && !isTitleWord(w));
}

const ALL_CAPITALS = /^[\p{Lu}\d][\p{Lu}\d .&'-]*$/u;

/** "Ed Hornick, CNN", "Doug Stanglin, USA TODAY", "Jane Doe, Reuters": a news agency, or a name in capitals after one that is not. */
function isOutlet(part: string, name: string): boolean {
  return AGENCIES.has(part.toLowerCase()) || (ALL_CAPITALS.test(part) && !ALL_CAPITALS.test(name));
}

/**
 * "Andrea Stone Senior Washington Correspondent" → "Andrea Stone". A name is taken to be two words,
 * or three with an initial or a particle in the middle, so a longer name is never cut; a part
 * after a comma that is only a job ("Executive Editor") or the outlet ("CNN") goes.
 */
export function withoutJobTitle(author: string): string {
  const parts = author.split(/,\s+/);
  const kept: string[] = [];
  for (const part of parts) {
    const words = part.split(/\s+/);
    if (kept.length > 0 && (isJob(words) || isOutlet(part, kept[0]!))) continue;
    const name = words.length > 3 && MIDDLE.test(words[1]!) ? 3 : 2;
    // "World's Editorial Writers" and "The Courier's Editorial Writers" are a desk, not a name and a job.
    const cut = words.length > name && isPersonsName(words.slice(0, name)) && isJob(words.slice(name));
    kept.push(cut ? words.slice(0, name).join(' ') : part);
  }
  return kept.join(', ');
}

/** Words a publishing house adds to its title: "Ediciones El País", "Axel Springer Verlag". */
const HOUSE_WORDS = new Set([
  'ediciones', 'edições', 'editions', 'éditions', 'edizioni', 'editorial', 'publishing', 'publications', 'media',
  'group', 'groupe', 'grupo', 'verlag', 'inc', 'ltd', 'llc', 'sa', 's.a', 'sl', 's.l',
]);

/** Whether the author named is the outlet itself or its publishing house, which is no author. */
export function isPublisher(author: string, outlet: string | null): boolean {
  if (!outlet) return false;
  const a = author.toLowerCase().replace(/[.,]+$/, '');
  const o = outlet.toLowerCase();
  const at = a.indexOf(o);
  if (at === -1) return false;
  const rest = `${a.slice(0, at)} ${a.slice(at + o.length)}`.split(/[\s,.]+/).filter((w) => w.length > 0);
  return rest.every((w) => HOUSE_WORDS.has(w));
}
