// Untrusted HTML, PDF and Word files are parsed off the calling thread, in one worker kept while
// there is work: a request that runs too long or too big ends the worker, and the next gets a new one.
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/result.js';
import { GlossError } from '../errors.js';
import type { HtmlExtract } from './html-extract.js';

/**
 * What the worker is asked to read: HTML text, or the bytes of a PDF, .docx or .odt file. `ownText`:
 * the HTML is a message's own text (an email's), not a web page with a site's menus around it.
 */
export type ParseInput = { format: 'html'; html: string; ownText?: boolean } | { format: 'pdf' | 'docx' | 'odt'; bytes: Uint8Array };
export type ParseRequest = ParseInput & { id: number; name: string };
/** Load the HTML parser now, ahead of the files (preloadParser). */
export type PreloadRequest = { preload: 'html' };
export type ParseReply =
  /** The parser is loaded and has begun: the time limit runs from here. */
  | { id: number; started: true }
  | { id: number; ok: true; value: HtmlExtract }
  | { id: number; ok: false; error: ApiError };

const WORKER_URL = new URL('./html-worker.mjs', import.meta.url);
export const HTML_TIMEOUT_MS = 10_000;
/** An idle worker is ended after this long, so that it holds no memory between imports. */
const IDLE_MS = 20_000;
const LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48, stackSizeMb: 8 };

interface Job {
  request: ParseRequest;
  resolve(value: HtmlExtract): void;
  reject(error: GlossError): void;
}

let worker: Worker | null = null;
let current: Job | null = null;
let timer: NodeJS.Timeout | null = null;
let idle: NodeJS.Timeout | null = null;
const queue: Job[] = [];
let nextId = 1;

/** Text blocks and metadata of one file, extracted in the worker within HTML_TIMEOUT_MS. */
export function parseInWorker(name: string, input: ParseInput): Promise<HtmlExtract> {
  return new Promise((resolve, reject) => {
    queue.push({ request: { ...input, id: nextId++, name }, resolve, reject });
    pump();
  });
}

/**
 * Starts the worker and has it load the HTML parser (linkedom and Readability) while the person
 * chooses what to import (the app asks when the file picker opens or files are dragged over the
 * window), so that the first page is not held up by it. The worker ends when idle, as after any
 * import. (The language tables are loaded as the core worker starts.)
 */
export function preloadParser(): void {
  if (worker) return;
  worker = spawn();
  worker.postMessage({ preload: 'html' } satisfies PreloadRequest);
  pump();
}

/** Ends the worker now (tests, shutdown); the request in flight and queued ones fail. */
export async function closeHtmlWorker(): Promise<void> {
  const w = worker;
  worker = null;
  const pending = current ? [current, ...queue.splice(0)] : queue.splice(0);
  finish();
  if (idle) clearTimeout(idle);
  idle = null;
  for (const job of pending) job.reject(new GlossError('parse_failed', { key: 'import.stopped', params: { name: job.request.name } }));
  if (w) await w.terminate();
}

function spawn(): Worker {
  const w = new Worker(WORKER_URL, { resourceLimits: LIMITS });
  w.on('message', (reply: ParseReply) => {
    const job = current;
    if (!job || reply.id !== job.request.id) return;
    if ('started' in reply) {
      startTimer(w, job);
      return;
    }
    finish();
    if (reply.ok) job.resolve(reply.value);
    else job.reject(GlossError.fromApiError(reply.error));
    pump();
  });
  w.on('error', (err: Error & { code?: string }) => fail(w, err));
  w.on('exit', () => fail(w, null));
  // The pending request's timer keeps the process alive; an idle worker must not. After the
  // listeners: adding a 'message' listener refs the worker again, and a `gloss import` of one
  // page then waited for the idle timer before exiting.
  w.unref();
  return w;
}

function finish(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  current = null;
}

/** The worker died (crash, memory limit, timeout): the request in flight fails, the rest go on. */
function fail(w: Worker, err: (Error & { code?: string }) | null): void {
  if (worker !== w) return;
  worker = null;
  const job = current;
  finish();
  if (job) {
    const outOfMemory = err?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    job.reject(
      outOfMemory
        ? new GlossError('too_large', { key: 'import.outOfMemory', params: { name: job.request.name } })
        : new GlossError(
            'parse_failed',
            err ? { key: 'import.notParsedDetail', params: { name: job.request.name, detail: err.message } } : { key: 'import.notParsed', params: { name: job.request.name } },
          ),
    );
  }
  void w.terminate();
  pump();
}

function startTimer(w: Worker, job: Job): void {
  timer = setTimeout(() => {
    if (current !== job) return;
    finish();
    job.reject(
      new GlossError('parse_failed', { key: 'import.timedOut', params: { name: job.request.name, seconds: HTML_TIMEOUT_MS / 1000 } }),
    );
    worker = null;
    void w.terminate();
    pump();
  }, HTML_TIMEOUT_MS);
}

function pump(): void {
  if (current || queue.length === 0) {
    if (!current && worker && !idle) {
      // A worker at work keeps the process alive; an idle one must not.
      worker.unref();
      idle = setTimeout(() => void closeHtmlWorker(), IDLE_MS);
      idle.unref();
    }
    return;
  }
  if (idle) clearTimeout(idle);
  idle = null;
  const job = queue.shift()!;
  current = job;
  worker ??= spawn();
  worker.ref();
  worker.postMessage(job.request);
}
