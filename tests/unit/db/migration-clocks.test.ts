// The migration that gives annotations version vectors: an existing library's annotations start
// at the common base ({}), the library gets a replica id, and from then on a local change counts
// for this library while a merge's clock is left as written.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration: annotation clocks', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades a library: old annotations at the base, local changes counted, merged clocks kept', async () => {
    dir = tempDir('gloss-mig-clocks-');
    const file = join(dir.path, 'library.sqlite');
    const { all, at } = await libraryBefore(file, 'annotation-clocks', (db) => {
      insertArticle(db);
      db.prepare(
        `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, created_at, updated_at)
         VALUES ('n1', 'a1', 0, 4, 'Some', '', ' text', ?, ?)`,
      ).run(NOW, NOW);
    });

    const db = await openDatabase(file, { migrations: all.slice(0, at + 1), backupPath: () => join(dir.path, 'before.bak') });
    const replica = (db.prepare("SELECT value FROM meta WHERE key = 'replica'").get() as { value: string }).value;
    expect(replica).toMatch(/^[0-9a-f]{32}$/);
    expect(db.prepare("SELECT clock FROM annotations WHERE id = 'n1'").get()).toEqual({ clock: '{}' });

    db.prepare("UPDATE annotations SET note = 'changed', revision = revision + 1 WHERE id = 'n1'").run();
    db.prepare("UPDATE annotations SET note = 'again', revision = revision + 1 WHERE id = 'n1'").run();
    expect(JSON.parse((db.prepare("SELECT clock FROM annotations WHERE id = 'n1'").get() as { clock: string }).clock)).toEqual({ [replica]: 2 });

    // A merge writes the clock it takes with the revision: nothing is added for this library.
    db.prepare(`UPDATE annotations SET clock = '{"other":5}', revision = revision + 1 WHERE id = 'n1'`).run();
    expect(db.prepare("SELECT clock FROM annotations WHERE id = 'n1'").get()).toEqual({ clock: '{"other":5}' });

    db.prepare(
      `INSERT INTO annotations (id, article_id, start, "end", exact, prefix, suffix, created_at, updated_at)
       VALUES ('n2', 'a1', 5, 9, 'text', 'Some ', ' here', ?, ?)`,
    ).run(NOW, NOW);
    expect(JSON.parse((db.prepare("SELECT clock FROM annotations WHERE id = 'n2'").get() as { clock: string }).clock)).toEqual({ [replica]: 1 });
    db.close();
  });
});
