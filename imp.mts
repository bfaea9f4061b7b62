import { readFileSync } from 'node:fs';
import { prepareFile, closeHtmlWorker } from './electron/core/import/index.ts';
for (const f of process.argv.slice(2)) {
  try { const a = await prepareFile(f.split('/').pop()!, new Uint8Array(readFileSync(f)));
  console.log('==', f, '|', a.title, '|', a.author, '|', a.outlet, '|', a.publishedAt, '|', a.language, JSON.stringify(a.leftOut)); console.log(a.blocks.map((b) => `${b.kind}: ${a.body.slice(b.start, b.end)}`).join('\n')); }
  catch (e) { console.log('==', f, 'ERR', (e as Error).message); }
}
await closeHtmlWorker();
