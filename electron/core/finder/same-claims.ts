// Same-claim suggestions: pairs of sentences in different articles that seem to state the same
// thing, ranked by what they share: figures for the same measure, names, and content words.
import type { Article, SameClaimSuggestion } from '../../../shared/model.js';
import { readQuantities } from './quantities.js';
import { articleSentences, type Sentence } from './sentences.js';

const STOP = new Set(
  `a an the and or but if of in on at to for from by with as is are was were be been being has have had do does did
  it its this that these those there their they them he she his her him we our you your i not no so than then
  into over under about after before during while which who whom whose what when where why how all any both each
  more most other some such only own same too very can will would should could may might must also just said says
  according up out new one two`.split(/\s+/),
);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ENTITY = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*/gu;
/** Fewer than this and a pair is not suggested: sharing one common word is not a claim. */
const MIN_SCORE = 0.3;

interface Profile {
  article: Article;
  sentence: Sentence;
  words: Set<string>;
  entities: Set<string>;
  figures: Array<{ key: string; text: string; low: number; high: number }>;
}

/** A light stem, so "death" and "deaths", "killed" and "kills" meet. */
function stem(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/(?:ies|es|s|ed|ing)$/, '');
}

function profile(article: Article, sentence: Sentence): Profile {
  const words = new Set((sentence.text.match(WORD) ?? []).filter((w) => !STOP.has(w.toLowerCase()) && !/^\d/.test(w)).map(stem));
  const entities = new Set((sentence.text.match(ENTITY) ?? []).filter((e) => !STOP.has(e.toLowerCase())).map((e) => e.replace(/['’]s$/, '')));
  const figures = readQuantities(sentence.text, 0, article.language)
    .filter((q) => !q.negated)
    // "500 trucks a day" is not the figure of "500 trucks entered on Monday": a rate keys apart.
    .map((q) => ({ key: `${q.thing}/${q.unit ?? ''}/${q.per ?? ''}`, text: q.text, low: q.low, high: q.high ?? Number.POSITIVE_INFINITY }));
  return { article, sentence, words, entities, figures };
}

function shared<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

function compare(p: Profile, q: Profile): SameClaimSuggestion | null {
  const words = shared(p.words, q.words);
  const entities = shared(p.entities, q.entities);
  const figures = p.figures
    .filter((f) => q.figures.some((g) => g.key === f.key && f.low <= g.high * 1.1 && g.low <= f.high * 1.1))
    .map((f) => f.text.trim());
  const wordScore = words.length / Math.max(1, Math.min(p.words.size, q.words.size));
  const entityScore = entities.length / Math.max(1, Math.min(p.entities.size, q.entities.size));
  const score = Math.min(1, 0.5 * wordScore + 0.2 * entityScore + (figures.length ? 0.3 : 0));
  if (score < MIN_SCORE || words.length < 2) return null;
  const end = (x: Profile) => ({
    articleId: x.article.id,
    articleTitle: x.article.title,
    start: x.sentence.start,
    end: x.sentence.end,
    text: x.sentence.text,
  });
  return { a: end(p), b: end(q), score, shared: { figures, entities, words } };
}

/** The best pairs across the articles, best first; each sentence in at most one pair. */
export function suggestSameClaims(articles: Article[], limit = 20): SameClaimSuggestion[] {
  const profiles = articles.map((a) => articleSentences(a.body, a.blocks).map((s) => profile(a, s)));
  const pairs: SameClaimSuggestion[] = [];
  for (let j = 1; j < profiles.length; j++) {
    // Only sentences that share at least two words are compared: an index of the later article's words.
    const postings = new Map<string, number[]>();
    profiles[j]!.forEach((q, k) =>
      q.words.forEach((w) => {
        const list = postings.get(w);
        if (list) list.push(k);
        else postings.set(w, [k]);
      }),
    );
    for (let i = 0; i < j; i++) {
      for (const p of profiles[i]!) {
        const sharedCounts = new Map<number, number>();
        for (const w of p.words) for (const k of postings.get(w) ?? []) sharedCounts.set(k, (sharedCounts.get(k) ?? 0) + 1);
        for (const [k, n] of sharedCounts) {
          const pair = n >= 2 ? compare(p, profiles[j]![k]!) : null;
          if (pair) pairs.push(pair);
        }
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score);
  const used = new Set<string>();
  const out: SameClaimSuggestion[] = [];
  for (const pair of pairs) {
    const ka = `${pair.a.articleId}:${pair.a.start}`;
    const kb = `${pair.b.articleId}:${pair.b.start}`;
    if (used.has(ka) || used.has(kb)) continue;
    used.add(ka);
    used.add(kb);
    out.push(pair);
    if (out.length === limit) break;
  }
  return out;
}
