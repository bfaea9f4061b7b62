import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareFile } from '../../../electron/core/import/index.js';
import { repoRoot } from '../../helpers/corpus.js';

// One dated article per legacy encoding, and its first sentence as a web page that declares its
// encoding, written by tests/fixtures/import/encodings/make.py; texts.json has the same articles
// in UTF-8.
const DIR = join(repoRoot, 'tests', 'fixtures', 'import', 'encodings');
const texts = JSON.parse(readFileSync(join(DIR, 'texts.json'), 'utf8')) as Record<
  string,
  { encoding: string; language: string; title: string; paragraphs: string[] }
>;
/** Hebrew letters have the same bytes in windows-1255 and ISO-8859-8; chardet names the latter. */
const SAME_LETTERS: Record<string, string> = { 'windows-1255': 'ISO-8859-8' };

describe('files in legacy encodings', () => {
  it.each(Object.entries(texts))('reads %s in its encoding, with title, date, language and paragraphs intact', async (file, expected) => {
    const bytes = readFileSync(join(DIR, file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const a = await prepareFile(file, bytes);
    expect(a.encoding).toBe(SAME_LETTERS[expected.encoding] ?? expected.encoding);
    expect(a.title).toBe(expected.title);
    expect(a.publishedAt).toBe('2024-03-12');
    expect(a.language).toBe(expected.language);
    const paragraphs = a.blocks.map((b) => a.body.slice(b.start, b.end));
    expect(paragraphs).toEqual(expected.paragraphs);
  });

  it.each(Object.entries(texts))('reads the page %s declares, however short, in its declared encoding', async (file, expected) => {
    const page = file.replace(/\.txt$/, '-declared.html');
    const a = await prepareFile(page, readFileSync(join(DIR, page)));
    expect(a.encoding).toBe(new TextDecoder(expected.encoding).encoding);
    expect(a.title).toBe(expected.title);
    expect(a.body).toBe(expected.paragraphs[0]!.slice(0, 60).trim());
    expect(a.language).toBe(expected.language);
  });

  // A news page's <head> often has a kilobyte of scripts and tags before its charset (10 of 60
  // real pages measured): a browser still reads the page in it, when its parser meets the <meta>.
  it.each(Object.entries(texts))('reads the page %s declares after a long head in its declared encoding', async (file, expected) => {
    const declared = readFileSync(join(DIR, file.replace(/\.txt$/, '-declared.html')));
    const at = declared.indexOf('<meta');
    const scripts = Buffer.from(`<script>var analytics = {${' "account": "UA-000000-1",'.repeat(60)}};</script>`);
    const page = Buffer.concat([declared.subarray(0, at), scripts, declared.subarray(at)]);
    expect(at).toBeLessThan(1024);
    expect(page.indexOf('<meta')).toBeGreaterThan(1024);
    const a = await prepareFile('late.html', page);
    expect(a.encoding).toBe(new TextDecoder(expected.encoding).encoding);
    expect(a.title).toBe(expected.title);
    expect(a.body).toBe(expected.paragraphs[0]!.slice(0, 60).trim());
  });
});
