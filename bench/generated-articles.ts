// Deterministic news-like articles for benches: ~1,000 words each from a fixed vocabulary,
// headings and paragraphs, and the web boilerplate real files carry so that cleaning has work.
// Calibrated on the Rafah sample articles: about half the words of a 450-word stretch are
// distinct, five letters a word on average. (How varied the words are decides what FTS5
// indexing costs: the same 1,000 words from 300 distinct ones index several times faster.)

const common = `the of and to in a that for on is was with as by at said from it has have be are were
its not this but an after their they which will who more been over two against also about
would had new could one year than when since other into first last people government minister
president officials city forces talks war peace aid border military offensive ceasefire hostages
statement security council report week state country region allies pressure civilians attack
leaders meeting plan deal crisis humanitarian international court vote resolution delegation
spokesman agency sources according told reporters claims denied accused warned called urged
support policy strategy troops ground operation evacuation refugees shelter food water medical
hospital schools homes killed wounded missing negotiations mediators envoy sanctions economy
prices markets energy election campaign parliament coalition opposition protest rally police
investigation evidence video footage witnesses journalists press freedom rights law justice
trial appeal verdict ruling judges lawyers`.split(/\s+/);

const syllables = ['ka', 'lo', 're', 'mi', 'ta', 'vor', 'un', 'pel', 'dra', 'si', 'ot', 'ber', 'na', 'qu', 'fen', 'zu', 'ral', 'es', 'ti', 'mo', 'ga', 'le', 'bo', 'ri', 'an', 'sa', 'ke', 'do', 'ul', 'ha', 'ne', 'pi', 'so', 'ur', 'va', 'li'];

// As in real news text, a few hundred words make half of every article and a long tail of
// names and terms the rest; each article also repeats a few names and terms of its own topic.
const VOCABULARY = 30_000;
const ZIPF_EXPONENT = 1.1;
const TOPIC_WORDS = 30;
const TOPIC_SHARE = 0.12;

/** common words first (most frequent), then invented names and terms. */
export const vocabulary: string[] = (() => {
  const words = new Set(common);
  const rand = prng(7);
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rand() * syllables.length)];
    words.add(w);
  }
  return [...words];
})();

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Zipf's law: the word of rank i is drawn with probability ~ 1/(i+1)^s.
const cumulative = (() => {
  const weights = vocabulary.map((_, i) => 1 / Math.pow(i + 1, ZIPF_EXPONENT));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
})();

/** What one article draws from: the shared distribution, and its own topic (names and terms it repeats). */
interface Source {
  rand: () => number;
  topic: string[];
}

function word({ rand, topic }: Source): string {
  if (rand() < TOPIC_SHARE) return topic[Math.floor(rand() * topic.length)]!;
  const x = rand();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}

function sentence(src: Source): string {
  const n = 8 + Math.floor(src.rand() * 18);
  const words = Array.from({ length: n }, () => word(src));
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + (src.rand() < 0.1 ? '?' : '.');
}

function paragraph(src: Source, words: number): string {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const s = sentence(src);
    out.push(s);
    count += s.split(' ').length;
  }
  return out.join(' ');
}

function title(src: Source): string {
  const s = Array.from({ length: 5 + Math.floor(src.rand() * 6) }, () => word(src)).join(' ');
  return s[0]!.toUpperCase() + s.slice(1);
}

function isoDay(rand: () => number): string {
  const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(rand() * 366) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export interface GeneratedArticle {
  name: string;
  text: string;
  title: string;
}

/** Article i, always the same text for the same i. */
export function generateArticle(i: number): GeneratedArticle {
  const rand = prng(1000 + i);
  const src: Source = { rand, topic: Array.from({ length: TOPIC_WORDS }, () => vocabulary[200 + Math.floor(rand() * (VOCABULARY - 200))]!) };
  const head = title(src);
  const blocks: string[] = [];
  let words = 0;
  while (words < 880) {
    if (blocks.length > 0 && rand() < 0.15) blocks.push(title(src));
    const n = 60 + Math.floor(rand() * 80);
    blocks.push(paragraph(src, n));
    words += n;
  }
  const style = i % 3;
  let text: string;
  if (style === 0) {
    // like the sample files that begin with a date marker and no title line
    text = ` date ${isoDay(rand)} ${blocks.join('\n\n')}`;
  } else if (style === 1) {
    text = ['Skip to content', `Home » World » ${head}`, '', head, '', ...blocks.flatMap((b) => [b, '']), 'Share this:', 'Leave a comment'].join('\n');
  } else {
    text = [head, '', `By ${title(src).split(' ').slice(0, 2).join(' ')}`, '', ...blocks.flatMap((b) => [b, '']), 'Subscribe to our newsletter', 'Related articles'].join('\n');
  }
  return { name: `article-${String(i).padStart(5, '0')}.txt`, text, title: head };
}

/** 1- and 2-term queries, the same each run: content words (not the ~100 most common) of every
 * frequency, from terms in about half of all articles to terms in a handful. */
export function generateQueries(count: number): string[] {
  const rand = prng(99);
  const pick = () => vocabulary[100 + Math.floor(rand() * 19_900)]!;
  return Array.from({ length: count }, () => (rand() < 0.5 ? pick() : `${pick()} ${pick()}`));
}
