// Two programs writing to one library at once: the CLI importing a thousand files while three
// clients of browser mode create claims. Every file and every claim must land, with no error.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHost, type Host } from '../../../electron/host/server.js';
import type { Result } from '../../../shared/result.js';
import { tempDir } from '../../helpers/tmp.js';
import { gloss } from '../cli/run.js';

let dir: ReturnType<typeof tempDir>;
let host: Host;

async function api<T>(method: string, input: unknown): Promise<Result<T>> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gloss-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as Result<T>;
}

beforeAll(async () => {
  dir = tempDir();
  host = await startHost({ dataDir: join(dir.path, 'data'), staticDir: dir.path });
});
afterAll(async () => {
  await host?.close();
  dir.remove();
});

it('imports 1,000 files from the CLI while three browser-mode clients create claims', { timeout: 180_000 }, async () => {
  const seeded = await api<{ imported: Array<{ id: string }> }>('articles.importText', {
    text: 'The minister said the bridge would open in May. Critics disagreed.',
    title: 'Seed',
  });
  if (!seeded.ok) throw new Error(seeded.error.message);
  const articleId = seeded.value.imported[0]!.id;

  const files = join(dir.path, 'files');
  mkdirSync(files);
  const paths = Array.from({ length: 1000 }, (_, i) => {
    const path = join(files, `article-${i}.txt`);
    writeFileSync(path, `Article ${i}\n\n${`Paragraph ${i} of a story about the harbour, told at length. `.repeat(60)}`);
    return path;
  });

  let importing = true;
  const cli = gloss(['import', ...paths, '--data-dir', join(dir.path, 'data'), '--json']).finally(() => (importing = false));
  const errors: string[] = [];
  const created: string[] = [];
  const client = async () => {
    // Keep writing for as long as the import runs, and at least a few times.
    for (let n = 0; importing || n < 5; n++) {
      const r = await api<{ id: string }>('annotations.create', { articleId, start: 4, end: 12, note: `claim ${n}` });
      if (r.ok) created.push(r.value.id);
      else errors.push(`${r.error.code}: ${r.error.message}`);
    }
  };
  const [run] = await Promise.all([cli, client(), client(), client()]);

  expect(errors).toEqual([]);
  const report = JSON.parse(run.stdout) as { imported: unknown[]; failed: Array<{ message: string }> };
  expect(report.failed.slice(0, 3)).toEqual([]);
  expect(report.imported).toHaveLength(1000);
  expect(run.code).toBe(0);

  const stored = await api<Array<{ id: string }>>('annotations.list', { articleId });
  if (!stored.ok) throw new Error(stored.error.message);
  expect(new Set(stored.value.map((a) => a.id))).toEqual(new Set(created));
  const listed = await api<unknown[]>('articles.list', {});
  expect(listed.ok && listed.value.length).toBe(1001);
});
