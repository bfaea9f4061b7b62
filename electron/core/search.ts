// Full-text search over articles (title, body) and annotation notes, as the user types.
// User input never reaches FTS5 as syntax: each word becomes a quoted phrase, the last one (and
// a Korean one) a prefix, a Korean syllable alone or with a particle. FTS5 sorts by rank itself and stops at the LIMIT, so snippets are only
// built for the rows returned.
import { isHangulSyllable, isSearchedAlone } from '../../shared/ideographs.js';
import type { SearchHit } from '../../shared/model.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import type { Db } from './db.js';
import { HANGUL, PARTICLES } from './search-korean.js';
import { buildSnippet, queryPhrases } from './search-snippet.js';
import { searchText } from './search-text.js';
import { sql } from './statements.js';

// Private-use characters mark matches inside FTS5 snippets; they are removed before anyone sees them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const SNIPPET_TOKENS = 24;
/** A hit in the title counts as much as this many in the body. */
const TITLE_WEIGHT = 10;

/** A word of the query as search reads it (`searchText`), whether it is matched as a prefix, and what may follow it in the word. */
interface QueryWord {
  text: string;
  prefix: boolean;
  endings?: readonly string[];
}

/**
 * The words of what a person typed, each a prefix when it is still being typed (the last, with
 * no space after it) or Korean (`search-korean.ts`; one Korean syllable is a word with a particle
 * or none, since as a prefix it matches too many others). A last word of one letter still being
 * typed is left out: as a prefix it matches most of a large library (every word starting with
 * "p"), and the next key makes it useful. (A Chinese or Japanese character or a Korean syllable
 * is a word of its own, and is searched.)
 */
function queryWords(input: string): QueryWord[] {
  const words = input
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => searchText(w).trim())
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  let stillTyping = !/\s$/.test(input);
  const last = words.at(-1);
  if (stillTyping && last !== undefined && [...last].length === 1 && !isSearchedAlone(last)) {
    words.pop();
    stillTyping = false; // the words before it were ended by a space
  }
  return words.map((text, i) =>
    isHangulSyllable(text) ? { text, prefix: false, endings: PARTICLES } : { text, prefix: (stillTyping && i === words.length - 1) || HANGUL.test(text) },
  );
}

function ftsQuery(words: QueryWord[]): string | null {
  if (words.length === 0) return null;
  const phrase = (text: string) => `"${text.replaceAll('"', '""')}"`;
  const terms = words.map(({ text, prefix, endings }) => (endings ? `(${[text, ...endings.map((e) => text + e)].map(phrase).join(' OR ')})` : `${phrase(text)}${prefix ? '*' : ''}`));
  // FTS5 reads two phrases side by side as both, but not a bracketed group beside another term.
  return terms.join(words.some((w) => w.endings) ? ' AND ' : ' ');
}

/** Turns what a person typed into a safe FTS5 query; null when there is nothing to search for. */
export function toFtsQuery(input: string): string | null {
  return ftsQuery(queryWords(input));
}

const stray = new RegExp(`[${OPEN}${CLOSE}]`, 'g');

/** Plain text and [start, end) match ranges from a snippet marked with OPEN/CLOSE; runs of whitespace become one space. */
export function parseSnippet(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  const text = marked.replace(/\s+/g, ' ').trim();
  let snippet = '';
  const highlights: Array<[number, number]> = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open < 0) {
      snippet += text.slice(at).replace(stray, '');
      break;
    }
    snippet += text.slice(at, open).replace(stray, '');
    const close = text.indexOf(CLOSE, open + 1);
    const end = close < 0 ? text.length : close;
    const start = snippet.length;
    snippet += text.slice(open + 1, end).replace(stray, '');
    if (snippet.length > start) highlights.push([start, snippet.length]);
    at = end + 1;
  }
  return { snippet, highlights };
}

interface HitRow {
  articleId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  rank: number;
}

interface NoteHitRow extends HitRow {
  note: string;
  marked: string;
}

interface ArticleHitRow extends HitRow {
  pk: number;
  body: string;
}

// CROSS JOIN keeps the FTS table as the outer loop whatever indexes articles has: the other
// order scans every article and runs the full-text match once per row.
const articleHitsSql = `SELECT a.pk, a.id AS articleId, a.title, a.outlet, a.published_at AS publishedAt, a.body,
         articles_fts.rank AS rank
       FROM articles_fts CROSS JOIN articles a ON a.pk = articles_fts.rowid
       WHERE articles_fts MATCH ? AND articles_fts.rank MATCH 'bm25(${TITLE_WEIGHT}.0, 1.0)' AND a.deleted_at IS NULL
       ORDER BY articles_fts.rank LIMIT ?`;

/** FTS5's own snippet of one article, for the rare match buildSnippet cannot place. (A JS number is
 * bound as REAL, and FTS5 ignores a rowid constraint that is not an INTEGER: hence the CAST.) */
const articleSnippetSql = `SELECT snippet(articles_fts, -1, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS marked
       FROM articles_fts WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`;

const noteHitsSql = `SELECT a.id AS articleId, a.title, a.outlet, a.published_at AS publishedAt, an.note,
         snippet(notes_fts, 0, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS marked, notes_fts.rank AS rank
       FROM notes_fts CROSS JOIN annotations an ON an.pk = notes_fts.rowid CROSS JOIN articles a ON a.id = an.article_id
       WHERE notes_fts MATCH ? AND an.deleted_at IS NULL AND a.deleted_at IS NULL
       ORDER BY notes_fts.rank LIMIT ?`;

/**
 * One hit per article: articles whose own text matches, best first, then articles that match
 * only in a note on them. bm25 scores from the two indexes do not compare (a word rare among a
 * few short notes outscores any article), so an article's text comes before notes about it.
 */
export function search(db: Db, q: string, limit = 50): SearchHit[] {
  const words = queryWords(q);
  const query = ftsQuery(words);
  if (!query) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const add = <R extends HitRow>(rows: R[], matchedIn: SearchHit['matchedIn'], snippetOf: (row: R) => { snippet: string; highlights: Array<[number, number]> }) => {
    for (const r of rows) {
      if (hits.length >= limit) return;
      if (seen.has(r.articleId)) continue;
      seen.add(r.articleId);
      const { snippet, highlights } = snippetOf(r);
      const { articleId, title, outlet, publishedAt, rank } = r;
      hits.push({ articleId, title, outlet, publishedAt, snippet, highlights, matchedIn, rank });
    }
  };
  const phrases = queryPhrases(words);
  const ftsSnippet = (pk: number) => (sql(db, articleSnippetSql).get(query, pk) as { marked: string } | undefined)?.marked ?? '';
  add(sql(db, articleHitsSql).all(query, limit) as ArticleHitRow[], 'article', (r) =>
    buildSnippet(r.body, phrases) ?? buildSnippet(r.title, phrases) ?? parseSnippet(ftsSnippet(r.pk)),
  );
  // Notes on articles already found are skipped, so ask for enough to fill the rest.
  if (hits.length < limit) add(sql(db, noteHitsSql).all(query, limit + hits.length) as NoteHitRow[], 'note', (r) => buildSnippet(r.note, phrases) ?? parseSnippet(r.marked));
  return hits;
}

export function searchHandlers(ctx: CoreContext): Handlers<Namespaced<'search'>> {
  return {
    'search.query': ({ q, limit }) => search(ctx.db, q, limit),
  };
}
