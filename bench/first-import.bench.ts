// The first page a person imports in a session, into a core worker that has started (its
// language tables loaded): cold, the parse worker starting and loading the HTML parser for it,
// against the parser preloaded when the file picker opened, the person then taking PICK_MS to
// choose the file. A text file, which needs no parser, is the floor. Both as the desktop app runs
// the core (bundled) and as browser mode does (the source under tsx).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCoreWorker } from '../electron/core/worker/client.js';
import { repoRoot } from '../tests/helpers/corpus.js';
import { median } from './stats.js';

const ROUNDS = 5;
const STARTED_MS = 2500;
const PICK_MS = 1500;
const log = (...a: unknown[]) => console.error('[first-import]', ...a);

if (spawnSync(process.execPath, ['scripts/build.mjs', 'electron'], { cwd: repoRoot, stdio: ['ignore', 2, 2] }).status !== 0) throw new Error('The core did not build.');
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests', 'fixtures', name), 'utf8');
const html = fixture('import/article-with-junk.html');
const text = fixture('articles/01-harbour-bridge.txt');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Mode = 'html, cold' | 'html, preloaded' | 'text';
const MODES: Mode[] = ['html, cold', 'html, preloaded', 'text'];
const ENTRIES = {
  'desktop app (bundled core)': new URL('../dist/electron/core-worker.mjs', import.meta.url),
  'browser mode (source under tsx)': undefined,
};

async function firstImport(entry: URL | undefined, mode: Mode, round: number): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'gloss-bench-first-import-'));
  const core = await startCoreWorker({ dataDir: work, ...(entry ? { entry } : {}) });
  try {
    await sleep(STARTED_MS);
    if (mode === 'html, preloaded') await core.call('articles.preloadImport', {});
    await sleep(PICK_MS);
    const file = mode === 'text' ? { name: 'page.txt', body: `${text}\n\n${round}` } : { name: 'page.html', body: html.replace('<title>', `<title>${round} `) };
    const started = performance.now();
    const result = await core.call('articles.import', { files: [{ name: file.name, dataBase64: Buffer.from(file.body).toString('base64') }] });
    const ms = performance.now() - started;
    if (!result.ok || (result.value as { imported: unknown[] }).imported.length !== 1) throw new Error(`${mode}: ${JSON.stringify(result)}`);
    return ms;
  } finally {
    await core.close();
    rmSync(work, { recursive: true, force: true });
  }
}

const rows: string[] = [];
for (const [where, entry] of Object.entries(ENTRIES)) {
  const times = new Map<Mode, number[]>(MODES.map((m) => [m, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Each round in another order, so that no mode always runs on a machine warmed by another.
    for (const mode of round % 2 ? [...MODES].reverse() : MODES) times.get(mode)!.push(await firstImport(entry, mode, round));
    log(where, 'round', round + 1);
  }
  const cell = (m: Mode) => `${Math.round(median(times.get(m)!))} (${times.get(m)!.map(Math.round).join(', ')})`;
  rows.push(`| ${where} | ${cell('html, cold')} | ${cell('html, preloaded')} | ${cell('text')} |`);
}

console.log(
  [
    '### The first page imported in a session',
    '',
    `One HTML page (\`tests/fixtures/import/article-with-junk.html\`) imported into a fresh library, the core worker started ${STARTED_MS / 1000} s before (its language tables loaded), timed from the call to the answer; the median of ${ROUNDS} runs, each run in brackets. "Cold": the parse worker starts and loads linkedom and Readability for the page. "Preloaded": the app asked for them when the file picker opened or files were dragged over the window (\`articles.preloadImport\`), ${PICK_MS / 1000} s before the person chose the file. The floor is a text file, which needs no parser.`,
    '',
    '| core | HTML page, cold, ms | HTML page, preloaded, ms | text file, ms |',
    '|---|---:|---:|---:|',
    ...rows,
  ].join('\n'),
);
