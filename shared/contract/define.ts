import { z } from 'zod';
import { MAX_IMPORT_BYTES } from '../limits.js';

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
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'a date like 2024-03-10');
export const empty = z.strictObject({});

/** Files cross doors as base64: a little over the import limit once encoded. */export const fileInput = z.strictObject({
  name: z.string().min(1).max(500),
  dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 1024),
});
