import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../shared/contract/index.js';
import type { Api } from '../../../electron/core/api.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { GlossError } from '../../../electron/core/errors.js';

/** An API whose every handler records that it was reached. */
function recordingApi(reached: MethodName[], impl?: (m: MethodName, input: unknown) => unknown): Api {
  return Object.fromEntries(
    methodNames.map((m) => [
      m,
      (input: unknown) => {
        reached.push(m);
        return impl ? impl(m, input) : { echoed: input };
      },
    ]),
  ) as unknown as Api;
}

describe('dispatch: the one way into the core', () => {
  it('refuses methods that are not in the contract, including prototype names', async () => {
    const reached: MethodName[] = [];
    const api = recordingApi(reached);
    for (const name of ['articles.drop', 'constructor', '__proto__', 'toString', 42, null]) {
      const result = await dispatch(api, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    }
    expect(reached).toEqual([]);
  });

  it.each(methodNames)('%s validates its input before the core sees it', async (method) => {
    const reached: MethodName[] = [];
    const api = recordingApi(reached);
    for (const hostile of ['a string', 42, [1, 2], { injected: '1; DROP TABLE articles', id: { $gt: '' } }]) {
      const result = await dispatch(api, method, hostile);
      expect(result.ok, `${method} accepted ${JSON.stringify(hostile)}`).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(reached).toEqual([]);
  });

  it('names the offending field in the message', async () => {
    const result = await dispatch(recordingApi([]), 'tags.create', { taxonomyId: 'technique', name: 'Spin', color: 'red' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    if (!result.ok) expect(result.error.message).toMatch(/color/);
  });

  it('fills in defaults before calling the handler', async () => {
    const result = await dispatch(recordingApi([]), 'annotations.create', { articleId: 'a1', start: 0, end: 5 });
    expect(result).toEqual({
      ok: true,
      value: { echoed: { articleId: 'a1', start: 0, end: 5, statusTagId: null, tagIds: [], note: '', evidence: [] } },
    });
  });

  it('turns a GlossError into its code and message, and anything else into internal', async () => {
    const api = recordingApi([], (m) => {
      if (m === 'articles.get') throw new GlossError('not_found', 'No article with id x.');
      throw new TypeError('boom');
    });
    expect(await dispatch(api, 'articles.get', { id: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'No article with id x.' },
    });
    const original = console.error;
    console.error = () => {};
    try {
      const internal = await dispatch(api, 'library.info', {});
      expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } });
    } finally {
      console.error = original;
    }
  });

  it('makes half a character (an unpaired surrogate) U+FFFD before the core sees it, however deep', async () => {
    const result = await dispatch(recordingApi([]), 'articles.import', { files: [{ name: 'a\ud800.txt', dataBase64: 'QQ==' }] });
    expect(result).toEqual({ ok: true, value: { echoed: { files: [{ name: 'a\ufffd.txt', dataBase64: 'QQ==' }] } } });
    expect(await dispatch(recordingApi([]), 'articles.importText', { text: 'x\udc00y \ud83d\ude00' })).toEqual({
      ok: true,
      value: { echoed: { text: 'x\ufffdy \ud83d\ude00' } },
    });
  });

  it('every method of the contract has a schema', () => {
    for (const m of methodNames) expect(typeof contract[m].input.safeParse).toBe('function');
  });
});
