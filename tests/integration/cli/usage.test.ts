// What the command line says when it is used wrongly, or asked for help.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/tmp.js';
import { gloss } from './run.js';

describe('gloss usage', { timeout: 90_000 }, () => {
  const tmp = tempDir('gloss-cli-usage-');
  afterAll(() => tmp.remove());

  it('explains itself with --help and gives its version', async () => {
    const help = await gloss(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['import', 'list', 'show', 'search', 'tags', 'annotate', 'export', 'demo', 'backup']) {
      expect(help.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    const version = await gloss(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('refuses an unknown option with the command usage and exit status 2', async () => {
    const run = await gloss(['list', '--colour', '--data-dir', tmp.path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--colour'");
    expect(run.stderr).toContain('Usage: gloss list');
  });

  it('refuses an unknown command and a missing --quote with exit status 2', async () => {
    const unknown = await gloss(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    const noQuote = await gloss(['annotate', 'abc', '--data-dir', tmp.path]);
    expect(noQuote.code).toBe(2);
    expect(noQuote.stderr).toContain('--quote');
  });

  it('says so when the library file is not a library, and leaves it as it was', async () => {
    const dir = join(tmp.path, 'damaged');
    const file = join(dir, 'library.sqlite');
    mkdirSync(dir);
    writeFileSync(file, 'these are not the bytes of a database');
    const run = await gloss(['list', '--data-dir', dir]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^gloss: .*library\.sqlite is not a Gloss library or is damaged/);
    expect(run.stderr).not.toMatch(/at \w+ \(/); // a message, not a stack trace
    expect(readFileSync(file, 'utf8')).toBe('these are not the bytes of a database');
  });
});
