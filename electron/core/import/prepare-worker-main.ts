// A preparing helper: makes its share of an import's text and Markdown files ready to store while
// the core worker writes (prepare-pool.ts). Nothing here touches the library.
import { parentPort } from 'node:worker_threads';
import { GlossError } from '../errors.js';
import { languageDetector } from './language.js';
import type { HelperReady, PrepareReply, PrepareRequest } from './prepare-pool.js';
import { prepareToStore } from './stored.js';

const port = parentPort!;
port.on('message', async ({ id, files }: PrepareRequest) => {
  const settled = await prepareToStore(files);
  const results: PrepareReply['results'] = settled.map((s) =>
    s.status === 'fulfilled'
      ? { ok: true, value: s.value }
      : s.reason instanceof GlossError
        ? { ok: false, error: s.reason.toApiError() }
        : { ok: false, unexpected: s.reason instanceof Error ? s.reason.message : String(s.reason) },
  );
  port.postMessage({ id, results } satisfies PrepareReply);
});

await languageDetector();
port.postMessage({ ready: true } satisfies HelperReady);
