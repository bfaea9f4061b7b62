// A Gloss killed with the library open leaves its marker, and the next Gloss to open the library
// runs the full check. When that next one is a short `gloss` command, the check must still run
// (or be left to the one after): the crash must not go unnoticed because the CLI came first.
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/api.js';
import { registerSearchText } from '../../../electron/core/search-text.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson, startGloss } from '../cli/run.js';

describe.skipIf(process.platform !== 'linux')('a gloss command after a crash', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-unclean-');
  afterAll(() => tmp.remove());

  it('leaves the damage found: the check runs, in the command or in the app after it', async () => {
    const dataDir = join(tmp.path, 'data');
    const file = join(tmp.path, 'bridge.txt');
    writeFileSync(file, 'The council said the new bridge will cost 40 million euros.\n\nCritics called it a gamble.');
    const [article] = (await glossJson<{ imported: Array<{ id: string; title: string }> }>(['import', file, '--data-dir', dataDir])).imported;
    const library = join(dataDir, 'library.sqlite');

    // A second Gloss opens the library (its marker is written) and stops at the write lock held
    // here; it is killed there, as a crash or a power cut would end it.
    const holder = new Database(library);
    registerSearchText(holder);
    holder.exec('BEGIN IMMEDIATE');
    const crashed = startGloss(['import', file, '--data-dir', dataDir]);
    const marker = join(dataDir, 'open', String(crashed.pid));
    const deadline = Date.now() + 60_000;
    while (!existsSync(marker) && Date.now() < deadline) await sleep(50);
    expect(existsSync(marker)).toBe(true);
    process.kill(crashed.pid, 'SIGKILL');
    await crashed.done;
    holder.exec('ROLLBACK');
    // What the crash did to the disk: a few bytes of the text changed, the row still well formed.
    holder.prepare("UPDATE articles SET body = replace(body, 'bridge', 'bridgx') WHERE id = ?").run(article!.id);
    holder.close();

    const listed = await gloss(['list', '--data-dir', dataDir]);
    expect(listed.stderr).toBe('');
    expect(listed.code).toBe(0);

    // The app opens the library next: it shows what the check after the crash found.
    const core = await openCore(dataDir);
    try {
      await new Promise((resolve) => setImmediate(resolve));
      const last = await core.api['library.lastCheck']({});
      expect(last?.damagedArticles).toEqual([{ id: article!.id, title: article!.title }]);
    } finally {
      core.close();
    }
  });
});
