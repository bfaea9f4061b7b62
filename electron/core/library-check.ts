// Finding damage inside the library: SQLite's integrity_check sees the structure, and each
// article's text is checked against the SHA-256 stored with it (a page overwritten with other
// bytes of valid shape passes integrity_check but changes the text).
import type { Block, LibraryCheck } from '../../shared/model.js';
import { contentHash } from './article-import.js';
import { nowIso, type Db } from './db.js';
import { GlossError } from './errors.js';

/** The text read is the text stored, or a `database` error naming the article. */
export function verifyArticleText(id: string, title: string, body: string, hash: string): void {
  if (contentHash(body) !== hash) throw damagedArticle(id, title);
}

/**
 * The article's blocks as stored, or the same `database` error: the checksum covers the text
 * only, so a block list that no longer parses or no longer fits the text is damage too.
 */
export function readBlocks(id: string, title: string, json: string, bodyLength: number): Block[] {
  let blocks: unknown;
  try {
    blocks = JSON.parse(json);
  } catch {
    throw damagedArticle(id, title);
  }
  const fits = (b: unknown): b is Block => {
    const { kind, start, end } = (b ?? {}) as Partial<Block>;
    return typeof kind === 'string' && Number.isInteger(start) && Number.isInteger(end) && 0 <= start! && start! <= end! && end! <= bodyLength;
  };
  if (!Array.isArray(blocks) || !blocks.every(fits)) throw damagedArticle(id, title);
  return blocks;
}

export function damagedArticle(id: string, title: string): GlossError {
  return new GlossError('database', { key: 'library.damagedArticle', params: { title } }, { damagedArticles: [id] });
}

const MAX_PROBLEMS = 100;

export function checkLibrary(db: Db): LibraryCheck {
  const problems = integrityProblems(db);
  const damagedArticles: LibraryCheck['damagedArticles'] = [];
  const read = db.prepare('SELECT body, blocks, content_hash FROM articles WHERE id = ?');
  for (const { id, title } of articleIds(db, problems)) {
    try {
      const row = read.get(id) as { body: string; blocks: string; content_hash: string } | undefined;
      if (!row || contentHash(row.body) !== row.content_hash) damagedArticles.push({ id, title });
      else readBlocks(id, title, row.blocks, row.body.length);
    } catch {
      damagedArticles.push({ id, title });
    }
  }
  return { checkedAt: nowIso(), problems, damagedArticles };
}

function integrityProblems(db: Db): string[] {
  try {
    return (db.pragma(`integrity_check(${MAX_PROBLEMS})`) as Array<{ integrity_check: string }>)
      .map((r) => r.integrity_check)
      .filter((r) => r !== 'ok');
  } catch (e) {
    return [(e as Error).message];
  }
}

/** Every article's id and title, from the summary index (migration 003) and the table: a
 * damaged page in one of them still leaves the other to name the articles. */
function articleIds(db: Db, problems: string[]): Array<{ id: string; title: string }> {
  const found = new Map<string, string>();
  for (const query of [
    'SELECT id, title FROM articles INDEXED BY articles_summary',
    'SELECT id, title FROM articles NOT INDEXED',
  ]) {
    try {
      for (const row of db.prepare(query).iterate() as Iterable<{ id: string; title: string }>) {
        if (!found.has(row.id)) found.set(row.id, row.title);
      }
    } catch (e) {
      problems.push((e as Error).message);
    }
  }
  return [...found].map(([id, title]) => ({ id, title }));
}
