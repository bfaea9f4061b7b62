import type { ZodError } from 'zod';
import { messageParams, type ErrorParams } from '../../shared/i18n/errorParams.js';
import type { KeysOf } from '../../shared/i18n/keys.js';
import type englishErrors from '../../shared/i18n/locales/en/errors.json';
import { createTranslator, type Translator } from '../../shared/i18n/translator.js';
import type { ApiError, ErrorCode } from '../../shared/result.js';

/** A message of the `errors` catalogue. */
export type ErrorKey = KeysOf<typeof englishErrors>;
export interface ErrorText {
  key: ErrorKey;
  params?: ErrorParams;
}

let english: Translator | undefined;

function englishTranslator(): Translator {
  english ??= createTranslator('en', (missing) => console.error(`[gloss] missing translation ${missing}`));
  return english;
}

/** The English sentence of an error message: what logs and the `message` field carry. */
export function inEnglish({ key, params }: ErrorText): string {
  return englishTranslator().t(`errors:${key}`, messageParams(params ?? {}, englishTranslator()));
}

function isErrorKey(key: string): key is ErrorKey {
  return englishTranslator().exists(`errors:${key}`);
}

/**
 * The one error the core throws on purpose: a stable code and a message a person can act on.
 * Given as a catalogue key with its arguments, each door shows it in its person's language;
 * `message` stays English. (A plain English message is still accepted, and shown as it is.)
 */
export class GlossError extends Error {
  readonly key?: ErrorKey;
  readonly params?: ErrorParams;

  constructor(
    readonly code: ErrorCode,
    text: string | ErrorText,
    readonly details?: unknown,
  ) {
    super(typeof text === 'string' ? text : inEnglish(text));
    this.name = 'GlossError';
    if (typeof text !== 'string') {
      this.key = text.key;
      if (text.params) this.params = text.params;
    }
  }

  /** The error again after it crossed to another thread as an ApiError, its key kept. */
  static fromApiError(error: ApiError): GlossError {
    const text = error.key && isErrorKey(error.key) ? { key: error.key, ...(error.params ? { params: error.params } : {}) } : error.message;
    return new GlossError(error.code, text, error.details);
  }

  toApiError(): ApiError {
    return {
      code: this.code,
      message: this.message,
      ...(this.key ? { key: this.key } : {}),
      ...(this.params ? { params: this.params } : {}),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

const notFoundKeys: Record<string, ErrorKey> = {
  article: 'notFound.article',
  annotation: 'notFound.annotation',
  assignment: 'notFound.assignment',
  'claim link': 'notFound.claimLink',
  collection: 'notFound.collection',
  tag: 'notFound.tag',
  taxonomy: 'notFound.taxonomy',
};

export function notFound(what: string, id: string): GlossError {
  const key = notFoundKeys[what];
  return new GlossError('not_found', key ? { key, params: { id } } : `No ${what} with id ${id}.`);
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
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new GlossError('disk_full', { key: 'system.diskFull' });
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new GlossError('database', { key: 'system.damaged' });
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new GlossError('busy', { key: 'system.busy' });
  return null;
}
