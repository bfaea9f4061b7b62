// A writer that cannot get in, and a disk with no room: codes a door can act on, never `internal`.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openTestLibrary, type TestLibrary } from '../library/harness.js';

let lib: TestLibrary;
beforeEach(async () => {
  lib = await openTestLibrary();
});
afterEach(() => lib.close());

it('answers busy, naming the other Gloss, when another writer holds the library too long', async () => {
  lib.core.db.pragma('busy_timeout = 100');
  const other = new Database(join(lib.dataDir, 'library.sqlite'));
  other.prepare('BEGIN IMMEDIATE').run();
  try {
    const error = await lib.fail('collections.create', { name: 'Harbour' });
    expect(error.code).toBe('busy');
    expect(error.message).toMatch(/Another Gloss is writing to this library/);
    const report = await lib.call('articles.importText', { text: 'A short article about the harbour.' });
    expect(report.failed.map((f) => f.code)).toEqual(['busy']);
  } finally {
    other.prepare('ROLLBACK').run();
    other.close();
  }
  expect((await lib.call('collections.create', { name: 'Harbour' })).name).toBe('Harbour');
});

it('answers disk_full with a sentence a person can act on when SQLite has no room', async () => {
  const pages = lib.core.db.pragma('page_count', { simple: true }) as number;
  lib.core.db.pragma(`max_page_count = ${pages}`);
  const report = await lib.call('articles.importText', { text: 'A paragraph of words about the harbour.\n\n'.repeat(5_000) });
  expect(report.failed).toHaveLength(1);
  expect(report.failed[0]!.code).toBe('disk_full');
  expect(report.failed[0]!.message).toMatch(/disk is full.*Free some space/);
  lib.core.db.pragma('max_page_count = 1073741823');
  expect((await lib.call('articles.importText', { text: 'A paragraph of words about the harbour.\n\n'.repeat(5_000) })).imported).toHaveLength(1);
});
