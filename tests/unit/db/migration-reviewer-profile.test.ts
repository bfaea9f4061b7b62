// The reviewer-profile migration: a library from before it gains the table, keeps its articles,
// and holds at most one profile.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';
import { NOW, insertArticle, libraryBefore } from './older-library.js';

describe('migration: reviewer_profile', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades the library before it and allows one profile row', async () => {
    dir = tempDir('gloss-mig-profile-');
    const file = join(dir.path, 'library.sqlite');
    const { all, at } = await libraryBefore(file, 'reviewer-profile.sql', (db) => insertArticle(db));

    const db = await openDatabase(file, { migrations: all.slice(0, at + 1), backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT title FROM articles WHERE id = ?').get('a1')).toEqual({ title: 'T' });
    db.prepare("INSERT INTO reviewer_profile (id, name, updated_at) VALUES (1, 'Ana', ?)").run(NOW);
    expect(() => db.prepare("INSERT INTO reviewer_profile (id, name, updated_at) VALUES (2, 'Bo', ?)").run(NOW)).toThrow(/CHECK/);
    db.close();
  });
});
