// `gloss export` onto a full disk: a sentence a person can act on, no stack trace, and the file
// that was there before is left as it was. The disk is a tiny tmpfs where this machine lets a
// test mount one (root on Linux); elsewhere the test is skipped with a message.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/model.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss, glossJson } from '../cli/run.js';

const tmp = tempDir('gloss-disk-full-');
const disk = join(tmp.path, 'disk');
let mounted = false;

beforeAll(() => {
  mkdirSync(disk);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk], { stdio: 'ignore' });
    mounted = true;
  } catch {
    console.warn('disk-full-cli: cannot mount a small tmpfs here (needs root on Linux); skipped.');
  }
});
afterAll(() => {
  if (mounted) execFileSync('umount', [disk]);
  tmp.remove();
});

it('reports disk_full in plain words and keeps the earlier file', { timeout: 60_000 }, async (t) => {
  if (!mounted) return t.skip();
  const home = ['--data-dir', join(tmp.path, 'home')];
  const demo = await glossJson<ImportReport>(['demo', ...home]);
  const target = join(disk, 'report.html');
  writeFileSync(target, 'the report from yesterday');
  try {
    writeFileSync(join(disk, 'filler'), Buffer.alloc(1024 * 1024));
  } catch {
    // The disk is now full.
  }

  const run = await gloss(['export', 'html', '--article', demo.imported[0]!.id, '--out', target, ...home]);
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/^gloss: The disk is full.*Free some space/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(target, 'utf8')).toBe('the report from yesterday');
  expect(readdirSync(disk).sort()).toEqual(['filler', 'report.html']);

  const json = await gloss(['export', 'html', '--article', demo.imported[0]!.id, '--out', target, ...home, '--json']);
  expect(JSON.parse(json.stdout).error.code).toBe('disk_full');
});
