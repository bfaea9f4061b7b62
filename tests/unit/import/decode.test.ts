import { describe, expect, it } from 'vitest';
import { glossErrorOf } from '../../helpers/errors.js';
import { prepareFile } from '../../../electron/core/import/index.js';

const TEXT = 'Café owners in Port Alder said the storm was “the worst in memory”.\r\n\r\nThe harbour reopened on Wednesday.';
const EXPECTED_FIRST = 'Café owners in Port Alder said the storm was “the worst in memory”.';

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[at + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}


function firstParagraph(a: { body: string; blocks: { start: number; end: number }[] }): string {
  return a.body.slice(a.blocks[0]!.start, a.blocks[0]!.end);
}

describe('decoding imported files', () => {
  it('reads UTF-8 with a byte order mark without keeping the mark', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    const a = await prepareFile('bom.txt', bytes);
    expect(firstParagraph(a)).toBe(EXPECTED_FIRST);
    expect(a.body).not.toContain('\ufeff');
    expect(a.body).not.toContain('\r');
  });

  it('reads UTF-16 little- and big-endian with a byte order mark', async () => {
    for (const order of ['le', 'be'] as const) {
      const a = await prepareFile(`utf16${order}.txt`, utf16(TEXT, order, true));
      expect(firstParagraph(a)).toBe(EXPECTED_FIRST);
      expect(a.body.endsWith('The harbour reopened on Wednesday.')).toBe(true);
    }
  });

  it('reads UTF-16 without a byte order mark when the zero bytes give it away', async () => {
    const a = await prepareFile('nobom.txt', utf16(TEXT, 'le', false));
    expect(firstParagraph(a)).toBe(EXPECTED_FIRST);
  });

  it('falls back to windows-1252 for bytes that are not UTF-8 (curly quotes, é)', async () => {
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([
      ...ascii('Caf'), 0xe9, ...ascii(' owners in Port Alder said the storm was '), 0x93,
      ...ascii('the worst in memory'), 0x94, ...ascii('.\r\n\r\nThe harbour reopened on Wednesday.'),
    ]);
    const a = await prepareFile('legacy.txt', bytes);
    expect(firstParagraph(a)).toBe(EXPECTED_FIRST);
  });

  it('reads a page declared ISO-8859-1 in windows-1252, and ignores a declared UTF-16 its bytes cannot be', async () => {
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const page = (charset: string) =>
      new Uint8Array([
        ...ascii(`<html><head><meta charset="${charset}"><title>Storm</title></head><body><p>Caf`), 0xe9,
        ...ascii(' owners in Port Alder said the storm was '), 0x93, ...ascii('the worst in memory'), 0x94, ...ascii('.</p></body></html>'),
      ]);
    for (const charset of ['iso-8859-1', 'utf-16']) {
      const a = await prepareFile('legacy.html', page(charset));
      expect(a.body).toBe(EXPECTED_FIRST);
      expect(a.encoding).toBe('windows-1252');
    }
  });

  it('normalises decomposed accents to NFC, so search and offsets see one character', async () => {
    const a = await prepareFile('nfd.txt', new TextEncoder().encode('Cafe\u0301 owners met on Monday.'));
    expect(a.body).toBe('Café owners met on Monday.');
  });

  it('refuses a binary file (PNG header and NUL bytes) as unsupported_file, naming it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const e = await glossErrorOf(prepareFile('photo.txt', png));
    expect(e.code).toBe('unsupported_file');
    expect(e.message).toContain('photo.txt');
    expect(e.message).toMatch(/PNG/);
  });

  it('refuses a PDF and a file full of control bytes, whatever their names say', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    expect((await glossErrorOf(prepareFile('report.txt', pdf))).code).toBe('unsupported_file');
    const junk = new Uint8Array(4000).map((_, i) => (i % 7 === 0 ? 0x01 : 0x41 + (i % 26)));
    expect((await glossErrorOf(prepareFile('junk.txt', junk))).code).toBe('unsupported_file');
  });

  it('refuses bytes that are neither UTF-8 nor any encoding it recognises rather than importing them garbled', async () => {
    // C1 control bytes only: no code page writes text with them.
    const junk = new Uint8Array(300).map((_, i) => (i % 6 === 5 ? 0x20 : 0x80 + (i % 32)));
    const e = await glossErrorOf(prepareFile('junk.txt', junk));
    expect(e.code).toBe('bad_encoding');
    expect(e.message).toContain('junk.txt');
    expect(e.message).toMatch(/UTF-8/);
  });

  it('refuses UTF-16 whose bytes are broken as bad_encoding', async () => {
    // A lone high surrogate (0xD800) after the BOM.
    const e = await glossErrorOf(prepareFile('broken16.txt', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41, 0x00])));
    expect(e.code).toBe('bad_encoding');
  });
});
