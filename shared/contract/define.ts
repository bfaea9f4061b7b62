import { z } from 'zod';
import { defaultLanguage, isLanguage, languages, type Language } from '../i18n/languages.js';
import type { ReviewerProfile } from '../model.js';
import { MAX_IMPORT_BYTES } from '../limits.js';
import { httpUrl } from '../urls.js';

// A method is its input schema plus a phantom of its result type: the result is
// produced by our own core, so only the input (which may be hostile) is validated.
declare const resultBrand: unique symbol;
export interface Method<I extends z.ZodType, R> {
  input: I;
  [resultBrand]?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(input: I): Method<I, R> => ({ input });
}

export const id = z.string().min(1).max(64);
export const name = z.string().trim().min(1).max(200);
export const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a2b3c');
const calendarDay = z.iso.date();
/** A day (a time may follow), which must be on the calendar: ClaimReview writes it as its date. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, { error: 'a date like 2024-03-10', abort: true })
  .refine((v) => calendarDay.safeParse(v.slice(0, 10)).success, 'a date like 2024-03-10');
export const empty = z.strictObject({});
/** A web link: only http and https are stored (a javascript: or file: link is refused here). */
export const webUrl = z
  .string()
  .max(2000)
  .refine((v) => httpUrl(v) !== null, {
    error: (issue) => `only http and https links are kept; ${JSON.stringify(String(issue.input).slice(0, 100))} is not one`,
  });

/** Files cross doors as base64: a little over the import limit once encoded. */export const fileInput = z.strictObject({
  name: z.string().min(1).max(500),
  dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024),
});

/** Who reviewed the claims and where their reports are published (shared/model.ts). */
export const reviewerProfile = z.strictObject({
  name: z.string().trim().max(200).optional(),
  organization: z.string().trim().max(200).optional(),
  organizationUrl: webUrl.optional(),
  publishBaseUrl: webUrl.optional(),
}) satisfies z.ZodType<ReviewerProfile>;

/** The language a report is written in: one Gloss speaks, English unless asked. */
export const exportLanguage = z
  .custom<Language>(isLanguage, { error: `one of ${languages.map((l) => l.code).join(', ')}` })
  .default(defaultLanguage);
