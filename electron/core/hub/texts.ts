// Corrections of an article's text through the hub. The hub counts each article's text versions;
// this library remembers the hub's version and text hash it last knew (hub_texts).
//
// The rule when two people correct the same text between syncs: a correction is sent with the
// version it was made from, and the hub takes it only if it still holds that version. So the
// first correction to reach the hub wins; the other library receives it like any correction
// (its claims re-anchored as by a local one) and keeps its own text as a conflict the person
// sees in the Team panel and settles (use mine again, or let it go).
//
// A pull applies a correction between two merges of the claims it read: claims that fit the
// text this library had are merged first and re-anchored with the rest; the others (the
// sender's claims, already re-anchored to the new text) after it.
import type { Block, HubTextConflict } from '../../../shared/model.js';
import { contentHash } from '../article-import.js';
import { correctText, replaceText } from '../articles.js';
import type { CoreContext } from '../context.js';
import { nowIso, type Db } from '../db.js';
import { notFound } from '../errors.js';
import type { BundleAnnotation } from '../export/bundle-format.js';
import { sql } from '../statements.js';

/** An article's text as the hub holds it. */
export interface HubText {
  id: string;
  body: string;
  blocks: Block[];
  version: number;
  /** Who made this version: the corrector, or who first sent the article. */
  by: string;
}

/** A correction this library takes in a pull: `mine` set when it replaces one of ours not yet on the hub. */
export interface TextTake extends HubText {
  oldBody: string;
  mine: boolean;
}

/** A correction made here, to send with the hub's version it was made from. */
export interface TextCorrection {
  id: string;
  body: string;
  blocks: Block[];
  wordCount: number;
  contentHash: string;
  base: number;
}

interface Known {
  version: number;
  content_hash: string;
}

/** What a pull does with the texts it read: the corrections to take, and the versions to remember. */
export function planTexts(db: Db, key: string, texts: HubText[]): { takes: TextTake[]; remember: Array<HubText & { hash: string }> } {
  const known = sql(db, 'SELECT version, content_hash FROM hub_texts WHERE hub = ? AND article_id = ?');
  const local = sql(db, 'SELECT body, content_hash FROM articles WHERE id = ?');
  const takes: TextTake[] = [];
  const remember: Array<HubText & { hash: string }> = [];
  for (const t of texts) {
    const ours = local.get(t.id) as { body: string; content_hash: string } | undefined;
    const hash = contentHash(t.body);
    // A new article (the merge adds it) or the same text: nothing to correct.
    if (!ours || ours.content_hash === hash) {
      remember.push({ ...t, hash });
      continue;
    }
    const k = known.get(key, t.id) as Known | undefined;
    if (k === undefined) {
      // Synced before the hub counted versions, never corrected here since: a later version is a
      // correction to take; the first one differs from ours only by a correction made here then.
      if (t.version > 1) takes.push({ ...t, oldBody: ours.body, mine: false });
      else remember.push({ ...t, hash });
    } else if (k.version !== t.version) {
      takes.push({ ...t, oldBody: ours.body, mine: ours.content_hash !== k.content_hash });
    }
    // Else the hub holds the version ours was made from: ours is sent by this sync's push.
  }
  return { takes, remember };
}

/** Whether a claim lies on its own words (and context) in this text; an orphan anywhere in it. */
export function fitsText(body: string, a: Pick<BundleAnnotation, 'start' | 'end' | 'quote' | 'orphaned'>): boolean {
  if (a.end > body.length) return false;
  if (a.orphaned) return true;
  const { exact, prefix, suffix } = a.quote;
  return body.slice(a.start, a.end) === exact && body.slice(a.start - prefix.length, a.start) === prefix && body.slice(a.end, a.end + suffix.length) === suffix;
}

/**
 * Takes the hub's texts, re-anchoring this library's claims on them as a local correction does,
 * and keeps a correction of ours that lost as a conflict. Returns the ids taken; a text that
 * another article here already has is left (counted as skipped by the caller).
 */
export function takeTexts(db: Db, key: string, takes: TextTake[]): Set<string> {
  const twin = sql(db, 'SELECT 1 FROM articles WHERE content_hash = ? AND id <> ?');
  const keepMine = sql(
    db,
    `INSERT INTO hub_text_conflicts (hub, article_id, body, theirs_by, found_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (hub, article_id) DO UPDATE SET body = excluded.body, theirs_by = excluded.theirs_by, found_at = excluded.found_at`,
  );
  const taken = new Set<string>();
  for (const t of takes) {
    const hash = contentHash(t.body);
    if (twin.get(hash, t.id)) continue;
    if (t.mine) keepMine.run(key, t.id, t.oldBody, t.by, nowIso());
    replaceText(db, t.id, t.oldBody, t.body, t.blocks, hash);
    rememberText(db, key, t.id, t.version, hash);
    taken.add(t.id);
  }
  return taken;
}

export function rememberText(db: Db, key: string, id: string, version: number, hash: string): void {
  sql(
    db,
    `INSERT INTO hub_texts (hub, article_id, version, content_hash) VALUES (?, ?, ?, ?)
     ON CONFLICT (hub, article_id) DO UPDATE SET version = excluded.version, content_hash = excluded.content_hash`,
  ).run(key, id, version, hash);
}

/** Corrections made here since this library last knew the hub's text, of articles the hub holds. */
export function textCorrections(db: Db, key: string): TextCorrection[] {
  const rows = sql(
    db,
    `SELECT a.id, a.body, a.blocks, a.word_count, a.content_hash, t.version FROM hub_texts t
       JOIN articles a ON a.id = t.article_id
       JOIN hub_sent s ON s.hub = t.hub AND s.kind = 'article' AND s.id = t.article_id AND s.version NOT IN ('purge', 'purged')
      WHERE t.hub = ? AND a.content_hash <> t.content_hash
      ORDER BY a.id`,
  ).all(key) as Array<{ id: string; body: string; blocks: string; word_count: number; content_hash: string; version: number }>;
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    blocks: JSON.parse(r.blocks) as Block[],
    wordCount: r.word_count,
    contentHash: r.content_hash,
    base: r.version,
  }));
}

/** Our corrections that lost to one that reached the hub first, for the person to settle. */
export function textConflicts(db: Db): HubTextConflict[] {
  return sql(
    db,
    `SELECT c.article_id AS articleId, a.title, c.theirs_by AS theirsBy, c.found_at AS foundAt FROM hub_text_conflicts c
       JOIN articles a ON a.id = c.article_id ORDER BY c.found_at, a.title`,
  ).all() as HubTextConflict[];
}

/** Our text made again over the hub's (as a local correction, re-anchoring the claims), or let go. */
export function settleTextConflict(ctx: CoreContext, articleId: string, keep: 'mine' | 'theirs'): void {
  const mine = sql(ctx.db, 'SELECT body FROM hub_text_conflicts WHERE article_id = ?').get(articleId) as { body: string } | undefined;
  if (!mine) throw notFound('article', articleId);
  // Refused (another article here has that text now), the conflict stays for another choice.
  if (keep === 'mine') correctText(ctx, articleId, mine.body);
  sql(ctx.db, 'DELETE FROM hub_text_conflicts WHERE article_id = ?').run(articleId);
  ctx.emit('library.changed', { what: 'articles' });
}
