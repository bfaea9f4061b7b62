import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase, type Migration } from '../../../electron/core/db.js';
import { glossErrorOf } from '../../helpers/errors.js';
import { tempDir } from '../../helpers/tmp.js';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => dir.remove());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function migration(version: number, sql: string): Migration {
  return { version, name: `${String(version).padStart(3, '0')}-test.sql`, sql, hash: createHash('sha256').update(sql).digest('hex') };
}


describe('opening a library', () => {
  it('creates a new library at the latest schema with durable settings', async () => {
    const file = join(dir.path, 'library.sqlite');
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations().length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['articles', 'annotations', 'tags', 'claim_links', 'annotation_history', 'articles_fts', 'notes_fts']));
    db.close();
  });

  it('reopens an existing library without migrating or backing it up again', async () => {
    const file = join(dir.path, 'library.sqlite');
    (await openDatabase(file)).close();
    (await openDatabase(file)).close();
    expect(readdirSync(dir.path).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  it('backs the file up before upgrading it, and the backup opens at the old version', async () => {
    const file = join(dir.path, 'library.sqlite');
    const v1 = migration(1, 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE notes (text TEXT);');
    const first = await openDatabase(file, { migrations: [v1] });
    first.prepare('INSERT INTO notes VALUES (?)').run('kept through the upgrade');
    first.close();

    const backup = join(dir.path, 'before-upgrade.sqlite');
    const v2 = migration(2, 'ALTER TABLE notes ADD COLUMN author TEXT;');
    const db = await openDatabase(file, { migrations: [v1, v2], backupPath: () => backup });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT text FROM notes').pluck().get()).toBe('kept through the upgrade');
    db.close();

    const old = new Database(backup, { readonly: true });
    expect(old.pragma('user_version', { simple: true })).toBe(1);
    expect(old.prepare('SELECT text FROM notes').pluck().get()).toBe('kept through the upgrade');
    old.close();
  });

  it('rolls back a failing migration and leaves the library at its old version', async () => {
    const file = join(dir.path, 'library.sqlite');
    const v1 = migration(1, 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);');
    (await openDatabase(file, { migrations: [v1] })).close();
    const broken = migration(2, 'CREATE TABLE half (x); THIS IS NOT SQL;');
    await expect(openDatabase(file, { migrations: [v1, broken], backupPath: () => join(dir.path, 'b.sqlite') })).rejects.toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuses a library written by a newer Gloss and leaves it untouched', async () => {
    const file = join(dir.path, 'library.sqlite');
    const future = new Database(file);
    future.pragma('user_version = 999');
    future.close();
    const before = sha(file);
    const error = await glossErrorOf(openDatabase(file));
    expect(error.code).toBe('database');
    expect(error.message).toMatch(/newer version of Gloss/);
    expect(sha(file)).toBe(before);
  });

  it('refuses a file that is not a library and never overwrites it', async () => {
    const file = join(dir.path, 'library.sqlite');
    writeFileSync(file, 'these are somebody\u2019s notes, not a database\n'.repeat(200));
    const before = sha(file);
    const error = await glossErrorOf(openDatabase(file));
    expect(error.code).toBe('database');
    expect(error.message).toMatch(/not a Gloss library or is damaged/);
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a damaged library and never overwrites it', async () => {
    const file = join(dir.path, 'library.sqlite');
    const db = await openDatabase(file);
    const insert = db.prepare(
      "INSERT INTO articles (id, title, body, blocks, content_hash, created_at, updated_at) VALUES (?, 't', ?, '[]', ?, '', '')",
    );
    db.transaction(() => {
      for (let i = 0; i < 300; i++) insert.run(`a${i}`, 'word '.repeat(400), `h${i}`);
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Scribble over pages in the middle of the file, as a failing disk would.
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 8192, 8192 + 4096 * 4);
    writeFileSync(file, bytes);
    const before = sha(file);
    const error = await glossErrorOf(openDatabase(file));
    expect(error.code).toBe('database');
    expect(sha(file)).toBe(before);
  });

  it('refuses to run against a migration that was edited after it was applied', async () => {
    const file = join(dir.path, 'library.sqlite');
    const v1 = migration(1, 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);');
    (await openDatabase(file, { migrations: [v1] })).close();
    const edited = migration(1, 'CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); -- edited');
    const error = await glossErrorOf(openDatabase(file, { migrations: [edited] }));
    expect(error.message).toMatch(/changed after it was applied/);
  });
});
