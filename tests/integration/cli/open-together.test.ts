// Two `gloss` commands started at once on a library neither has set up yet (two imports, or the
// CLI beside the app's first start) must both set it up once between them, not each from scratch.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

interface Child {
  pid: number;
  done: Promise<{ code: number | null; stderr: string }>;
}

function startGloss(args: string[]): Child {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'gloss.mjs'), ...args], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
  return { pid: child.pid!, done };
}

/** SQLite opens the -shm file only once the connection is made: after that the command goes
 * straight on to migrate, which waits on the write lock the test holds. */
function hasOpened(pid: number, file: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `${file}-shm`;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

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
