// The hub text corrections' migration: a library synced before it keeps its articles, and the
// first correction here of an article a hub holds records the text it was made from (the
// hub's first), which a second correction before the next sync does not move.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';

describe('migration: hub_texts', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades a synced library; a correction of an article on the hub remembers the text it corrected', async () => {
    dir = tempDir('gloss-mig-hub-texts-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.includes('hub-text-corrections'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    const article = before.prepare(
      `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at) VALUES (?, 'T', 'ltr', 'Some text.', '[]', ?, ?, ?)`,
    );
    article.run('on-hub', 'first', now, now);
    article.run('local', 'other', now, now);
    before.prepare("INSERT INTO hub_sent (hub, kind, id, version) VALUES ('pg://hub#Desk', 'article', 'on-hub', '[]')").run();
    before.close();

    const db = await openDatabase(file, { migrations: all, backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(all.length);
    expect(db.prepare('SELECT count(*) AS n FROM articles').get()).toEqual({ n: 2 });
    const correct = db.prepare('UPDATE articles SET content_hash = ? WHERE id = ?');
    correct.run('second', 'on-hub');
    correct.run('third', 'on-hub');
    correct.run('changed', 'local');
    expect(db.prepare('SELECT hub, article_id, version, content_hash FROM hub_texts').all()).toEqual([
      { hub: 'pg://hub#Desk', article_id: 'on-hub', version: 1, content_hash: 'first' },
    ]);
    db.close();
  });
});
