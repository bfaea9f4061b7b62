// Starts the core worker and talks to it: calls in, results and events out. Used by Electron's
// main process and by the browser-mode host, so neither runs database work on its own thread.
import { Worker } from 'node:worker_threads';
import type { EventName, Events, MethodName } from '../../../shared/contract/index.js';
import type { ApiError, Result } from '../../../shared/result.js';
import { GlossError } from '../errors.js';
import type { CoreWorkerData, FromWorker, ToWorker } from './messages.js';

export type CoreEventListener = <E extends EventName>(event: E, payload: Events[E]) => void;

export interface CoreWorker {
  /** `client` names the page or window calling, so that its stale searches can be dropped (core-worker.ts). */
  call(method: MethodName | string, input: unknown, client?: string): Promise<Result<unknown>>;
  onEvent(listener: CoreEventListener): () => void;
  /** Lets calls under way finish, closes the library and ends the thread. */
  close(): Promise<void>;
}

export interface CoreWorkerOptions {
  dataDir: string;
  /** Where the door can render PDF itself (Electron's printToPDF); otherwise the core finds Chromium. */
  renderPdf?: (html: string) => Promise<Uint8Array>;
  /** The worker's script, if not the one beside this module (the benches run the bundled one from the source tree). */
  entry?: URL;
}

// The same name in the source tree (a tsx entry) and in dist/electron (the bundled worker).
const workerUrl = new URL('./core-worker.mjs', import.meta.url);

export function startCoreWorker({ dataDir, renderPdf, entry = workerUrl }: CoreWorkerOptions): Promise<CoreWorker> {
  const workerData: CoreWorkerData = { dataDir, parentRendersPdf: renderPdf !== undefined };
  const worker = new Worker(entry, { workerData });
  const pending = new Map<number, (result: Result<unknown>) => void>();
  const listeners = new Set<CoreEventListener>();
  let nextId = 1;
  let stopped: ApiError | null = null;
  let closed: Promise<void> | null = null;

  const send = (message: ToWorker) => worker.postMessage(message);

  /** Every call from now on is answered with this reason, as unavailable. */
  function stop(reason: GlossError | ApiError): void {
    stopped ??= { ...(reason instanceof GlossError ? reason.toApiError() : reason), code: 'unavailable' };
    for (const resolve of pending.values()) resolve({ ok: false, error: stopped });
    pending.clear();
  }

  async function answerPdf(id: number, html: string): Promise<void> {
    try {
      const data = await renderPdf!(html);
      send({ type: 'pdf', id, data });
    } catch (e) {
      send({ type: 'pdf', id, error: (e as Error)?.message ?? String(e) });
    }
  }

  const client: CoreWorker = {
    call(method, input, client) {
      if (stopped) return Promise.resolve({ ok: false, error: stopped });
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          send({ type: 'call', id, method, input, ...(client === undefined ? {} : { client }) });
        } catch (e) {
          pending.delete(id);
          resolve({ ok: false, error: { code: 'invalid_input', message: `The input for ${String(method).slice(0, 100)} cannot be sent: ${(e as Error).message}` } });
        }
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        if (stopped) return resolve();
        worker.once('exit', () => resolve());
        send({ type: 'close' });
      });
      return closed;
    },
  };

  return new Promise((resolve, reject) => {
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          resolve(client);
          break;
        case 'failed':
          stop(message.error);
          reject(GlossError.fromApiError(message.error));
          break;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          break;
        case 'event':
          for (const listener of listeners) listener(message.event, message.payload as never);
          break;
        case 'pdf':
          void answerPdf(message.id, message.html);
          break;
        case 'closed':
          stop(new GlossError('unavailable', { key: 'worker.closed' }));
          break;
      }
    });
    worker.on('error', (e) => {
      console.error('[gloss] the library worker failed:', e);
      stop(new GlossError('unavailable', { key: 'worker.crashed', params: { detail: e.message } }));
      reject(e);
    });
    worker.on('exit', (code) => {
      stop(new GlossError('unavailable', { key: 'worker.closed' }));
      reject(new GlossError('internal', { key: 'worker.endedEarly', params: { code } }));
    });
  });
}
