// Articles the reader could never lay out are refused at import with a reason, not accepted
// to hang the window: very many blocks, very many lines, one endless paragraph.
import { afterAll, expect, it } from 'vitest';
import { closeHtmlWorker, prepareFile, prepareText } from '../../../electron/core/import/index.js';
import { MAX_ARTICLE_BLOCKS } from '../../../shared/limits.js';
import { glossErrorOf } from '../../helpers/errors.js';

const enc = (s: string) => new TextEncoder().encode(s);
afterAll(() => closeHtmlWorker());

it.each([
  ['200,000 list items', 'list.md', Array.from({ length: 200_000 }, (_, i) => `- item ${i}`).join('\n'), /has 200,000 paragraphs, headings and list items; an article can have at most 10,000/],
  ['1.5 million lines', 'lines.txt', Array.from({ length: 1_500_000 }, (_, i) => `${i % 10}`).join('\n'), /has 1,500,000 paragraphs/],
  ['an unterminated front matter of 300,000 lines', 'front.md', `---\n${Array.from({ length: 300_000 }, (_, i) => `k${i}: v`).join('\n')}`, /characters in one paragraph; an article can have at most 100,000/],
])('refuses %s as too_large with a reason', { timeout: 60_000 }, async (_what, name, text, message) => {
  const error = await glossErrorOf(prepareFile(name, enc(text)));
  expect(error.code).toBe('too_large');
  expect(error.message).toMatch(message);
  expect(error.message).toMatch(/Split it/);
});

it('refuses pasted text past the limit, and takes a long article under it', async () => {
  await expect(prepareText('A short paragraph.\n\n'.repeat(MAX_ARTICLE_BLOCKS + 1))).rejects.toThrow(/at most 10,000/);
  expect((await prepareText('A paragraph of a long report about the harbour.\n\n'.repeat(2_000))).blocks).toHaveLength(2_000);
});
