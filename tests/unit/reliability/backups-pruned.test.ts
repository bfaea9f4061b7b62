// Two Glosses prune the same old backups when they take theirs at the same moment: a backup the
// other removed between this one listing the folder and reading each file's size is simply gone,
// not an error that fails the backup just taken (or the list of backups the app shows).
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { listBackups } from '../../../electron/core/backups.js';
import { tempDir } from '../../helpers/tmp.js';

let prunedMeanwhile: (() => void) | null = null;
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    readdirSync: ((...args: Parameters<typeof real.readdirSync>) => {
      const names = real.readdirSync(...args);
      prunedMeanwhile?.();
      return names;
    }) as typeof real.readdirSync,
  };
});

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  prunedMeanwhile = null;
  dir.remove();
});

it('lists the backups that are still there when another Gloss prunes one meanwhile', () => {
  const backups = join(dir.path, 'backups');
  fs.mkdirSync(backups);
  for (const day of ['2026-11-20', '2026-10-01']) fs.writeFileSync(join(backups, `library-${day}.sqlite`), 'x');
  prunedMeanwhile = () => fs.rmSync(join(backups, 'library-2026-10-01.sqlite'));
  expect(listBackups(dir.path).map((b) => b.id)).toEqual(['2026-11-20']);
});
