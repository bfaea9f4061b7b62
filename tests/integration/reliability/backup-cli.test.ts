// `gloss backup`: a library too damaged to open comes back from the latest backup, and the
// damaged file is kept beside it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { ArticleSummary, BackupInfo, ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from '../cli/run.js';

const tmp = tempDir('gloss-backup-cli-');
afterAll(() => tmp.remove());
const home = ['--data-dir', tmp.path];

it('lists backups, refuses a damaged library and restores it from the latest backup', { timeout: 90_000 }, async () => {
  const demo = await glossJson<ImportReport>(['demo', ...home]);
  const backups = await glossJson<BackupInfo[]>(['backup', 'list', ...home]);
  expect(backups).toHaveLength(1); // taken on the first open of the day with articles in it
  expect((await gloss(['backup', 'check', ...home])).stdout).toMatch(/The library is sound/);

  const library = join(tmp.path, 'library.sqlite');
  const bytes = readFileSync(library);
  bytes.fill(0x5a, 16384, 16384 * 3);
  writeFileSync(library, bytes);
  const refused = await gloss(['list', ...home]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/damaged/);

  const restored = await gloss(['backup', 'restore', ...home]);
  expect(restored.stderr).toBe('');
  expect(restored.stdout).toMatch(new RegExp(`Restored the library from the backup of ${backups[0]!.id}\\. The file it replaced is kept as .*replaced-`));
  expect(readdirSync(tmp.path).filter((f) => f.includes('.replaced-'))).toHaveLength(1);
  const listed = await glossJson<ArticleSummary[]>(['list', ...home]);
  expect(listed.map((a) => a.id).sort()).toEqual(demo.imported.map((a) => a.id).sort());
});

it('refuses an unknown action with its usage', async () => {
  const run = await gloss(['backup', 'frobnicate', ...home]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/Unknown action "frobnicate"/);
});
