// The migration that gives each built-in status its own ClaimReview rating: a library made before
// it gets the new numbers, except where the user had changed a rating.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { ensureBuiltinTaxonomies } from '../../../electron/core/taxonomies.js';
import { tempDir } from '../../helpers/tmp.js';

describe('migration: distinct status ratings', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('moves the built-in statuses to their own numbers and keeps a rating the user changed', async () => {
    dir = tempDir('gloss-mig-ratings-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const index = all.findIndex((m) => m.name.endsWith('-distinct-status-ratings.sql'));
    const before = await openDatabase(file, { migrations: all.slice(0, index) });
    ensureBuiltinTaxonomies(before);
    const set = before.prepare('UPDATE tags SET rating_value = ? WHERE id = ?');
    // The ratings before this migration, and one the user changed.
    for (const [id, value] of [['status:true', 5], ['status:mostly-true', 4], ['status:mixed', 3], ['status:misleading', 2]] as const) set.run(value, id);
    set.run(1, 'status:mixed');
    before.close();

    const db = await openDatabase(file, { migrations: all.slice(0, index + 1), backupPath: () => join(dir.path, 'before.bak') });
    const ratings = Object.fromEntries(
      (db.prepare("SELECT id, rating_value FROM tags WHERE id LIKE 'status:%'").all() as Array<{ id: string; rating_value: number | null }>).map(
        (r) => [r.id, r.rating_value],
      ),
    );
    expect(ratings).toMatchObject({
      'status:true': 6,
      'status:mostly-true': 5,
      'status:mixed': 1,
      'status:misleading': 3,
      'status:mostly-false': 2,
      'status:false': 1,
      'status:unverifiable': null,
    });
    db.close();
  });
});
