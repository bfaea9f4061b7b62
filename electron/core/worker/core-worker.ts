// The worker thread that owns the library's one writing connection: it opens the core and answers
// calls through dispatch, so the thread that serves the window never waits on the database.
import { parentPort, workerData } from 'node:worker_threads';
import { openCore, type Core } from '../api.js';
import { dispatch } from '../dispatch.js';
import { GlossError, knownFailure } from '../errors.js';
import { watchOutsideChanges } from '../outside-changes.js';
import { languageDetector } from '../import/language.js';
import type { CoreWorkerData, FromWorker, ToWorker } from './messages.js';

const port = parentPort!;
const { dataDir, parentRendersPdf } = workerData as CoreWorkerData;

function post(message: FromWorker): void {
  port.postMessage(message);
}

const pdfRequests = new Map<number, { resolve(data: Uint8Array): void; reject(e: Error): void }>();
let nextPdfId = 1;

function renderPdfInParent(html: string): Promise<Uint8Array> {
  const id = nextPdfId++;
  return new Promise((resolve, reject) => {
    pdfRequests.set(id, { resolve, reject });
    post({ type: 'pdf', id, html });
  });
}

async function start(): Promise<Core | null> {
  try {
    return await openCore(dataDir, (event, payload) => post({ type: 'event', event, payload }), parentRendersPdf ? renderPdfInParent : undefined);
  } catch (e) {
    const known = knownFailure(e);
    if (!known) console.error('[gloss] the library failed to open:', e);
    post({ type: 'failed', error: known?.toApiError() ?? { code: 'internal', message: (e as Error)?.message ?? String(e) } });
    port.close();
    return null;
  }
}

/**
 * Calls a newer one of the same method from the same client makes stale: search as you type
 * sends one per key, and an answer for "p" is no use once "pal" is asked. Such a call waits for
 * the messages that arrived while the worker was busy to be read; if a newer one came, it is
 * answered `cancelled` without touching the library.
 */
const STALE_WHEN_NEWER = new Set(['search.query']);

function serve(core: Core): void {
  const inFlight = new Set<Promise<void>>();
  const newest = new Map<string, Extract<ToWorker, { type: 'call' }>>();
  let closing = false;
  const stopWatching = watchOutsideChanges(core.db, core.ctx.emit);

  function run(message: Extract<ToWorker, { type: 'call' }>): Promise<void> {
    const call = dispatch(core.api, message.method, message.input).then((result) => {
      try {
        post({ type: 'result', id: message.id, result });
      } catch (e) {
        // A value that cannot cross threads is a bug in a handler, not the caller's fault.
        const error = { code: 'internal' as const, message: `${message.method} returned a value that cannot be sent: ${(e as Error).message}` };
        post({ type: 'result', id: message.id, result: { ok: false, error } });
      }
    });
    inFlight.add(call);
    void call.finally(() => inFlight.delete(call));
    return call;
  }

  function runUnlessStale(message: Extract<ToWorker, { type: 'call' }>): void {
    const key = `${message.client}\n${message.method}`;
    const older = newest.get(key);
    if (older) {
      const error = new GlossError('cancelled', { key: 'worker.replaced', params: { method: message.method } }).toApiError();
      post({ type: 'result', id: older.id, result: { ok: false, error } });
    }
    newest.set(key, message);
    // setImmediate runs after the messages already waiting have been read. Closing waits for the call too.
    const waiting = new Promise<void>((done) =>
      setImmediate(() => {
        if (newest.get(key) !== message) return done();
        newest.delete(key);
        done(run(message));
      }),
    );
    inFlight.add(waiting);
    void waiting.finally(() => inFlight.delete(waiting));
  }

  port.on('message', (message: ToWorker) => {
    switch (message.type) {
      case 'call': {
        if (closing) {
          post({ type: 'result', id: message.id, result: { ok: false, error: new GlossError('unavailable', { key: 'worker.closing' }).toApiError() } });
          break;
        }
        if (message.client !== undefined && STALE_WHEN_NEWER.has(message.method)) runUnlessStale(message);
        else void run(message);
        break;
      }
      case 'pdf': {
        const request = pdfRequests.get(message.id);
        pdfRequests.delete(message.id);
        if ('data' in message) request?.resolve(message.data);
        else request?.reject(new GlossError('unavailable', { key: 'export.pdfNotRendered', params: { detail: message.error } }));
        break;
      }
      case 'close':
        // An import half done would be cut off by closing the connection under it.
        closing = true;
        stopWatching();
        void Promise.allSettled(inFlight).then(() => {
          core.close();
          post({ type: 'closed' });
          port.close();
        });
        break;
    }
  });
  post({ type: 'ready' });
}

const core = await start();
if (core) {
  serve(core);
  // The language detector's tables take a second or two to load: load them now, not on the first import.
  void languageDetector();
}
