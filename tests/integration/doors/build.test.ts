// The desktop app runs bundled code, not the sources: build dist/electron and check that the
// bundled core worker finds its migrations, its HTML worker and the demo library on its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../helpers/corpus.js';
import { tempDir } from '../../helpers/tmp.js';

const out = join(repoRoot, 'dist', 'electron');
let dir: ReturnType<typeof tempDir>;

beforeAll(() => {
  dir = tempDir();
  const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs'), 'electron'], { cwd: repoRoot, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
}, 120_000);
afterAll(() => dir.remove());

function bundledCore(dataDir: string) {
  const worker = new Worker(join(out, 'core-worker.mjs'), { workerData: { dataDir, parentRendersPdf: false } });
  let nextId = 1;
  const ready = new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { type: string; message?: string }) => (m.type === 'ready' ? resolve() : m.type === 'failed' && reject(new Error(m.message))));
    worker.on('error', reject);
  });
  const call = (method: string, input: unknown) =>
    new Promise<{ ok: boolean; value?: unknown; error?: unknown }>((resolve) => {
      const id = nextId++;
      const onMessage = (m: { type: string; id?: number; result?: never }) => {
        if (m.type === 'result' && m.id === id) {
          worker.off('message', onMessage);
          resolve(m.result!);
        }
      };
      worker.on('message', onMessage);
      worker.postMessage({ type: 'call', id, method, input });
    });
  return { ready, call, stop: () => worker.terminate() };
}

describe('npm run build (electron)', () => {
  it('writes the main process, the CommonJS preload and the workers', () => {
    for (const file of ['main.mjs', 'preload.cjs', 'core-worker.mjs', 'html-worker.mjs', 'migrations/001-init.sql']) {
      expect(existsSync(join(out, file)), file).toBe(true);
    }
  });

  it('gives a core worker that opens a library, imports HTML through its own HTML worker, and loads the demo', async () => {
    const core = bundledCore(join(dir.path, 'data'));
    try {
      await core.ready;
      const page = '<html><head><title>Tide tables revised</title></head><body><article><h1>Tide tables revised</h1>' +
        '<p>The harbour office has revised the spring tide tables after a survey of the estuary found the channel had shifted.</p>' +
        '<p>Skippers are asked to check the new times before sailing, the office said in a notice on Friday.</p></article></body></html>';
      const imported = await core.call('articles.import', { files: [{ name: 'tides.html', dataBase64: Buffer.from(page).toString('base64') }] });
      expect(imported).toMatchObject({ ok: true, value: { imported: [{ title: 'Tide tables revised' }] } });
      const demo = await core.call('library.loadDemo', {});
      expect(demo.ok).toBe(true);
      const list = await core.call('articles.list', {});
      expect((list.value as unknown[]).length).toBeGreaterThan(1);
    } finally {
      await core.stop();
    }
  });
});
