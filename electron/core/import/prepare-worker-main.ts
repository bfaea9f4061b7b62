// The prepare worker: makes a chunk of files ready to store, for prepare-pool.ts.
import { parentPort } from 'node:worker_threads';
import { GlossError } from '../errors.js';
import type { PrepareReply, PrepareRequest, Prepared } from './prepare-pool.js';
import { prepareToStore, type StoredArticle } from './stored.js';

function serialise(result: PromiseSettledResult<StoredArticle>): Prepared {
  if (result.status === 'fulfilled') return { ok: true, value: result.value };
  const e = result.reason as unknown;
  return e instanceof GlossError ? { ok: false, code: e.code, message: e.message } : { ok: false, code: null, message: (e as Error)?.message ?? String(e) };
}

const port = parentPort!;
port.on('message', async (req: PrepareRequest) => {
  const results = (await prepareToStore(req.files)).map(serialise);
  const transfer = results.flatMap((r) => (r.ok ? [r.value.originalGzip.buffer as ArrayBuffer] : []));
  port.postMessage({ id: req.id, results } satisfies PrepareReply, transfer);
});
