// Preparing a file (decoding, cleaning, language, hashing, compressing the original) is per file,
// needs no database, and costs about what writing the article does (docs/library.md, "Import
// speed"). So helper threads prepare a batch's text and Markdown files, split between them, and
// the core worker only writes: while it writes one batch the helpers already prepare the next,
// whether that is the next batch of the same call or the next call (article-import.ts).
// HTML, PDF and Word files are prepared here: their parsing already runs in the parse worker.
import { availableParallelism } from 'node:os';
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
/** What a new helper says once its code and the language tables are loaded. */
export type HelperReady = { ready: true };
type Settled = PromiseSettledResult<StoredArticle>;

const WORKER_URL = new URL('./prepare-worker.mjs', import.meta.url);
/** Fewer text files than this are prepared here: a round trip to the helpers would not pay. */
const MIN_TO_SHARE = 16;
/**
 * The core worker's writing is the import's slowest step and keeps one core busy; the helpers
 * get the others. A helper more than the free cores only takes time from the writing (on two
 * cores, two helpers made a 10,000-file import a fifth slower than one).
 */
const HELPERS = Math.max(1, Math.min(2, availableParallelism() - 1));
/** An idle helper is ended after this long, so that it holds no memory between imports. */
const IDLE_MS = 20_000;

/** One helper thread, started on first use and ended when idle; its jobs are answered in order. */
class Helper {
  /** Started and loaded: a batch sent now is not held up by the helper's start. */
  warm = false;
  private worker: Worker | null = null;
  private loaded: Promise<void> = Promise.resolve();
  private markLoaded = () => {};
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(results: Settled[]): void; reject(error: Error): void }>();

  /** Starts the helper if it is not running; it loads its code and tables, then rests until asked. */
  start(): Promise<void> {
    if (!this.worker) {
      this.loaded = new Promise((done) => (this.markLoaded = done));
      this.worker = this.spawn();
      if (this.waiting.size === 0) this.worker.unref();
    }
    return this.loaded;
  }

  prepare(files: FileToImport[]): Promise<Settled[]> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      if (this.idle) clearTimeout(this.idle);
      this.idle = null;
      void this.start();
      const w = this.worker!;
      w.ref();
      w.postMessage({ id, files } satisfies PrepareRequest);
    });
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.on('message', (reply: PrepareReply | HelperReady) => {
      if ('ready' in reply) {
        this.warm = true;
        this.markLoaded();
        if (this.waiting.size === 0) this.rest(w);
        return;
      }
      const { id, results } = reply;
      const job = this.waiting.get(id);
      this.waiting.delete(id);
      job?.resolve(results.map(settled));
      if (this.waiting.size === 0) this.rest(w);
    });
    const gone = (err: Error | number) => {
      if (this.worker === w) {
        this.worker = null;
        this.warm = false;
      }
      this.markLoaded(); // a helper that could not start is not waited for: its share is prepared here
      for (const job of this.waiting.values()) job.reject(err instanceof Error ? err : new Error(`the preparing helper stopped (${err})`));
      this.waiting.clear();
    };
    w.on('error', gone);
    w.on('exit', gone);
    return w;
  }

  /** A helper at work keeps the process alive; an idle one must not, and ends after IDLE_MS. */
  private rest(w: Worker): void {
    w.unref();
    if (this.idle) clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.worker === w) {
        this.worker = null;
        this.warm = false;
      }
      void w.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }
}

const helpers = Array.from({ length: HELPERS }, () => new Helper());

/** Starts the helpers now, resolving once they are ready to prepare. */
export async function startHelpers(): Promise<void> {
  await Promise.all(helpers.map((h) => h.start()));
}

/**
 * Each file made ready to store, or the reason it cannot be, in order (as prepareToStore). The
 * text files are handed to the helpers at once, so a call's preparing starts when it arrives.
 */
export async function prepareShared(files: FileToImport[]): Promise<Settled[]> {
  const text = files.flatMap((f, at) => (isTextFile(f.name) ? [at] : []));
  if (text.length < MIN_TO_SHARE) return prepareToStore(files);
  // Helpers take a second or more to load their code and the language tables, which the core
  // worker has loaded already: the first batch is prepared here while they start.
  if (!helpers.every((h) => h.warm)) {
    void startHelpers();
    return prepareToStore(files);
  }
  const share = Math.ceil(text.length / helpers.length);
  const shares = helpers.map((_, h) => text.slice(h * share, (h + 1) * share));
  // If a helper cannot start or dies, its share is prepared here: slower, never lost.
  const helped = shares.map((ats, h) => {
    const mine = ats.map((at) => files[at]!);
    return helpers[h]!.prepare(mine).catch(() => prepareToStore(mine));
  });
  const isText = new Set(text);
  const rest = files.filter((_, at) => !isText.has(at));
  const [own, ...theirs] = await Promise.all([prepareToStore(rest), ...helped]);
  const out = new Array<Settled>(files.length);
  shares.forEach((ats, h) => ats.forEach((at, k) => (out[at] = theirs[h]![k]!)));
  let o = 0;
  files.forEach((_, at) => {
    if (!isText.has(at)) out[at] = own[o++]!;
  });
  return out;
}

function settled(r: PrepareReply['results'][number]): Settled {
  if (r.ok) {
    const bytes = r.value.originalCompressed as Uint8Array; // a Buffer arrives as a plain Uint8Array
    return { status: 'fulfilled', value: { ...r.value, originalCompressed: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) } };
  }
  return { status: 'rejected', reason: 'error' in r ? GlossError.fromApiError(r.error) : new Error(r.unexpected) };
}
