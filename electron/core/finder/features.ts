// The check-worthiness model's features, shared by the training script and the app so that
// both see a sentence the same way: hashed word 1–2-grams and character 2–5-grams (unit
// length together), plus cue features for what a fact-checker looks for. The cues are also
// the reasons the Suggestions list gives.

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
  return token.toLowerCase().replace(/[\d\u0660-\u0669\u06F0-\u06F9]/g, '0');
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

function cueFeatures(sentence: string, wordCount: number): string[] {
  const cues = reasonsOf(sentence).map((r) => `cue:${r}`);
  if (FIGURE.test(sentence)) cues.push('cue:digit');
  if ((sentence.match(ENTITY) ?? []).length > 1) cues.push('cue:entities');
  if (FIRST_PERSON.test(sentence)) cues.push('cue:first-person');
  if (sentence.trimEnd().endsWith('?')) cues.push('cue:question');
  cues.push(`cue:length:${Math.min(6, Math.floor(Math.log2(1 + wordCount)))}`);
  return cues;
}

/** The hashed feature vector of one sentence, in `1 << bits` buckets. */
/** Bucket sums of the sentence being featurised; touched buckets are put back to 0 after each. */
let scratch = new Float64Array(0);

export function featurize(sentence: string, bits: number): SparseVector {
  const mask = (1 << bits) - 1;
  if (scratch.length !== mask + 1) scratch = new Float64Array(mask + 1);
  const sums = scratch;
  const touched: number[] = [];
  const addHash = (h: number, value: number) => {
    const i = (h >>> 0) & mask;
    if (sums[i] === 0) touched.push(i);
    sums[i]! += value;
  };
  const add = (key: string, value: number) => addHash(fnv(key), value);
  const tokens = (sentence.match(WORD) ?? []).map(normalizeToken);
  let prev = '<s>';
  for (const t of tokens) {
    add(`w:${t}`, 1);
    add(`b:${prev} ${t}`, 1);
    prev = t;
    // Character 2–5-grams of " token ", hashed as `c:${gram}` would be, without making the strings
    // (and in the order the shipped weights were trained with).
    const padded = ` ${t} `;
    for (let n = 2; n <= 5; n++) {
      for (let i = 0; i + n <= padded.length; i++) {
        let h = CHAR_GRAM;
        for (let j = i; j < i + n; j++) h = Math.imul(h ^ padded.charCodeAt(j), FNV_PRIME);
        addHash(h, 1);
      }
    }
  }
  add(`b:${prev} </s>`, 1);
  let norm = 0;
  for (const i of touched) norm += sums[i]! * sums[i]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const i of touched) sums[i]! *= scale;
  // Cues stay at full weight: a handful of them must not be drowned by the n-grams.
  for (const cue of cueFeatures(sentence, tokens.length)) add(cue, 1);
  const idx = Int32Array.from(touched);
  const val = Float32Array.from(touched, (i) => sums[i]!);
  for (const i of touched) sums[i] = 0;
  return { idx, val };
}
