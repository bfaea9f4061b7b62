// Restoring a large library copies the backup for seconds. A Gloss started meanwhile must find
// the library it had, not an empty place where it would make a new one that the restored file
// then lands beside (its -wal and -shm belonging to another database).
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { restoreLibraryFile } from '../../../electron/core/backups.js';
import { tempDir } from '../../helpers/tmp.js';

let duringCopy: (() => void) | null = null;
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  return {
    ...real,
    copyFileSync: ((...args: Parameters<typeof real.copyFileSync>) => {
      duringCopy?.();
      real.copyFileSync(...args);
    }) as typeof real.copyFileSync,
  };
});

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => {
  duringCopy = null;
  dir.remove();
});

it('leaves the library in its place while the backup is copied, and puts the backup there after', () => {
  const library = join(dir.path, 'library.sqlite');
  fs.mkdirSync(join(dir.path, 'backups'));
  fs.writeFileSync(join(dir.path, 'backups', 'library-2026-11-20.sqlite'), 'the backup');
  fs.writeFileSync(library, 'the library');
  fs.writeFileSync(`${library}-wal`, 'its log');
  const seen: Array<string | null> = [];
  duringCopy = () => seen.push(fs.existsSync(library) ? fs.readFileSync(library, 'utf8') : null);

  const { keptAs } = restoreLibraryFile(dir.path, '2026-11-20');
  expect(seen).toEqual(['the library']);
  expect(fs.readFileSync(library, 'utf8')).toBe('the backup');
  expect(fs.existsSync(`${library}-wal`)).toBe(false);
  expect([fs.readFileSync(keptAs, 'utf8'), fs.readFileSync(`${keptAs}-wal`, 'utf8')]).toEqual(['the library', 'its log']);
});
