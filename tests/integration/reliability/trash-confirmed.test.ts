// `gloss trash --empty` asks on a terminal before deleting for good. What it deletes is what it
// asked about: an article moved to the trash by the app (or another command) while the question
// waited for an answer is left in the trash, since nobody agreed to lose it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';
import { glossJson } from '../cli/run.js';

describe.skipIf(process.platform !== 'linux')('emptying the trash from a terminal', { timeout: 120_000 }, () => {
  const tmp = tempDir('gloss-trash-confirmed-');
  afterAll(() => tmp.remove());

  it('deletes only the articles it asked about', async () => {
    const dataDir = join(tmp.path, 'data');
    const ids = [];
    for (const name of ['bridge', 'harbour']) {
      const file = join(tmp.path, `${name}.txt`);
      writeFileSync(file, `The council said the new ${name} will cost 40 million euros.\n\nCritics called the ${name} plan a gamble.`);
      ids.push((await glossJson<{ imported: Array<{ id: string }> }>(['import', file, '--data-dir', dataDir])).imported[0]!.id);
    }
    const [asked, trashedMeanwhile] = ids as [string, string];
    await glossJson(['delete', asked, '--data-dir', dataDir]);

    // script(1) gives the command a terminal, so it asks.
    const command = ['node', join(repoRoot, 'bin', 'gloss.mjs'), 'trash', '--empty', '--data-dir', dataDir].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd: repoRoot, env: { ...process.env, LANG: 'C', LC_ALL: 'C', NO_COLOR: '1' } });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    const done = new Promise<number | null>((resolve) => child.on('close', resolve));
    const deadline = Date.now() + 60_000;
    while (!output.includes('[y/N]') && Date.now() < deadline) await sleep(50);
    expect(output).toContain('Delete 1 article and 0 claims for good?');

    await glossJson(['delete', trashedMeanwhile, '--data-dir', dataDir]);
    child.stdin.write('y\n');
    expect(await done).toBe(0);

    const trash = await glossJson<Array<{ id: string }>>(['trash', '--data-dir', dataDir]);
    expect(trash.map((a) => a.id)).toEqual([trashedMeanwhile]);
  });
});
