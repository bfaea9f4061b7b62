// The check-worthiness model's features, shared by the training script and the app so that
// both see a sentence the same way: hashed word 1–3-grams and character 2–5-grams, plus cue
// features for what a fact-checker looks for. The cues are also the reasons the Suggestions
// list gives.

import type { SuggestionReason as Reason } from '../../../shared/model.js';

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|third|quarter|percent|per cent|twice|double[ds]?|triple[ds]?)\b/i;
const FIGURE = /[\d\u0660-\u0669\u06F0-\u06F9]|[$€£%]/;
const ATTRIBUTION =
  /\b(?:said|says|say|according to|reported|reports|claimed|claims|stated|states|told|announced|confirmed|estimated?|estimates|testified|found|shows?|showed|revealed|data|study|survey|poll|figures|statistics|officials?|ministry|spokes(?:man|woman|person))\b/i;
const COMPARISON =
  /\b(?:more|less|fewer|most|least|than|higher|lower|highest|lowest|largest|biggest|smallest|greatest|worst|best|increased?|decreased?|doubled|tripled|rose|risen|fell|fallen|grew|grown|dropped|cut|record|ever|never|only|every|always|all-time|largest|fastest|strongest|weakest|poorest|richest|deadliest|oldest|youngest)\b|\b\w+er than\b/i;
const FIRST_PERSON = /\b(?:I|I'm|I'll|I've|we'll|we're going)\b/;
/** A capitalised word that is not the sentence's first word or "I": a person, place or body. */
const ENTITY = /(?<=\s)(?:[A-Z][\p{L}'.-]+|[A-Z]{2,})/gu;

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*|[$€£%]/gu;

/** The sentence's words, lower-cased, as both halves of the model read them. */
export function wordsOf(sentence: string): string[] {
  return (sentence.match(WORD) ?? []).map((w) => w.toLowerCase());
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32-bit, continued from state `h`: a stable hash, so the shipped weights mean the same everywhere. */
function fnv(s: string, h = FNV_OFFSET): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}
const CHAR_GRAM = fnv('c:');

/** Digits are folded to one shape so that "31,000" and "32,000" share their evidence. */
function normalizeToken(token: string): string {
  return token.replace(/[\d\u0660-\u0669\u06F0-\u06F9]/g, '0');
}

/** The reasons, in the order the list shows them, that a sentence may be worth checking. */
export function reasonsOf(sentence: string): Reason[] {
  const out: Reason[] = [];
  if (FIGURE.test(sentence) || NUMBER_WORD.test(sentence)) out.push('figure');
  if (ATTRIBUTION.test(sentence)) out.push('attribution');
  if (COMPARISON.test(sentence)) out.push('comparison');
  if ((sentence.match(ENTITY) ?? []).length > 0) out.push('named entity');
  return out;
}

export function cueFeatures(sentence: string, wordCount: number): string[] {
  const cues = reasonsOf(sentence).map((r) => `cue:${r}`);
  if (FIGURE.test(sentence)) cues.push('cue:digit');
  if ((sentence.match(ENTITY) ?? []).length > 1) cues.push('cue:entities');
  if (FIRST_PERSON.test(sentence)) cues.push('cue:first-person');
  if (sentence.trimEnd().endsWith('?')) cues.push('cue:question');
  cues.push(`cue:length:${Math.min(6, Math.floor(Math.log2(1 + wordCount)))}`);
  return cues;
}

/** Every cue cueFeatures gives, in a fixed order: the network's inputs follow it. */
export const CUES = [
  'cue:figure',
  'cue:attribution',
  'cue:comparison',
  'cue:named entity',
  'cue:digit',
  'cue:entities',
  'cue:first-person',
  'cue:question',
  ...Array.from({ length: 7 }, (_, n) => `cue:length:${n}`),
];

/** Per-bucket counts of one group of grams, and the sentence's vector; both are put back to 0 after each sentence. */
let counts = new Float64Array(0);
let sums = new Float64Array(0);
/** The character grams' hashes of one token, 4 per start (lengths 2–5). */
let gramHashes = new Int32Array(64);
const WORD_GRAM = fnv('w:');
const BIGRAM = fnv('b:');
const TRIGRAM = fnv('t:');

/**
 * The hashed feature vector of one sentence, in `1 << bits` buckets: word 1–3-grams and
 * character 2–5-grams, each group with sublinear counts (1 + ln n) scaled to unit length on its
 * own (so the many character grams do not outweigh the words), plus the cues at full weight.
 * Grams are hashed as `w:${a}`, `b:${a} ${b}`, `t:${a} ${b} ${c}` and `c:${gram}` would be,
 * without making the strings.
 */
export function featurize(sentence: string, bits: number, words = wordsOf(sentence), cues = cueFeatures(sentence, words.length)): SparseVector {
  const mask = (1 << bits) - 1;
  if (sums.length !== mask + 1) {
    counts = new Float64Array(mask + 1);
    sums = new Float64Array(mask + 1);
  }
  const inGroup: number[] = [];
  const inVector: number[] = [];
  const count = (h: number) => {
    const i = (h >>> 0) & mask;
    if (counts[i] === 0) inGroup.push(i);
    counts[i]! += 1;
  };
  const add = (i: number, value: number) => {
    if (sums[i] === 0) inVector.push(i);
    sums[i]! += value;
  };
  /** Adds the group counted since the last call to the vector, sublinear and unit length. */
  const addGroup = () => {
    let norm = 0;
    for (const i of inGroup) {
      counts[i] = 1 + Math.log(counts[i]!);
      norm += counts[i]! * counts[i]!;
    }
    const scale = 1 / Math.sqrt(norm);
    for (const i of inGroup) {
      add(i, counts[i]! * scale);
      counts[i] = 0;
    }
    inGroup.length = 0;
  };
  const tokens = words.map(normalizeToken);
  const padded = ['<s>', ...tokens, '</s>'];
  for (let i = 1; i < padded.length; i++) {
    const [a, b, c] = [padded[i - 2], padded[i - 1]!, padded[i]!];
    if (i < padded.length - 1) count(fnv(c, WORD_GRAM));
    count(fnv(c, fnv(' ', fnv(b, BIGRAM))));
    if (a !== undefined) count(fnv(c, fnv(' ', fnv(b, fnv(' ', fnv(a, TRIGRAM))))));
  }
  addGroup();
  for (const t of tokens) {
    const chars = ` ${t} `;
    // Each gram's hash continues the one a character shorter from the same start; they are
    // counted in order of length, then of start, as the weights were trained.
    if (gramHashes.length < 4 * chars.length) gramHashes = new Int32Array(8 * chars.length);
    for (let i = 0; i + 2 <= chars.length; i++) {
      let h = Math.imul(CHAR_GRAM ^ chars.charCodeAt(i), FNV_PRIME);
      for (let n = 2; n <= 5 && i + n <= chars.length; n++) {
        h = Math.imul(h ^ chars.charCodeAt(i + n - 1), FNV_PRIME);
        gramHashes[4 * i + n - 2] = h;
      }
    }
    for (let n = 2; n <= 5; n++) for (let i = 0; i + n <= chars.length; i++) count(gramHashes[4 * i + n - 2]!);
  }
  if (inGroup.length > 0) addGroup();
  for (const cue of cues) add((fnv(cue) >>> 0) & mask, 1);
  const idx = Int32Array.from(inVector);
  const val = Float32Array.from(inVector, (i) => sums[i]!);
  for (const i of inVector) sums[i] = 0;
  return { idx, val };
}
