// What every API call returns through every door: nothing is thrown across one.
// zod/mini: the page's first script imports this file, and the whole of zod costs it tens of ms.
import * as z from 'zod/mini';
import { isolatedParams, messageParams, type ErrorParams } from './i18n/errorParams.js';
import type { Translator } from './i18n/translator.js';

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
  params?: ErrorParams;
  /** Field paths and messages for invalid_input; anything structured for others. */
  details?: unknown;
}

const tagSchema = z.object({ id: z.string(), name: z.string() });

/** An error's key and arguments as they arrive from the other side of a door; anything else shows the English message. */
export const errorTextSchema = z.object({
  key: z.string().check(z.regex(/^[A-Za-z][\w.]{0,199}$/)),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.object({ moment: z.string() }), z.object({ tag: tagSchema }), z.object({ tags: z.array(tagSchema) }), z.object({ list: z.array(z.string()) })]))),
});

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Whether a file's failure names the file itself ("a.glossanswers is not JSON text"), so that the name need not go before it. */
export function namesItself(failure: Pick<ApiError, 'params'> & { name: string }): boolean {
  return failure.params?.name === failure.name;
}

/**
 * An error in the translator's language; one without a key this build knows keeps its English
 * message. `isolated`: its arguments set apart from the sentence (isolatedParams), for a window.
 */
export function translateError(error: Pick<ApiError, 'message' | 'key' | 'params'>, translator: Translator, { isolated = false } = {}): string {
  const text = errorTextSchema.safeParse(error);
  if (!text.success || !translator.exists(`errors:${text.data.key}`)) return error.message;
  const params = messageParams(text.data.params ?? {}, translator);
  if (!isolated) return translator.t(`errors:${text.data.key}`, params);
  const template = translator.languages.map((language) => translator.getResource(language, 'errors', text.data.key) as unknown).find((t) => typeof t === 'string');
  return translator.t(`errors:${text.data.key}`, isolatedParams(params, String(template)));
}
