// Two Glosses taking the day's backup at once (the app's first start of the day beside a `gloss`
// command, or `gloss backup create` while the app takes its own): each backup must be a whole
// copy of the library, never the other's copy half written.
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from '../cli/run.js';

describe('a backup taken while another Gloss takes one', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-backups-together-');
  afterAll(() => tmp.remove());

  it('is a copy of the library', async () => {
    const dataDir = join(tmp.path, 'data');
    const file = join(tmp.path, 'bridge.txt');
    writeFileSync(file, 'The council said the new bridge will cost 40 million euros.\n\nCritics called it a gamble.');
    // The library was empty when this opened it, so no backup was taken yet today.
    await glossJson(['import', file, '--data-dir', dataDir]);

    // The other Gloss is part way through today's backup: SQLite's backup holds the write lock
    // of the file it writes from its first step to its last, as this does.
    const day = new Date().toISOString().slice(0, 10);
    const backup = join(dataDir, 'backups', `library-${day}.sqlite`);
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    const other = new Database(`${backup}.part`);
    other.exec('CREATE TABLE copied_so_far (page BLOB)');
    other.exec('BEGIN EXCLUSIVE');
    other.prepare('INSERT INTO copied_so_far VALUES (?)').run(Buffer.alloc(4096));

    const run = await gloss(['list', '--data-dir', dataDir]);
    other.exec('ROLLBACK');
    other.close();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const taken = new Database(backup, { readonly: true });
    try {
      expect(taken.prepare('SELECT title FROM articles').pluck().all()).toEqual(['The council said the new bridge will cost 40 million euros']);
    } finally {
      taken.close();
    }
  });
});
