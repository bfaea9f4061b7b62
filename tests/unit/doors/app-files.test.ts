// What the window's files look like through either door: the right file and type, never
// anything outside the built renderer.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { answerAppFile, resolveAppFile } from '../../../electron/app-files.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
let root: string;

beforeEach(() => {
  dir = tempDir();
  root = join(dir.path, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Gloss</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(root, 'assets', 'mount-D8lceyec.js'), 'console.log(2)');
  writeFileSync(join(dir.path, 'secret.txt'), 'outside');
});
afterEach(() => dir.remove());

describe('resolveAppFile', () => {
  it('serves the page for / and for app routes, and assets with their types', async () => {
    expect(await resolveAppFile(root, '/')).toMatchObject({ path: join(root, 'index.html'), type: 'text/html; charset=utf-8', isHtml: true });
    expect(await resolveAppFile(root, '/library')).toMatchObject({ path: join(root, 'index.html') });
    expect(await resolveAppFile(root, '/assets/app.js')).toMatchObject({ type: 'text/javascript; charset=utf-8', isHtml: false });
    expect(await resolveAppFile(root, '/assets/app.css')).toMatchObject({ type: 'text/css; charset=utf-8' });
    expect(await resolveAppFile(root, '/assets/missing.js')).toBeNull();
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..\\secret.txt',
    '/assets/app.js%00.html',
    '/%E0%A4%A',
  ])('never leaves the renderer folder: %s', async (path) => {
    const file = await resolveAppFile(root, path);
    expect(file?.path ?? null).not.toBe(join(dir.path, 'secret.txt'));
    if (file) expect(file.path.startsWith(root)).toBe(true);
  });

  it('does not follow a symlink out of the folder', async () => {
    symlinkSync(join(dir.path, 'secret.txt'), join(root, 'assets', 'link.txt'));
    expect(await resolveAppFile(root, '/assets/link.txt')).toBeNull();
  });

  it('answers null when the renderer has not been built', async () => {
    expect(await resolveAppFile(join(dir.path, 'nothing-here'), '/')).toBeNull();
  });

  it('lets the browser keep the files the build named by their content, never the page that names them', async () => {
    const cacheOf = async (path: string) => {
      const answer = await answerAppFile(root, path);
      return answer.status === 200 ? answer.headers['cache-control'] : answer.status;
    };
    expect(await cacheOf('/assets/mount-D8lceyec.js')).toBe('max-age=31536000, immutable');
    expect(await cacheOf('/')).toBe('no-cache');
    expect(await cacheOf('/library')).toBe('no-cache');
    expect(await cacheOf('/assets/app.js')).toBe('no-cache');
  });
});
