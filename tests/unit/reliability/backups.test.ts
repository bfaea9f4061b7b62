// The backup policy, a backup a day, a check that names damaged articles, and putting them back.
import Database from 'better-sqlite3';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsToKeep, listBackups } from '../../../electron/core/backups.js';
import type { BackupInfo } from '../../../shared/model.js';
import { openTestLibrary, type TestLibrary } from '../library/harness.js';

const day = (offset: number) => new Date(Date.UTC(2026, 10, 26) - offset * 86_400_000).toISOString().slice(0, 10);
const backup = (offset: number, bytes = 1000): BackupInfo => ({ id: day(offset), takenAt: `${day(offset)}T09:00:00Z`, bytes });

describe('which backups are kept', () => {
  it('keeps one a day for a week, then one a week for a month, and none older', () => {
    const all = Array.from({ length: 60 }, (_, i) => backup(i));
    const kept = [...backupsToKeep(all, day(0))].sort().reverse();
    expect(kept.slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
    const older = kept.slice(7).map((id) => Math.round((Date.parse(day(0)) - Date.parse(id)) / 86_400_000));
    expect(older).toEqual([7, 14, 21, 28, 35]);
  });

  it('drops the oldest past the size cap but always keeps the newest', () => {
    expect([...backupsToKeep([backup(0, 600), backup(1, 600), backup(2, 600)], day(0), 1300)]).toEqual([day(0), day(1)]);
    expect([...backupsToKeep([backup(0, 5000), backup(1, 10)], day(0), 1000)]).toEqual([day(0)]);
  });
});

describe('backups and damage', () => {
  let lib: TestLibrary;
  beforeEach(async () => {
    lib = await openTestLibrary();
  });
  afterEach(() => lib.close());

  it('takes no backup of an empty library, and one a day once it has articles', async () => {
    expect(listBackups(lib.dataDir)).toEqual([]);
    await lib.call('articles.importText', { text: 'The council met on Tuesday.' });
    const taken = await lib.call('backups.create', {});
    expect(await lib.call('backups.list', {})).toEqual([taken]);
    expect(existsSync(join(lib.dataDir, 'backups', `library-${taken.id}.sqlite`))).toBe(true);
  });

  it('names an article whose stored text no longer matches its hash, and puts it back from a backup', async () => {
    const { imported } = await lib.call('articles.importText', { text: 'The council met on Tuesday and voted for the bridge.' });
    const id = imported[0]!.id;
    const { id: backupId } = await lib.call('backups.create', {});
    // A flipped byte inside the text, as a failing disk would leave it: the row is well formed.
    lib.core.db.prepare("UPDATE articles SET body = replace(body, 'Tuesday', 'Tuesdax') WHERE id = ?").run(id);

    const error = await lib.fail('articles.get', { id });
    expect(error.code).toBe('database');
    expect(error.message).toMatch(/is damaged.*Restore it from a backup/);
    const check = await lib.call('library.check', {});
    expect(check.damagedArticles).toEqual([{ id, title: imported[0]!.title }]);
    expect(await lib.call('library.lastCheck', {})).toEqual(check);

    expect(await lib.call('backups.restoreArticles', { backupId, articleIds: [id] })).toEqual({ restored: [id], notRestored: [] });
    expect((await lib.call('articles.get', { id })).body).toContain('Tuesday and voted');
    expect((await lib.call('search.query', { q: 'Tuesday' })).map((h) => h.articleId)).toEqual([id]);
    expect((await lib.call('library.lastCheck', {}))!.damagedArticles).toEqual([]);
  });

  it("puts back a text corrected since the backup with its claims on their words, and leaves one it cannot put back as it is", async () => {
    const text = 'The council met on Tuesday and voted for the bridge. The mayor said work starts in May.';
    const id = (await lib.call('articles.importText', { text })).imported[0]!.id;
    const damaged = (await lib.call('articles.importText', { text: 'A second story, to be damaged after the backup.' })).imported[0]!.id;
    const onDamaged = await lib.call('annotations.create', { articleId: damaged, start: 2, end: 8 });
    const gone = (await lib.call('articles.importText', { text: 'A third story, emptied from the trash later.' })).imported[0]!.id;
    const { id: backupId } = await lib.call('backups.create', {});
    await lib.call('articles.correctText', { id, body: `Updated: ${text}` });
    const claim = await lib.call('annotations.create', { articleId: id, start: text.indexOf('May') + 9, end: text.indexOf('May') + 12 });
    lib.core.db.prepare("UPDATE articles SET body = replace(body, 'damaged', 'damagex') WHERE id = ?").run(damaged);
    await lib.call('articles.delete', { id: gone });
    await lib.call('articles.emptyTrash', {});

    expect(await lib.call('backups.restoreArticles', { backupId, articleIds: [id, damaged, gone] })).toEqual({ restored: [id, damaged], notRestored: [gone] });
    const back = await lib.call('annotations.get', { id: claim.id });
    expect(back.orphaned).toBe(false);
    expect([back.start, back.end]).toEqual([text.indexOf('May'), text.indexOf('May') + 3]);
    // Damage only: the claims were on the text the backup has, and stay where they were.
    expect(await lib.call('annotations.get', { id: onDamaged.id })).toMatchObject({ start: 2, end: 8, orphaned: false });

    // The text in the backup is another article's now: a library holds a text once.
    await lib.call('articles.correctText', { id, body: `Updated again: ${text}` });
    const twin = (await lib.call('articles.importText', { text })).imported[0]!.id;
    expect(await lib.call('backups.restoreArticles', { backupId, articleIds: [id] })).toEqual({ restored: [], notRestored: [id] });
    expect((await lib.call('articles.get', { id })).body).toBe(`Updated again: ${text}`);
    expect((await lib.call('articles.get', { id: twin })).body).toBe(text);
  });

  it('runs a full check in the background after an unclean shutdown', async () => {
    await lib.call('articles.importText', { text: 'A report on the harbour.' });
    lib.core.close();
    // A process that had the library open and is gone without closing it.
    writeFileSync(join(lib.dataDir, 'open', '999999'), '');
    const { openCore } = await import('../../../electron/core/api.js');
    const core = await openCore(lib.dataDir);
    lib.core = core;
    const db = new Database(join(lib.dataDir, 'library.sqlite'), { readonly: true });
    expect(db.prepare("SELECT 1 FROM meta WHERE key = 'last_check'").get()).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(db.prepare("SELECT value FROM meta WHERE key = 'last_check'").pluck().get() as string)).toMatchObject({
      problems: [],
      damagedArticles: [],
    });
    db.close();
  });
});
