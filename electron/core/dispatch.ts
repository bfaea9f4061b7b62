// The one path every door takes into the core: known method, validated input, plain result
// or typed error. Nothing thrown inside reaches the caller as an exception.
import { contract, type MethodName } from '../../shared/contract/index.js';
import type { Result } from '../../shared/result.js';
import type { Api } from './api.js';
import { describeIssues, GlossError, knownFailure } from './errors.js';

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export async function dispatch(api: Api, method: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: new GlossError('unknown_method', { key: 'dispatch.unknownMethod', params: { method: String(method).slice(0, 100) } }).toApiError() };
  }
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    const { details, first } = describeIssues(parsed.error);
    return { ok: false, error: new GlossError('invalid_input', { key: 'dispatch.invalidInput', params: { method, detail: first } }, details).toApiError() };
  }
  try {
    const handler = api[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(wellFormed(parsed.data)) };
  } catch (e) {
    const known = knownFailure(e);
    if (known) return { ok: false, error: known.toApiError() };
    console.error(`[gloss] ${method} failed:`, e);
    const params = { method, detail: (e as Error)?.message ?? String(e) };
    return { ok: false, error: new GlossError('internal', { key: 'dispatch.failed', params }).toApiError() };
  }
}

/**
 * The input with every unpaired surrogate (half of a character, which JSON and IPC carry but no
 * text holds) made U+FFFD, as a decoder does with bytes that are no character. SQLite would
 * store one as three bytes that read back as three U+FFFD: a text's length, its claims' offsets
 * and the dictionary its original file was compressed with would no longer be the stored text's.
 */
function wellFormed(value: unknown): unknown {
  if (typeof value === 'string') return value.isWellFormed() ? value : value.toWellFormed();
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wellFormed(v)]));
  }
  return value;
}
