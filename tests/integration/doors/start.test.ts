// `npm start` on a machine without the Electron binary (like this one): one line saying so,
// then browser mode with its tokened address, and a clean stop.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

const electronInstalled = existsSync(join(repoRoot, 'node_modules', 'electron', 'path.txt'));
const dir = tempDir();
afterAll(() => dir.remove());

describe.skipIf(electronInstalled)('npm start without Electron', () => {
  it('says so in one line, serves browser mode on 127.0.0.1 with a token, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(repoRoot, 'scripts', 'start.mjs'), '--no-open', '--data-dir', join(dir.path, 'data')], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        output += c.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(output);
        if (match) resolve(match[0]);
      });
      child.on('exit', () => reject(new Error(`npm start ended early:\n${output}`)));
    });
    expect(output.split('\n')[0]).toBe('Electron is not installed on this machine; starting Gloss in browser mode instead.');

    const entry = await fetch(url, { redirect: 'manual' });
    const cookie = String(entry.headers.get('set-cookie')).split(';')[0]!;
    const info = await fetch(new URL('/api/library.info', url), { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{}' });
    expect(await info.json()).toMatchObject({ ok: true, value: { dataDir: join(dir.path, 'data') } });

    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }, 180_000);
});
