// `gloss original` saves the file an article was imported from, as it came.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model.js';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from './run.js';

describe('gloss original', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-cli-original-');
  afterAll(() => tmp.remove());

  it('writes the imported file back, byte for byte, into a folder under its own name', async () => {
    const source = join(repoRoot, 'tests', 'fixtures', 'articles', '04-school-meals.txt');
    const report = await glossJson<ImportReport>(['import', source, '--data-dir', tmp.path]);
    const id = report.imported[0]!.id;
    const run = await gloss(['original', id.slice(0, 8), '--out', tmp.path, '--data-dir', tmp.path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('04-school-meals.txt');
    expect(readFileSync(join(tmp.path, '04-school-meals.txt')).equals(readFileSync(source))).toBe(true);

    const missing = await gloss(['original', id, '--data-dir', tmp.path]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--out PATH');
  });
});
