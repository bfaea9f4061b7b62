import { expect } from 'vitest';
import { GlossError } from '../../electron/core/errors.js';

/** The GlossError a promise is refused with; fails the test if it resolves or throws anything else. */
export async function glossErrorOf(promise: Promise<unknown>): Promise<GlossError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GlossError);
  return error as GlossError;
}
