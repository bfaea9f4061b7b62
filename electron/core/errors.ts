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
