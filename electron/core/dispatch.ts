// The one path every door takes into the core: known method, validated input, plain result
// or typed error. Nothing thrown inside reaches the caller as an exception.
import { contract, type MethodName } from '../../shared/contract/index.js';
import type { Result } from '../../shared/result.js';
import type { Api } from './api.js';
import { describeIssues, knownFailure } from './errors.js';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export async function dispatch(api: Api, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `There is no API method ${String(method).slice(0, 100)}.` } };
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const { details, first } = describeIssues(parsed.error);
    return { ok: false, error: { code: 'invalid_input', message: `Invalid input for ${method}: ${first}`, details } };
  }
  try {
    const handler = api[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    const known = knownFailure(e);
    if (known) return { ok: false, error: known.toApiError() };
    console.error(`[gloss] ${method} failed:`, e);
    return {
      ok: false,
      error: { code: 'internal', message: `${method} failed unexpectedly: ${(e as Error)?.message ?? String(e)}` },
    };
  }
}
