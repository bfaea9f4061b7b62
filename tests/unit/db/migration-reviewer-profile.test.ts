// The reviewer-profile migration: a library from before it gains the table, keeps its articles,
// and holds at most one profile.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../../electron/core/db.js';
import { tempDir } from '../../helpers/tmp.js';

describe('migration: reviewer_profile', () => {
  let dir: ReturnType<typeof tempDir>;
  afterEach(() => dir.remove());

  it('upgrades the library before it and allows one profile row', async () => {
    dir = tempDir('gloss-mig-profile-');
    const file = join(dir.path, 'library.sqlite');
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name.endsWith('reviewer-profile.sql'));
    expect(at).toBeGreaterThan(0);
    const before = await openDatabase(file, { migrations: all.slice(0, at) });
    const now = '2024-05-07T10:00:00.000Z';
    before.prepare(
      `INSERT INTO articles (id, title, direction, body, blocks, content_hash, created_at, updated_at)
       VALUES ('a1', 'T', 'ltr', 'Some text here.', '[]', 'h', ?, ?)`,
    ).run(now, now);
    before.close();

    const db = await openDatabase(file, { migrations: all.slice(0, at + 1), backupPath: () => join(dir.path, 'before.bak') });
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT title FROM articles WHERE id = ?').get('a1')).toEqual({ title: 'T' });
    db.prepare("INSERT INTO reviewer_profile (id, name, updated_at) VALUES (1, 'Ana', ?)").run(now);
    expect(() => db.prepare("INSERT INTO reviewer_profile (id, name, updated_at) VALUES (2, 'Bo', ?)").run(now)).toThrow(/CHECK/);
    db.close();
  });
});
