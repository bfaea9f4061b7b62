// Two `gloss` commands started at once on a library neither has set up yet (two imports, or the
// CLI beside the app's first start) must both set it up once between them, not each from scratch.
import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.js';
import { hasOpen, startGloss } from './run.js';

/** SQLite opens the -shm file only once the connection is made: after that the command goes
 * straight on to migrate, which waits on the write lock the test holds. */
const hasOpened = (pid: number, library: string) => hasOpen(pid, `${library}-shm`);

describe.skipIf(process.platform !== 'linux')('two gloss commands opening a new library at the same moment', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-together-');
  afterAll(() => tmp.remove());

  it('both succeed, and the library holds what each of them imported', async () => {
    const library = join(tmp.path, 'library.sqlite');
    // An empty SQLite file (a first start cut short) is set up like a new one; holding its write
    // lock keeps both commands at their first migration until each has read the schema version.
    const holder = new Database(library);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    const files = ['bridge', 'harbour'].map((name) => {
      const file = join(tmp.path, `${name}.txt`);
      writeFileSync(file, `The council said the new ${name} will cost 40 million euros.\n\nCritics called the ${name} plan a gamble.`);
      return file;
    });
    const children = files.map((file) => startGloss(['import', file, '--data-dir', tmp.path]));
    const deadline = Date.now() + 60_000;
    while (!children.every((c) => hasOpened(c.pid, library)) && Date.now() < deadline) await sleep(50);
    expect(children.every((c) => hasOpened(c.pid, library))).toBe(true);
    await sleep(300);
    holder.exec('ROLLBACK');
    holder.close();

    const runs = await Promise.all(children.map((c) => c.done));
    expect(runs.map((r) => r.stderr)).toEqual(['', '']);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const db = new Database(library, { readonly: true });
    const titles = db.prepare('SELECT title FROM articles ORDER BY title').pluck().all();
    db.close();
    expect(titles).toHaveLength(2);
  });
});
