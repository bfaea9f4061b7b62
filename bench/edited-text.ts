// Texts with claims, corrected by random word edits whose script is kept, so that where each
// claim truly went is known: for the re-anchoring test and bench. Words come from the benches'
// Zipf vocabulary, so many one-word claims are "the", "of", "a".
import { prng, vocabulary } from './generated-articles.js';

export interface Claim {
  start: number;
  end: number;
  /** Ids of the words it covers (a word's id is its index in the original text). */
  words: number[];
}

export interface EditedText {
  oldText: string;
  newText: string;
  claims: Claim[];
  /** For each word of the new text: its original id, or -1 when an edit put it there; and its offsets. */
  newWords: Array<{ id: number; start: number; end: number }>;
  /** Original ids deleted or replaced by the edits. */
  touched: Set<number>;
}

interface Word {
  id: number;
  text: string;
  /** What follows it: a space, a sentence's end, a paragraph's end. */
  after: string;
}

function zipfWord(rand: () => number): string {
  // Rank r with probability ~ 1/r: the inverse of the harmonic CDF, near enough.
  const r = Math.floor(Math.exp(rand() * Math.log(vocabulary.length)));
  return vocabulary[Math.min(vocabulary.length - 1, r - 1)]!;
}

/**
 * Never the same word twice in a row: which of two identical neighbours an edit removed cannot be
 * told from the texts, so no re-anchoring could be judged on it.
 */
function otherWord(rand: () => number, ...neighbours: Array<string | undefined>): string {
  let w = zipfWord(rand);
  while (neighbours.includes(w)) w = zipfWord(rand);
  return w;
}

function render(words: Word[]): { text: string; offsets: Array<[number, number]> } {
  let text = '';
  const offsets: Array<[number, number]> = [];
  for (const w of words) {
    offsets.push([text.length, text.length + w.text.length]);
    text += w.text + w.after;
  }
  return { text, offsets };
}

/**
 * An article of `wordCount` words with `claimCount` claims (two in five of one word), then
 * `rate` of its words edited: each edit replaces a word with another, deletes it, or inserts one before it.
 */
export function editedText(seed: number, rate: number, wordCount = 8_000, claimCount = 2_000): EditedText {
  const rand = prng(seed);
  const words: Word[] = [];
  for (let i = 0; i < wordCount; i++) {
    const end = rand() < 0.07 ? (rand() < 0.2 ? '.\n\n' : '. ') : ' ';
    words.push({ id: i, text: otherWord(rand, words[i - 1]?.text), after: i === wordCount - 1 ? '.' : end });
  }
  const old = render(words);

  const claims: Claim[] = [];
  for (let c = 0; c < claimCount; c++) {
    const length = rand() < 0.4 ? 1 : 2 + Math.floor(rand() * 11);
    const first = Math.floor(rand() * (wordCount - length));
    const ids = Array.from({ length }, (_, k) => first + k);
    claims.push({ start: old.offsets[first]![0], end: old.offsets[first + length - 1]![1], words: ids });
  }

  const edited = words.map((w) => ({ ...w }));
  const touched = new Set<number>();
  let nextId = -1;
  for (let made = 0; made < Math.round(wordCount * rate); ) {
    const at = Math.floor(rand() * edited.length);
    const kind = rand();
    const target = edited[at]!;
    const before = edited[at - 1]?.text;
    // A word the edits put in never equals an original word near its place: a deleted "of"
    // put back where it was is no change at all, and no re-anchoring could tell it apart.
    const nearby = [edited[at - 1], target, edited[at + 1]].flatMap((w) =>
      w && w.id >= 0 ? words.slice(Math.max(0, w.id - 3), w.id + 4).map((o) => o.text) : [],
    );
    if (kind < 0.4) {
      const text = otherWord(rand, target.text, before, edited[at + 1]?.text, ...nearby);
      if (target.id >= 0) touched.add(target.id);
      edited[at] = { id: nextId--, text, after: target.after };
    } else if (kind < 0.7) {
      if (before === edited[at + 1]?.text) continue;
      if (target.id >= 0) touched.add(target.id);
      edited.splice(at, 1);
      // The sentence or paragraph end it carried stays, on the word before.
      if (at > 0 && target.after !== ' ') edited[at - 1]!.after = target.after;
    } else {
      edited.splice(at, 0, { id: nextId--, text: otherWord(rand, before, target.text, ...nearby), after: ' ' });
    }
    made++;
  }
  const next = render(edited);
  const newWords = edited.map((w, i) => ({ id: w.id < 0 ? -1 : w.id, start: next.offsets[i]![0], end: next.offsets[i]![1] }));
  return { oldText: old.text, newText: next.text, claims, newWords, touched };
}

export type Verdict = 'right' | 'wrong';

/**
 * A claim placed at [start, end) of the new text is on the right words when it cuts no word,
 * covers no original word outside the claim, and covers the claim's words that survived the edits,
 * in order, except perhaps some at either end. (Words the edits inserted may lie inside or at its
 * edges, where replaced words stood. An end word may be left out because the texts cannot always
 * tell which of two equal words an edit removed: "in claims appeal claims a" → "in claims a".)
 */
export function judge(t: EditedText, claim: Claim, start: number, end: number): Verdict {
  const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const cuts = (at: number) => isWordChar(t.newText[at - 1]) && isWordChar(t.newText[at]);
  if (start >= end || cuts(start) || cuts(end)) return 'wrong';
  const covered = t.newWords.filter((w) => w.id >= 0 && w.start < end && w.end > start).map((w) => w.id);
  const surviving = claim.words.filter((id) => !t.touched.has(id));
  const first = surviving.indexOf(covered[0]!);
  if (covered.length === 0 || first === -1) return 'wrong';
  return covered.every((id, i) => id === surviving[first + i]) ? 'right' : 'wrong';
}
