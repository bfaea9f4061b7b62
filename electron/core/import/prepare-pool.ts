// Files of a large import are prepared for the library in a worker thread, so that the next
// chunk is cleaned, dated, its language detected and its original compressed while the calling
// thread writes this one. One worker, kept while there is work and a little after (a large
// import arrives as many calls); a chunk it cannot finish (it crashed) fails file by file.
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/result.js';
import { GlossError } from '../errors.js';
import type { FileToImport, StoredArticle } from './stored.js';

export interface PrepareRequest {
  id: number;
  files: FileToImport[];
}
export type Prepared = { ok: true; value: StoredArticle } | { ok: false; code: ErrorCode | null; message: string };
export interface PrepareReply {
  id: number;
  results: Prepared[];
}

const WORKER_URL = new URL('./prepare-worker.mjs', import.meta.url);
/** An idle worker is ended after this long, so that it holds no memory between imports. */
const IDLE_MS = 30_000;

interface Job {
  request: PrepareRequest;
  resolve(results: PromiseSettledResult<StoredArticle>[]): void;
}

let worker: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
const pending = new Map<number, Job>();
let nextId = 1;

/** Each file prepared, or the reason it cannot be: never rejects. */
export function prepareBatch(files: PrepareRequest['files']): Promise<PromiseSettledResult<StoredArticle>[]> {
  return new Promise((resolve) => {
    const job = { request: { id: nextId++, files }, resolve };
    pending.set(job.request.id, job);
    if (idle) clearTimeout(idle);
    idle = null;
    worker ??= spawn();
    worker.ref();
    worker.postMessage(job.request);
  });
}

function settled(result: Prepared): PromiseSettledResult<StoredArticle> {
  if (result.ok) return { status: 'fulfilled', value: result.value };
  return { status: 'rejected', reason: result.code ? new GlossError(result.code, result.message) : new Error(result.message) };
}

function spawn(): Worker {
  const w = new Worker(WORKER_URL);
  w.on('message', (reply: PrepareReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    job.resolve(reply.results.map(settled));
    if (pending.size === 0) rest(w);
  });
  w.on('error', (err: Error) => fail(w, err));
  w.on('exit', () => fail(w, null));
  return w;
}

/** A worker with nothing to do must not keep the process alive, and goes after a while. */
function rest(w: Worker): void {
  w.unref();
  idle = setTimeout(() => void closePrepareWorker(), IDLE_MS);
  idle.unref();
}

function fail(w: Worker, err: Error | null): void {
  if (worker !== w) return;
  worker = null;
  const jobs = [...pending.values()];
  pending.clear();
  for (const job of jobs) {
    job.resolve(
      job.request.files.map((f) => ({
        status: 'rejected',
        reason: new GlossError('parse_failed', `"${f.name}" was not read: the import's worker stopped${err ? ` (${err.message})` : ''}. Import it again.`),
      })),
    );
  }
  void w.terminate();
}

/** Ends the worker now (tests, shutdown); batches in flight fail. */
export async function closePrepareWorker(): Promise<void> {
  if (idle) clearTimeout(idle);
  idle = null;
  const w = worker;
  if (!w) return;
  fail(w, null);
}
