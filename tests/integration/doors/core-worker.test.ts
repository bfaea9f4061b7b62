// The core worker as Electron's main process and the host use it: calls in, results and events
// out, and a library it cannot open reported as the person would need to hear it.
import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCoreWorker, type CoreWorker } from '../../../electron/core/worker/client.js';
import { tempDir } from '../../helpers/tmp.js';

const article = `Harbour reopens after storm

The harbour at Elmsport reopened on Tuesday after three days of closure, the port authority said.

Fishing boats returned to their moorings by noon, and the ferry to the islands resumed its schedule.`;

let dir: ReturnType<typeof tempDir>;
let core: CoreWorker | null = null;

beforeEach(() => {
  dir = tempDir();
});
afterEach(async () => {
  await core?.close();
  core = null;
  dir.remove();
});

describe('core worker', () => {
  it('answers calls and forwards the progress of an import', async () => {
    core = await startCoreWorker({ dataDir: dir.path });
    const events: Array<[string, unknown]> = [];
    core.onEvent((event, payload) => events.push([event, payload]));

    const file = { name: 'harbour.txt', dataBase64: Buffer.from(article).toString('base64') };
    const imported = await core.call('articles.import', { files: [file] });
    expect(imported).toMatchObject({ ok: true });

    const list = await core.call('articles.list', {});
    expect(list.ok && (list.value as Array<{ title: string }>).map((a) => a.title)).toEqual(['Harbour reopens after storm']);
    expect(events.some(([event]) => event === 'import.progress')).toBe(true);
  });

  it('drops the searches a newer key from the same page made stale, answering them cancelled, and runs only the last', async () => {
    core = await startCoreWorker({ dataDir: dir.path });
    const files = Array.from({ length: 200 }, (_, i) => ({
      name: `harbour-${i}.txt`,
      dataBase64: Buffer.from(`${article}\n\nUpdate ${i}: the harbour master spoke of ${'repairs '.repeat(i % 7)}plans.`).toString('base64'),
    }));
    // The worker is busy importing while the keys come in.
    const importing = core.call('articles.import', { files });
    const keys = ['h', 'ha', 'har', 'harb', 'harbo'].map((q) => core!.call('search.query', { q }, 'page-1'));
    const otherPage = core.call('search.query', { q: 'ferr' }, 'page-2');
    const noClient = core.call('search.query', { q: 'isla' });
    const results = await Promise.all(keys);
    expect(await importing).toMatchObject({ ok: true });

    expect(results.slice(0, 4).map((r) => !r.ok && r.error.code)).toEqual(['cancelled', 'cancelled', 'cancelled', 'cancelled']);
    // The last key's search ran (imports commit in batches, so it may see only part of them).
    const last = results[4]!;
    expect(last.ok && Array.isArray(last.value)).toBe(true);
    const after = await core.call('search.query', { q: 'harbo' }, 'page-1');
    expect(after.ok && (after.value as unknown[]).length).toBe(50);
    // Another page's search and a script's (no client) are not touched.
    expect((await otherPage).ok).toBe(true);
    expect((await noClient).ok).toBe(true);
  });

  it('returns typed errors for unknown methods and invalid input', async () => {
    core = await startCoreWorker({ dataDir: dir.path });
    expect(await core.call('articles.explode', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.call('articles.get', { id: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.call('articles.get', { id: 'no-such-article' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a damaged library file with a database error and leaves it byte for byte as it was', async () => {
    const file = join(dir.path, 'library.sqlite');
    const garbage = Buffer.from('This is not a database. '.repeat(400));
    writeFileSync(file, garbage);
    await expect(startCoreWorker({ dataDir: dir.path })).rejects.toMatchObject({ code: 'database', message: expect.stringContaining('library.sqlite') });
    expect(readFileSync(file).equals(garbage)).toBe(true);
  });

  it('refuses a library written by a newer Gloss, saying to update, and leaves it as it was', async () => {
    const first = await startCoreWorker({ dataDir: dir.path });
    await first.close();
    const file = join(dir.path, 'library.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);
    await expect(startCoreWorker({ dataDir: dir.path })).rejects.toMatchObject({ code: 'database', message: expect.stringMatching(/newer version of Gloss/) });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('answers "unavailable" once closed, instead of hanging', async () => {
    const closing = await startCoreWorker({ dataDir: dir.path });
    await closing.close();
    expect(await closing.call('library.info', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('asks its parent to render PDFs when the parent can', async () => {
    const asked: string[] = [];
    core = await startCoreWorker({
      dataDir: dir.path,
      renderPdf: async (html) => {
        asked.push(html);
        return new TextEncoder().encode('%PDF-1.7 stand-in');
      },
    });
    const imported = await core.call('articles.importText', { text: article });
    expect(imported.ok).toBe(true);
    const id = imported.ok ? (imported.value as { imported: Array<{ id: string }> }).imported[0]!.id : '';
    const pdf = await core.call('exports.run', { format: 'pdf', articleId: id });
    expect(pdf).toMatchObject({ ok: true });
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('Harbour reopens after storm');
    expect(pdf.ok && Buffer.from((pdf.value as { dataBase64: string }).dataBase64, 'base64').toString()).toBe('%PDF-1.7 stand-in');
  });
});
