import type { ApiError } from '../../shared/result.js';

/** The command line was wrong: the message and the command's usage go to stderr, exit 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
    this.name = 'UsageError';
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

export function fail(code: ApiError['code'], message: string, details?: unknown): never {
  throw new CliError(details === undefined ? { code, message } : { code, message, details });
}
