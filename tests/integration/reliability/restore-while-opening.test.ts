// `gloss backup restore` replaces the library file only when no other Gloss has it open. A Gloss
// still opening it (upgrading an older library can take minutes) has it open too: replacing the
// file then would leave that Gloss working in the file put aside, and its work lost.
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, hasOpen, startGloss } from '../cli/run.js';

describe.skipIf(process.platform !== 'linux')('restoring the library while another Gloss opens it', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-restore-opening-');
  afterAll(() => tmp.remove());

  it('is refused', async () => {
    const dataDir = join(tmp.path, 'data');
    const library = join(dataDir, 'library.sqlite');
    mkdirSync(join(dataDir, 'backups'), { recursive: true });
    // A library from the Gloss before this one, and a backup of it.
    (await openDatabase(library, { migrations: loadMigrations().slice(0, -1) })).close();
    copyFileSync(library, join(dataDir, 'backups', 'library-2026-01-01.sqlite'));

    // The opening Gloss reads the library, then waits to upgrade it at the write lock held here.
    const holder = new Database(library);
    holder.exec('BEGIN IMMEDIATE');
    const opening = startGloss(['list', '--data-dir', dataDir]);
    const deadline = Date.now() + 60_000;
    while (!hasOpen(opening.pid, `${library}-shm`) && Date.now() < deadline) await sleep(50);
    expect(hasOpen(opening.pid, `${library}-shm`)).toBe(true);

    const restore = await gloss(['backup', 'restore', '--data-dir', dataDir]);
    holder.exec('ROLLBACK');
    holder.close();
    expect(restore.stderr).toContain(`Gloss has this library open (process ${opening.pid})`);
    expect(restore.code).toBe(1);
    expect((await opening.done).code).toBe(0);
  });
});
