// What the core worker and the thread that started it say to each other.
import type { EventName } from '../../../shared/contract/index.js';
import type { ApiError, Result } from '../../../shared/result.js';

export interface CoreWorkerData {
  dataDir: string;
  /** The parent renders PDFs itself (Electron's printToPDF); the worker asks it by message. */
  parentRendersPdf: boolean;
}

export type ToWorker =
  /** `client` names the page or window that made the call (see STALE_WHEN_NEWER in core-worker.ts). */
  | { type: 'call'; id: number; method: string; input: unknown; client?: string }
  | { type: 'pdf'; id: number; data: Uint8Array }
  | { type: 'pdf'; id: number; error: string }
  | { type: 'close' };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'failed'; error: ApiError }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; event: EventName; payload: unknown }
  | { type: 'pdf'; id: number; html: string }
  | { type: 'closed' };
