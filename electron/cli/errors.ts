import type { MessageParams } from '../../shared/i18n/keys.js';
import type { ApiError } from '../../shared/result.js';
import { GlossError, inEnglish, type ErrorKey, type ErrorText } from '../core/errors.js';

/**
 * The command line was wrong: the message and the command's usage go to stderr, exit 2.
 * `message` is English (what --json prints); the person reads it in their language.
 */
export class UsageError extends Error {
  readonly error: ApiError;
  constructor(
    text: ErrorText | string,
    readonly command?: string,
  ) {
    super(typeof text === 'string' ? text : inEnglish(text));
    this.name = 'UsageError';
    this.error = new GlossError('invalid_input', text).toApiError();
  }
}

/** The core (or the CLI on its behalf) refused: `gloss: <message>`, exit 1. */
export class CliError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'CliError';
    this.error = error;
  }
}

export function fail(code: ApiError['code'], key: ErrorKey, params?: MessageParams, details?: unknown): never {
  throw new CliError(new GlossError(code, params ? { key, params } : { key }, details).toApiError());
}
