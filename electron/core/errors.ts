import type { ZodError } from 'zod';
import type { ApiError, ErrorCode } from '../../shared/result.js';

/** The one error the core throws on purpose: a stable code and a message a person can act on. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'GlossError';
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function notFound(what: string, id: string): GlossError {
  return new GlossError('not_found', `No ${what} with id ${id}.`);
}

/** A schema failure as error details (at most `limit` issues), and its first issue as "path: message". */
export function describeIssues(error: ZodError, limit?: number): { details: Array<{ path: string; message: string }>; first: string } {
  const details = error.issues.slice(0, limit).map((i) => ({ path: i.path.join('.'), message: i.message }));
  const head = details[0]!;
  return { details, first: `${head.path ? `${head.path}: ` : ''}${head.message}` };
}

/** SQLite's and the file system's failures that a person can act on, as a GlossError; null for others. */
export function knownFailure(e: unknown): GlossError | null {
  if (e instanceof GlossError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new GlossError('disk_full', 'The disk is full: nothing was saved by this step. Free some space (or choose another place to save to) and try again.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new GlossError(
      'database',
      'The library file is damaged where this step needed it. Close Gloss and restore the latest backup (`gloss backup restore`); the damaged file is kept beside it.',
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new GlossError(
      'busy',
      'Another Gloss is writing to this library and did not finish in time (an import from the command line, or a second window). Try again when it is done.',
    );
  }
  return null;
}
