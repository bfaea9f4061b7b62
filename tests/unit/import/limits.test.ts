import { describe, expect, it } from 'vitest';
import { glossErrorOf } from '../../helpers/errors.js';
import { prepareFile, prepareText } from '../../../electron/core/import/index.js';
import { MAX_IMPORT_BYTES } from '../../../shared/limits.js';


describe('files that are not articles', () => {
  it('refuses an empty or whitespace-only file as empty_file', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode(' \n\t\r\n\u00a0  \n')]) {
      const e = await glossErrorOf(prepareFile('blank.txt', bytes));
      expect(e.code).toBe('empty_file');
      expect(e.message).toContain('blank.txt');
    }
  });

  it('refuses a file of nothing but page chrome as empty_file', async () => {
    const e = await glossErrorOf(prepareFile('chrome.txt', new TextEncoder().encode('Skip to content\n\nShare this\n\nLeave a comment\n')));
    expect(e.code).toBe('empty_file');
  });

  it('refuses a file over 5 MB as too_large, stating the limit', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61);
    const e = await glossErrorOf(prepareFile('big.txt', bytes));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('big.txt');
    expect(e.message).toContain('5 MB');
    await expect(prepareText('a'.repeat(MAX_IMPORT_BYTES + 1))).rejects.toThrow(/5 MB/);
  });

  it('refuses an unknown extension as unsupported_file, listing what can be imported', async () => {
    const e = await glossErrorOf(prepareFile('budget.xlsx', new TextEncoder().encode('hello')));
    expect(e.code).toBe('unsupported_file');
    expect(e.message).toMatch(/\.txt, \.md, \.html, \.mhtml, \.eml, \.pdf, \.docx and \.odt/);
  });

  it('reads a file without an extension as text', async () => {
    const a = await prepareFile('README', new TextEncoder().encode('The council voted on Monday.'));
    expect(a.body).toBe('The council voted on Monday.');
  });
});
