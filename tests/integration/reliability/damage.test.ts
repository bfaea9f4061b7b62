// A failing disk: 30 times, one random 4 KB page of a library file (a quarter of one of its
// 16 KB database pages, as a disk's sectors fail) is overwritten with random bytes.
// Each time either no article's text changed, or Gloss names the damaged articles (or refuses
// the damaged file) and the latest backup brings every article back as it was.
import { copyFileSync, openSync, readdirSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/core/api.js';
import { restoreLibraryFile } from '../../../electron/core/backups.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { GlossError } from '../../../electron/core/errors.js';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract/index.js';
import type { Result } from '../../../shared/result.js';
import { tempDir } from '../../helpers/tmp.js';

const tmp = tempDir('gloss-damage-');
const dataDir = join(tmp.path, 'data');
const library = join(dataDir, 'library.sqlite');
const pristine = join(tmp.path, 'pristine.sqlite');
const originals = new Map<string, string>();
let backupId = '';

async function call<M extends MethodName>(core: Core, method: M, input: InputOf<M>): Promise<Result<ResultOf<M>>> {
  return (await dispatch(core.api, method, input)) as Result<ResultOf<M>>;
}
async function value<M extends MethodName>(core: Core, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const r = await call(core, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** A small deterministic generator (mulberry32), so a failing trial can be run again. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  const core = await openCore(dataDir);
  const files = Array.from({ length: 60 }, (_, i) => ({
    name: `story-${i}.txt`,
    dataBase64: Buffer.from(`Story ${i}\n\n${`Paragraph ${i}: the port authority said the dredging would finish in ${2020 + (i % 9)}. `.repeat(20 + (i % 7) * 30)}`).toString('base64'),
  }));
  const report = await value(core, 'articles.import', { files });
  expect(report.imported).toHaveLength(60);
  for (const a of report.imported) originals.set(a.id, (await value(core, 'articles.get', { id: a.id })).body);
  backupId = (await value(core, 'backups.create', {})).id;
  core.close();
  copyFileSync(library, pristine);
});
afterAll(() => tmp.remove());

/** Every article's text as Gloss reads it, or the error it gives. */
async function readAll(core: Core): Promise<Map<string, string | null>> {
  const read = new Map<string, string | null>();
  for (const id of originals.keys()) {
    const r = await call(core, 'articles.get', { id });
    read.set(id, r.ok ? r.value.body : null);
  }
  return read;
}

function expectAllAsBefore(core: Core): Promise<void> {
  return readAll(core).then((read) => {
    for (const [id, body] of originals) expect(read.get(id), id).toBe(body);
  });
}

async function restoreWholeLibrary(core: Core | null): Promise<Core> {
  core?.close();
  restoreLibraryFile(dataDir, backupId);
  return openCore(dataDir);
}

it('finds and repairs 30 random page overwrites', { timeout: 120_000 }, async () => {
  const pageSize = 4096;
  const pages = statSync(pristine).size / pageSize;
  const next = random(20261126);
  const outcomes: string[] = [];
  for (let trial = 0; trial < 30; trial++) {
    for (const f of readdirSync(dataDir)) if (f.startsWith('library.sqlite')) rmSync(join(dataDir, f));
    copyFileSync(pristine, library);
    const page = Math.floor(next() * pages);
    const fd = openSync(library, 'r+');
    writeSync(fd, Buffer.from(Array.from({ length: pageSize }, () => Math.floor(next() * 256))), 0, pageSize, page * pageSize);
    closeSync(fd);

    let core: Core;
    try {
      core = await openCore(dataDir);
    } catch (e) {
      // Refused at the door: the file is damaged; the whole library comes back from the backup.
      expect(e, `trial ${trial}, page ${page}`).toBeInstanceOf(GlossError);
      expect((e as GlossError).code).toBe('database');
      core = await restoreWholeLibrary(null);
      await expectAllAsBefore(core);
      core.close();
      outcomes.push(`page ${page}: refused, library restored`);
      continue;
    }
    const check = await value(core, 'library.check', {});
    const named = new Set(check.damagedArticles.map((a) => a.id));
    const read = await readAll(core);
    const changed = [...originals].filter(([id, body]) => read.get(id) !== body).map(([id]) => id);
    for (const id of changed) expect(named.has(id), `trial ${trial}, page ${page}: article ${id} changed unannounced`).toBe(true);
    if (named.size === 0) {
      outcomes.push(check.problems.length ? `page ${page}: structure damaged, no text changed` : `page ${page}: nothing changed`);
      core.close();
      continue;
    }
    const restored = await call(core, 'backups.restoreArticles', { backupId, articleIds: [...named] });
    if (restored.ok && restored.value.notRestored.length === 0) {
      outcomes.push(`page ${page}: ${named.size} named, restored from the backup`);
    } else {
      // The damage is in a page a repair in place cannot write through: the whole library.
      core = await restoreWholeLibrary(core);
      outcomes.push(`page ${page}: ${named.size} named, library restored`);
    }
    await expectAllAsBefore(core);
    core.close();
  }
  console.log(outcomes.join('\n'));
  expect(outcomes).toHaveLength(30);
});
