// Double-clicking a Gloss file: which command-line arguments are files to open, what the window
// gets for each (or why not), and that files asked for before the window exists wait for it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenQueue, openablePaths, readOpenedFile, type OpenedFile } from '../../../electron/open-files.js';
import { tempDir } from '../../helpers/tmp.js';

describe('files opened from the system', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  function files() {
    dir = tempDir('gloss-open-');
    mkdirSync(join(dir.path, 'class'));
    const made = {
      assignment: join(dir.path, 'class', 'Bridges.GLOSSASSIGNMENT'),
      answers: join(dir.path, 'ana.glossanswers'),
      exchange: join(dir.path, 'desk.gloss'),
      article: join(dir.path, 'article.txt'),
    };
    writeFileSync(made.assignment, '{"format":"gloss-assignment"}');
    writeFileSync(made.answers, '{"format":"gloss-answers"}');
    writeFileSync(made.exchange, '{}');
    writeFileSync(made.article, 'text');
    return made;
  }

  it('takes Gloss files from a command line, relative to its folder, and nothing else', () => {
    const f = files();
    const argv = ['/opt/Gloss/gloss', '--no-sandbox', '.', 'class/Bridges.GLOSSASSIGNMENT', f.answers, f.exchange, f.article, 'missing.gloss', join(dir.path, 'class')];
    expect(openablePaths(argv, dir.path)).toEqual([f.assignment, f.answers, f.exchange]);
    // A switch that happens to end like a Gloss file is still a switch.
    expect(openablePaths(['--profile=x.gloss'], dir.path)).toEqual([]);
  });

  it('hands the window the file, or a clear reason it cannot', () => {
    const f = files();
    expect(readOpenedFile(f.answers)).toEqual({ name: 'ana.glossanswers', dataBase64: Buffer.from('{"format":"gloss-answers"}').toString('base64') });
    expect(readOpenedFile(join(dir.path, 'gone.glossanswers'))).toEqual({ name: 'gone.glossanswers', error: 'gone.glossanswers cannot be read: ENOENT.' });
    expect(readOpenedFile(f.answers, 10)).toMatchObject({ error: expect.stringMatching(/^ana\.glossanswers is too large to open/) });
    expect(readOpenedFile(f.article)).toMatchObject({ error: expect.stringMatching(/not a file Gloss opens/) });
  });

  it('keeps what comes before the window in order, once each, and sends the rest at once', () => {
    const f = files();
    const got: OpenedFile[] = [];
    const queue = createOpenQueue((file) => got.push(file));
    queue.add(f.assignment);
    queue.add(f.answers, f.assignment);
    expect(got).toEqual([]);
    queue.ready();
    expect(got.map((x) => x.name)).toEqual(['Bridges.GLOSSASSIGNMENT', 'ana.glossanswers']);
    queue.add(f.exchange);
    expect(got.map((x) => x.name)).toEqual(['Bridges.GLOSSASSIGNMENT', 'ana.glossanswers', 'desk.gloss']);
    // The window closed (macOS): the next file waits for the next window.
    queue.pause();
    queue.add(f.answers);
    expect(got).toHaveLength(3);
    queue.ready();
    expect(got).toHaveLength(4);
  });
});
