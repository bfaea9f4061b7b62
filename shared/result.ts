// What every API call returns through every door: nothing is thrown across one.
// zod/mini: the page's first script imports this file, and the whole of zod costs it tens of ms.
import * as z from 'zod/mini';

export const errorCodes = [
  'invalid_input', // the input failed the method's schema
  'unknown_method',
  'not_found',
  'unsupported_file', // binary or not an article
  'empty_file',
  'too_large',
  'bad_encoding',
  'parse_failed',
  'conflict',
  'forbidden', // wrong sender frame, token, host or origin
  'unavailable', // a tool the call needs is not installed (e.g. Chromium for PDF)
  'database', // the library file could not be opened or is damaged
  'busy', // another Gloss kept the library locked for longer than a writer waits
  'disk_full', // the disk (or the folder's quota) has no room for the write
  'cancelled', // a newer call from the same page made this one stale (search as you type) before it ran
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiError {
  code: ErrorCode;
  /** In English, for logs and for a door that cannot translate. */
  message: string;
  /** The message's key in the `errors` catalogue and its arguments, for a door to show it in its language. */
  key?: string;
  params?: Record<string, string | number>;
  /** Field paths and messages for invalid_input; anything structured for others. */
  details?: unknown;
}

/** An error's key and arguments as they arrive from the other side of a door; anything else shows the English message. */
export const errorTextSchema = z.object({
  key: z.string().check(z.regex(/^[A-Za-z][\w.]{0,199}$/)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What translating an error needs of a translator (i18next's `exists` and `t`). */
interface ErrorTranslator {
  exists(key: string): boolean;
  t(key: string, params: Record<string, string | number>): string;
}

/** An error in the translator's language; one without a key this build knows keeps its English message. */
export function translateError(error: Pick<ApiError, 'message' | 'key' | 'params'>, translator: ErrorTranslator): string {
  const text = errorTextSchema.safeParse(error);
  if (!text.success || !translator.exists(`errors:${text.data.key}`)) return error.message;
  return translator.t(`errors:${text.data.key}`, text.data.params ?? {});
}
