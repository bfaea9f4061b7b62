// Sentences of an article, with their offsets into the body, for the claim finder.
// Intl.Segmenter (ICU's sentence rules) does the splitting; the rules on top mend what ICU
// gets wrong in news text: a break after a title ("Mr. Smith"), a middle initial ("Thomas M.
// Hoenig"), an initialism or a company's "Inc." that the next word goes on with ("9 a.m. Monday",
// "the U.S. Senate", "Genentech Inc. Chairman"), and before a lower-case continuation ('"Really?"
// he asked.').
import nlp from 'compromise';
import type { Block } from '../../../shared/model.js';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const TITLE_AT_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Prof|Jr|Sr|Rev|Pres|vs|etc|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s*$/;
/** "No. 10" goes on; "No." before anything but a number is an answer: 'No. "I think..."'. */
const NUMBER_SIGN_AT_END = /(?:^|[\s(])No\.\s*$/;
const DIGIT_NEXT = /^\s*\d/;
/**
 * Where a sentence ends with no space after it ("800 schools.The fact") or after its notes' marks
 * ("fatal in 80% of patients.1,2 Transplants are"): ICU sees no break there.
 */
const UNSPACED_END = /(?<=\p{Ll}{2}\.)(?=\p{Lu}\p{Ll}+\s)|(?<=\p{Ll}{2}\.\d+(?:[,–-]\d+)*)\s+(?=\p{Lu})/gu;
const STARTS_LOWER = /^\s*\p{Ll}/u;
const INITIALISM_AT_END = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:Inc|Corp|Ltd|Co|Bros)\.)\s*$/u;
/** "Thomas M. Hoenig", "Elena G. Sevillano": a name's middle initial, then the rest of the name. */
const NAME_AND_INITIAL_AT_END = /(?:^|\s)(\p{Lu}\p{Ll}+) \p{Lu}\.\s*$/u;
const SURNAME_NEXT = /^\s*(?!(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|But|And|Or|So|In|On|At|As|If|When|Then|There|Here|Yet|Still)\b)\p{Lu}\p{Ll}+/u;
/**
 * Whether `before` ends with a first name and its middle initial and `after` goes on with the
 * surname. compromise knows first names: "Thomas M. Hoenig" goes on, a reference's "Carreras E."
 * before its title and "Plan B. The vote" do not.
 */
function isMiddleInitial(before: string, after: string): boolean {
  const name = NAME_AND_INITIAL_AT_END.exec(before)?.[1];
  const surname = SURNAME_NEXT.exec(after)?.[0];
  return Boolean(name && surname && nlp(`${name} ${surname.trim()}`).terms().first().has('#Person'));
}
/** "the U.S. Senate", "the U.N. Security Council": an institution named after its country or body. */
const INSTITUTION_NEXT = /^\s*(?:Senate|House|Congress|Army|Navy|Air Force|Marines?|Coast Guard|Embassy|Department|Supreme Court|Treasury|Capitol|Forces|Government|Administration|Ambassador|Envoy|Mission|Command|Agency|Attorney|Census|Border|Customs)\b/;
/**
 * A news story's dateline before its first sentence: "SAN FRANCISCO (AP) — ", "Washington (CNN) --
 * ", "DUBLIN, July 2, 2014 — ", "MONTGOMERY, Ala. -- ". It is no part of the claim.
 */
const DATELINE = /^(?:[^.!?()]{1,40}\s\((?:AP|AFP|CNN|Reuters|UPI|dpa|EFE|ANSA|BBC)\)|\p{Lu}{2,}[\p{Lu} .'-]*(?:,\s*[\p{L}\d.]+(?:\s+[\p{L}\d.]+)?){1,3})\s*(?:--|—|–)\s*/u;
/** compromise's tags of a word that goes on with the initialism before it. */
const GOES_ON = new Set(['Date', 'Timezone', 'Acronym', 'Abbreviation', 'Honorific', 'Actor', 'Organization']);

/**
 * Whether the text after an initialism ("a.m.", "U.S.", "D.C.") goes on with the sentence before
 * it. The initialism's full stop may also end the sentence ("It hit at 9 a.m. Residents fled."),
 * so compromise's tagger decides: the sentence goes on when what came before is a few words with
 * no verb ("The U.S. Army said", "About 5 p.m. Israeli forces struck") or the next word is a day,
 * month or time zone ("a.m. Monday", "a.m. Gaza time", "a.m. EST"), a title or an organisation
 * ("U.S. Secretary of State", "U.N. Security Council"). Only a few words: the tagger finds no verb
 * in "The strike hit at 9 a.m.".
 */
function goesOn(before: string, after: string): boolean {
  if (INSTITUTION_NEXT.test(after)) return true;
  if (before.trim().split(/\s+/).length <= 3 && !nlp(before).has('#Verb')) return true;
  const next = after.length - after.trimStart().length;
  const terms = nlp(before + after).terms().json({ offset: true }) as Array<{ offset: { start: number }; terms: Array<{ tags: string[] }> }>;
  const first = terms.find((t) => t.offset.start === before.length + next);
  return Boolean(first?.terms[0]?.tags.some((tag) => GOES_ON.has(tag)));
}

/** The sentences of one stretch of text, trimmed, offsets relative to `offset`. */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const pieces: Array<{ start: number; end: number }> = [];
  const cuts = [0, ...[...text.matchAll(UNSPACED_END)].map((m) => m.index), text.length];
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [from, first] = [cuts[c]!, pieces.length];
    for (const { segment, index: at } of segmenter.segment(text.slice(from, cuts[c + 1]))) {
      const index = from + at;
      const last = pieces.length > first ? pieces.at(-1) : undefined;
      const prev = last ? text.slice(last.start, last.end) : '';
      // compromise is asked last, and only after an initial or an initialism: it costs what the rest does many times over.
      const joins = () =>
        TITLE_AT_END.test(prev) ||
        (NUMBER_SIGN_AT_END.test(prev) && DIGIT_NEXT.test(segment)) ||
        STARTS_LOWER.test(segment) ||
        isMiddleInitial(prev, segment) ||
        (INITIALISM_AT_END.test(prev) && goesOn(prev, segment));
      if (last && joins()) {
        last.end = index + segment.length;
      } else pieces.push({ start: index, end: index + segment.length });
    }
  }
  const out: Sentence[] = [];
  for (const { start, end } of pieces) {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length + (DATELINE.exec(raw.trimStart())?.[0].length ?? 0);
    const trimmed = raw.slice(lead).trim();
    if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
    out.push({ start: offset + start + lead, end: offset + start + lead + trimmed.length, text: trimmed });
  }
  return out;
}

/** Sentences of every paragraph, quote and list item (headings are not claims), in text order. */
export function articleSentences(body: string, blocks: readonly Block[]): Sentence[] {
  const spans = blocks.length ? blocks : [{ kind: 'paragraph' as const, start: 0, end: body.length }];
  return spans
    .filter((b) => b.kind !== 'heading')
    .flatMap((b) => splitSentences(body.slice(b.start, b.end), b.start));
}
