// What Gloss refuses to open is left byte for byte as it was, its WAL and -shm included; an
// older library without the application id is adopted.
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { GLOSS_APPLICATION_ID } from '../../../electron/core/library-file.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = join(dir.path, 'library.sqlite');
});
afterEach(() => dir.remove());

/** Every file in the folder with the SHA-256 of its bytes. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir.path)
      .sort()
      .map((f) => [f, createHash('sha256').update(readFileSync(join(dir.path, f))).digest('hex')]),
  );
}

/** Runs SQL in another process that exits without closing, so its WAL and -shm stay behind
 * uncheckpointed, as after a crash. */
function writeAndCrash(sql: string): void {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(${JSON.stringify(file)});
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec(${JSON.stringify(sql)});
    process.exit(0);`;
  execFileSync(process.execPath, ['-e', script], { cwd: process.cwd() });
}

it('refuses an SQLite file of another program, WAL and all, and changes no byte', async () => {
  writeAndCrash("CREATE TABLE foo (x); INSERT INTO foo VALUES ('their data');");
  expect(existsSync(`${file}-wal`)).toBe(true);
  const before = snapshot();
  const error = await glossErrorOf(openDatabase(file));
  expect(error.code).toBe('database');
  expect(error.message).toMatch(/database of another program, not a Gloss library/);
  expect(snapshot()).toEqual(before);
});

it('refuses a database that carries another application id', async () => {
  const other = new Database(file);
  other.pragma('application_id = 1234');
  other.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)');
  other.close();
  const before = snapshot();
  expect((await glossErrorOf(openDatabase(file))).message).toMatch(/another program/);
  expect(snapshot()).toEqual(before);
});

it('refuses a 0-byte library.sqlite instead of making a new library of it', async () => {
  writeFileSync(file, '');
  const error = await glossErrorOf(openDatabase(file));
  expect(error.message).toMatch(/empty file \(0 bytes\)/);
  expect(snapshot()).toEqual({ 'library.sqlite': createHash('sha256').update('').digest('hex') });
});

it('refuses a library of a newer Gloss without merging its WAL', async () => {
  (await openDatabase(file)).close();
  writeAndCrash("PRAGMA user_version = 999; INSERT INTO meta (key, value) VALUES ('from', 'the future');");
  const before = snapshot();
  expect(Object.keys(before)).toEqual(['library.sqlite', 'library.sqlite-shm', 'library.sqlite-wal']);
  const error = await glossErrorOf(openDatabase(file));
  expect(error.message).toMatch(/newer version of Gloss \(schema 999/);
  expect(snapshot()).toEqual(before);
});

it('marks a new library with the Gloss application id', async () => {
  const db = await openDatabase(file);
  expect(db.pragma('application_id', { simple: true })).toBe(GLOSS_APPLICATION_ID);
  db.close();
});

it('adopts a library made before the application id, with its data', async () => {
  const db = await openDatabase(file);
  db.prepare("INSERT INTO meta (key, value) VALUES ('kept', 'yes')").run();
  db.pragma('application_id = 0');
  db.close();
  const reopened = await openDatabase(file);
  expect(reopened.pragma('application_id', { simple: true })).toBe(GLOSS_APPLICATION_ID);
  expect(reopened.prepare("SELECT value FROM meta WHERE key = 'kept'").pluck().get()).toBe('yes');
  reopened.close();
});
