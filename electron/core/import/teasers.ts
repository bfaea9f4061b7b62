// Lists of teasers: other articles' headlines, each a link with a few lines under it (a
// standfirst, a byline, a date, a section), as a section front shows them and as "Most popular"
// or "Featured posts" follow an article on its page.

/** A headline is a few words of link text, not a section's name ("Mobile"). */
const MIN_HEADLINE = 15;
/** What stands under a headline: a sentence or two, a byline, a date, a section, not a paragraph. */
const MAX_UNDER_CHARS = 300;
const MAX_UNDER_BLOCKS = 3;
/** Headlines with a line under them that make a list of teasers (a plain list of links is not one). */
const MIN_TEASERS = 3;
/**
 * Headlines are a fifth or more of a list of teasers' text (a section front's are about a
 * third); an article's list of linked names, each with its description, has less.
 */
const MIN_HEADLINE_SHARE = 0.2;

/** A block's size and how much of it is a link's text, in visible characters. */
export interface Sized {
  chars: number;
  linkChars: number;
  heading: boolean;
  text: string;
}

export interface TeaserRun {
  start: number;
  /** Past the run's last block. */
  end: number;
  chars: number;
}

const isHeadline = (b: Sized) => b.chars >= MIN_HEADLINE && b.linkChars >= 0.9 * b.chars;
const isUnder = (b: Sized) => !isHeadline(b) && !b.heading && b.chars <= MAX_UNDER_CHARS && b.linkChars < 0.5 * b.chars;

/** A line that introduces what the article cites: its links, each with a note, are no teasers. */
const CITED = /^(?:sources?|references?|further reading|bibliography|notes|documents|fuentes|referencias|bibliografía|références|bibliographie|quellen|literatur|fonti|bronnen|المصادر|مصادر|المراجع|مراجع)(?!\p{L})/iu;

/** The lists of teasers among a page's blocks, in order (not a list the article cites). */
export function teaserRuns(blocks: readonly Sized[]): TeaserRun[] {
  const runs: TeaserRun[] = [];
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    let [teasers, headlineChars, chars] = [0, 0, 0];
    while (j < blocks.length && isHeadline(blocks[j]!)) {
      let k = j + 1;
      while (k < blocks.length && k - j <= MAX_UNDER_BLOCKS && isUnder(blocks[k]!)) k++;
      if (k > j + 1) teasers++;
      headlineChars += blocks[j]!.chars;
      for (let m = j; m < k; m++) chars += blocks[m]!.chars;
      j = k;
    }
    const cited = CITED.test(blocks[i - 1]?.text ?? '');
    if (teasers >= MIN_TEASERS && headlineChars >= MIN_HEADLINE_SHARE * chars && !cited) {
      runs.push({ start: i, end: j, chars });
      i = j;
    } else i = Math.max(i + 1, j);
  }
  return runs;
}

/** A block of an article's own text, a sentence or more, outside any list of teasers. */
const MIN_PROSE = 100;
const isProse = (b: Sized) => b.chars >= MIN_PROSE && b.linkChars < 0.5 * b.chars;

/** A page this much teasers is a section front, if it has no paragraph of its own. */
const MAX_TEASER_SHARE = 0.6;

const prose = (blocks: readonly Sized[], runs: readonly TeaserRun[]): number[] =>
  blocks.flatMap((b, i) => (isProse(b) && !runs.some((r) => i >= r.start && i < r.end) ? [i] : []));

/**
 * A section front: mostly teasers, with no paragraph of its own. An article, however short, that
 * Readability took with the teasers below it is no such page: they are left out of it instead.
 */
export function isTeaserPage(blocks: readonly Sized[], runs: readonly TeaserRun[]): boolean {
  const chars = blocks.reduce((n, b) => n + b.chars, 0);
  const teasers = runs.reduce((n, r) => n + r.chars, 0);
  return runs.length > 0 && teasers >= MAX_TEASER_SHARE * chars && prose(blocks, runs).length === 0;
}

/**
 * The blocks to keep of an article's page: without the lists of teasers under a heading of their
 * own ("Most popular", which goes too) or before its first paragraph of prose or after its last.
 * An unlabelled list between two of its paragraphs, or on a page with no paragraph to tell, is
 * the article's own.
 */
export function withoutTeasers<T>(items: readonly T[], blocks: readonly Sized[], runs: readonly TeaserRun[]): T[] {
  const own = prose(blocks, runs);
  const drop = new Set<number>();
  for (const run of runs) {
    const labelled = run.start > 0 && blocks[run.start - 1]!.heading;
    if (!labelled && (own.length === 0 || (run.start > own[0]! && run.start < own.at(-1)!))) continue;
    for (let i = labelled ? run.start - 1 : run.start; i < run.end; i++) drop.add(i);
  }
  return items.filter((_, i) => !drop.has(i));
}
