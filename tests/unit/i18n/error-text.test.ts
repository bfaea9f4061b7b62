// An error from the core shown in the person's language (what renderer/src/errorText.ts and the
// CLI do with it): its key and arguments cross the door, the English message stays for logs.
import { describe, expect, it } from 'vitest';
import { GlossError } from '../../../electron/core/errors.js';
import { prepareFile } from '../../../electron/core/import/index.js';
import { createTranslator } from '../../../shared/i18n/translator.js';
import { translateError, type ApiError } from '../../../shared/result.js';

const arabic = createTranslator('ar');
const english = createTranslator('en');

/** What the renderer receives: the error as JSON, as it crosses IPC or the socket. */
async function crossed(work: Promise<unknown>): Promise<ApiError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GlossError);
  return JSON.parse(JSON.stringify((error as GlossError).toApiError())) as ApiError;
}

describe('an error from the core, translated', () => {
  it('shows an import refusal in Arabic, and keeps its English message', async () => {
    const error = await crossed(prepareFile('empty.txt', new Uint8Array()));
    expect(error).toMatchObject({ code: 'empty_file', key: 'import.empty', params: { name: 'empty.txt' } });
    expect(error.message).toBe(
      '"empty.txt" has no article text (it is empty, or only page furniture such as menus and share links). Check the file and import one with the article in it.',
    );
    expect(translateError(error, arabic)).toBe(
      'لا نص مقال في «empty.txt» (فارغ، أو فيه عناصر الصفحة فقط مثل القوائم وروابط المشاركة). افحص الملف واستورد ملفًا فيه المقال.',
    );
    expect(translateError(error, english)).toBe(error.message);
  });

  it('gives Arabic its plural forms and its numbers', () => {
    const missing = (more: number) => new GlossError('not_found', { key: 'collections.missingArticles', params: { id: 'a1', more } }).toApiError();
    expect(translateError(missing(2), arabic)).toContain('a1 (واثنان آخران) في المكتبة');
    expect(translateError(missing(0), arabic)).toContain('a1 في المكتبة');
    expect(translateError(missing(2), english)).toContain('No article with id a1 (and 2 more) in the library.');
    const big = new GlossError('too_large', { key: 'import.tooManyElements', params: { name: 'x.html', max: 50000, elements: 123456 } }).toApiError();
    expect(translateError(big, english)).toContain('more than 50,000 HTML elements (123,456 or more)');
  });

  it('shows an error without a key, or with one it does not know, in the English it came with', () => {
    const plain: ApiError = { code: 'forbidden', message: 'The hub refused the login.' };
    expect(translateError(plain, arabic)).toBe('The hub refused the login.');
    expect(translateError({ ...plain, key: 'hub.fromANewerGloss' }, arabic)).toBe('The hub refused the login.');
    expect(translateError({ ...plain, key: 'import.empty', params: { name: { not: 'a string' } } } as never, arabic)).toBe('The hub refused the login.');
  });
});
