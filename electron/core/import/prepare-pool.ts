// Preparing a file (decoding, cleaning, language, compressing the original) is per file, needs no
// database, and is more than half of a large import's time in the core worker (docs/library.md,
// "Import speed"). So a helper thread prepares half of a batch's text and Markdown files while the
// core worker prepares the rest; the batch is then written as one, as before. HTML, PDF and Word
// files stay here: their parsing already runs in the parse worker.
import { Worker } from 'node:worker_threads';
import type { ApiError } from '../../../shared/result.js';
import { GlossError } from '../errors.js';
import { isTextFile } from './index.js';
import { prepareToStore, type FileToImport, type StoredArticle } from './stored.js';

export type PrepareRequest = { id: number; files: FileToImport[] };
export type PrepareReply = {
  id: number;
  results: Array<{ ok: true; value: StoredArticle } | { ok: false; error: ApiError } | { ok: false; unexpected: string }>;
};
type Settled = PromiseSettledResult<StoredArticle>;

const WORKER_URL = new URL('./prepare-worker.mjs', import.meta.url);
/** Fewer text files than this are prepared here: a round trip to the helper would not pay. */
const MIN_TO_SHARE = 16;
/** An idle helper is ended after this long, so that it holds no memory between imports. */
const IDLE_MS = 20_000;

let helper: Worker | null = null;
let idle: NodeJS.Timeout | null = null;
let nextId = 1;
const waiting = new Map<number, { resolve(results: Settled[]): void; reject(error: Error): void }>();

/** Each file made ready to store, or the reason it cannot be, in order (as prepareToStore). */
export async function prepareShared(files: FileToImport[]): Promise<Settled[]> {
  const text = files.flatMap((f, at) => (isTextFile(f.name) ? [at] : []));
  if (text.length < MIN_TO_SHARE) return prepareToStore(files);
  const theirs = new Set(text.slice(0, text.length >> 1));
  const shared = files.filter((_, at) => theirs.has(at));
  // If the helper cannot start or dies, its share is prepared here: slower, never lost.
  const [helped, mine] = await Promise.all([inHelper(shared).catch(() => prepareToStore(shared)), prepareToStore(files.filter((_, at) => !theirs.has(at)))]);
  let h = 0;
  let m = 0;
  return files.map((_, at) => (theirs.has(at) ? helped[h++]! : mine[m++]!));
}

function inHelper(files: FileToImport[]): Promise<Settled[]> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    if (idle) clearTimeout(idle);
    idle = null;
    helper ??= spawn();
    helper.ref();
    helper.postMessage({ id, files } satisfies PrepareRequest);
  });
}

function spawn(): Worker {
  const w = new Worker(WORKER_URL);
  w.on('message', ({ id, results }: PrepareReply) => {
    const job = waiting.get(id);
    waiting.delete(id);
    job?.resolve(results.map(settled));
    if (waiting.size === 0) rest(w);
  });
  const gone = (err: Error | number) => {
    if (helper === w) helper = null;
    for (const job of waiting.values()) job.reject(err instanceof Error ? err : new Error(`the preparing helper stopped (${err})`));
    waiting.clear();
  };
  w.on('error', gone);
  w.on('exit', gone);
  return w;
}

/** A helper at work keeps the process alive; an idle one must not, and ends after IDLE_MS. */
function rest(w: Worker): void {
  w.unref();
  idle = setTimeout(() => {
    if (helper === w) helper = null;
    void w.terminate();
  }, IDLE_MS);
  idle.unref();
}

function settled(r: PrepareReply['results'][number]): Settled {
  if (r.ok) {
    const bytes = r.value.originalCompressed as Uint8Array; // a Buffer arrives as a plain Uint8Array
    return { status: 'fulfilled', value: { ...r.value, originalCompressed: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } };
  }
  return { status: 'rejected', reason: 'error' in r ? GlossError.fromApiError(r.error) : new Error(r.unexpected) };
}
