// Figures across outlets: every quantity the articles state, grouped by what it measures, with
// whether the articles can all be right, allowing for their hedges and their dates.
import type { Article, FigureGroup, FigureMention, FigureReport, Quantity } from '../../../shared/model.js';
import { readQuantities } from './quantities.js';
import { CURRENCY_THING } from './quantities/money.js';
import { articleSentences } from './sentences.js';

/** Counts that only grow as days pass: a later article may state more, never less. */
const CUMULATIVE = new Set(['deaths', 'injured', 'displaced', 'detained']);
/** How fast a cumulative count may plausibly grow between two articles' dates, per day. */
const GROWTH_PER_DAY = 0.02;
const DAY_MS = 86_400_000;
const MONEY = new Set(Object.values(CURRENCY_THING));
/**
 * The measures the reader names. Anything else ("people", "other", the noun after the number)
 * may count different things in two articles ("2.3 million people face famine", "250 people
 * gathered"): such figures are grouped and listed but never compared.
 */
const KNOWN_MEASURES = new Set(['deaths', 'injured', 'casualties', 'displaced', 'hostages', 'aid trucks', 'detained', 'missing', ...MONEY]);
/**
 * What is compared: a sum of money is named, but not what it pays for ("$95bn in aid", "$5m for
 * a hospital"), so sums are listed and never called contradictory.
 */
const COMPARED = new Set([...KNOWN_MEASURES].filter((m) => !MONEY.has(m)));

/** "the two countries", "four battalions": a small number in words that counts nothing we know. */
function isIncidental(q: Quantity): boolean {
  return q.value < 10 && q.unit === null && !/\d/.test(q.text) && !KNOWN_MEASURES.has(q.thing);
}

export function figuresOf(article: Article): FigureMention[] {
  return articleSentences(article.body, article.blocks).flatMap((sentence) =>
    readQuantities(sentence.text, sentence.start, article.language).filter((q) => !isIncidental(q)).map((quantity) => ({
      articleId: article.id,
      articleTitle: article.title,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      sentence,
      quantity,
    })),
  );
}

function days(iso: string | null): number | null {
  const t = iso ? Date.parse(iso.slice(0, 10)) : NaN;
  return Number.isNaN(t) ? null : t / DAY_MS;
}

/**
 * Whether two figures for the same measure can both be right. Hedges give each a range; for a
 * count that only grows, the earlier article's figure may be below the later one's by the
 * growth its days allow, but not above it.
 */
export function compatible(a: FigureMention, b: FigureMention, cumulative: boolean): boolean {
  const [qa, qb] = [a.quantity, b.quantity];
  // "not 200,000" only contradicts a plain "200,000".
  if (qa.negated || qb.negated) return qa.negated === qb.negated || qa.value !== qb.value;
  const [ra, rb] = [bounds(qa), bounds(qb)];
  const [da, db] = [days(a.publishedAt), days(b.publishedAt)];
  if (!cumulative || da === null || db === null || da === db) return ra.low <= rb.high && rb.low <= ra.high;
  const [early, late, gap] = da < db ? [ra, rb, db - da] : [rb, ra, da - db];
  const allowed = Math.pow(1 + GROWTH_PER_DAY, gap);
  return early.low <= late.high && late.low <= early.high * allowed;
}

/**
 * Whether two figures are of one time, so that comparing them means something. A rate ("5 trucks
 * a day") changes from day to day with no direction to allow for, so two rates are compared only
 * when their articles are of the same day and neither names a period of its own ("before the war").
 */
function sameTime(a: FigureMention, b: FigureMention): boolean {
  if (!a.quantity.per) return true;
  const da = days(a.publishedAt);
  return da !== null && da === days(b.publishedAt) && !a.quantity.period && !b.quantity.period;
}

/**
 * What a figure allows. A share in words is put on the per cent scale, within a point: "a third"
 * is what "33%" rounds, "two-thirds" what "66%" truncates.
 */
function bounds(q: Quantity): { low: number; high: number } {
  const high = q.high ?? Number.POSITIVE_INFINITY;
  return q.unit === 'fraction' ? { low: q.low * 100 - 1, high: high * 100 + 1 } : { low: q.low, high };
}

export function groupFigures(mentions: FigureMention[], articleCount: number): FigureReport {
  const byKey = new Map<string, FigureMention[]>();
  for (const m of mentions) {
    const { thing, who, unit, event, per } = m.quantity;
    const key = `${thing}\u0000${who ?? ''}\u0000${event ?? ''}\u0000${unit === 'percent' || unit === 'fraction' ? 'share' : ''}\u0000${per ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), m]);
  }
  const groups: FigureGroup[] = [];
  for (const unsorted of byKey.values()) {
    const list = unsorted.sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999'));
    const { thing, who, event, per } = list[0]!.quantity;
    const about = [who, event].filter(Boolean).join(', ');
    const measured = COMPARED.has(thing);
    const conflicts: Array<[number, number]> = [];
    let uncompared = false;
    list.forEach((a, i) =>
      list.forEach((b, j) => {
        if (!measured || j <= i || a.articleId === b.articleId) return;
        if (!sameTime(a, b)) uncompared = true;
        else if (!compatible(a, b, CUMULATIVE.has(thing))) conflicts.push([i, j]);
      }),
    );
    const articles = new Set(list.map((m) => m.articleId)).size;
    groups.push({
      thing,
      who,
      label: (per ? `${thing} a ${per}` : thing) + (about ? ` (${about})` : ''),
      mentions: list,
      verdict: articles < 2 ? 'single' : !measured ? 'unknownMeasure' : conflicts.length ? 'disagree' : uncompared ? 'otherPeriods' : 'agree',
      conflicts,
    });
  }
  // Measures several articles state come first, then the named measures, then the rest.
  const rank = (g: FigureGroup) =>
    (new Set(g.mentions.map((m) => m.articleId)).size > 1 ? 0 : 2) + (KNOWN_MEASURES.has(g.thing) ? 0 : 1);
  groups.sort((a, b) => rank(a) - rank(b) || b.mentions.length - a.mentions.length || a.label.localeCompare(b.label));
  return { articleCount, groups };
}

export function figureReport(articles: Article[]): FigureReport {
  return groupFigures(articles.flatMap(figuresOf), articles.length);
}
