// Files and pasted text made ready for the library: decoded, cleaned, reduced to text and blocks.
// Pure: no database here; article-import.ts stores what this returns.
import { MAX_ARTICLE_BLOCKS, MAX_BLOCK_CHARS, MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import { GlossError } from '../errors.js';
import { assemble, titleFromText, type Draft, type Meta } from './blocks.js';
import { cleanDrafts } from './clean.js';
import { decodeText, normalizeText } from './decode.js';
import { extractHtmlInWorker } from './html.js';
import { showBidiControls, withoutBidiControls } from './hygiene.js';
import { parseMarkdown } from './markdown.js';
import { detectLanguage } from './script.js';
import { parseText } from './text.js';
import type { PreparedArticle } from './types.js';

export type { PreparedArticle } from './types.js';
export { closeHtmlWorker } from './html.js';

type Kind = PreparedArticle['originalType'];

const EXTENSIONS: Record<string, Kind> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  mdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
};
const LOOKS_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const MB = MAX_IMPORT_BYTES / (1024 * 1024);

function extensionOf(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

function tooLarge(name: string, bytes: number): GlossError {
  return new GlossError(
    'too_large',
    `"${name}" is ${(bytes / (1024 * 1024)).toFixed(1)} MB; articles can be at most ${MB} MB. Split it or import only the article's text.`,
  );
}

function emptyFile(name: string): GlossError {
  return new GlossError(
    'empty_file',
    `"${name}" has no article text (it is empty, or only page furniture such as menus and share links). Check the file and import one with the article in it.`,
  );
}

function tooManyParts(name: string | null, what: string, count: number, max: number): GlossError {
  return new GlossError(
    'too_large',
    `${name ? `"${name}"` : 'The pasted text'} has ${count.toLocaleString('en')} ${what}; an article can have at most ${max.toLocaleString('en')}. Split it into several files, or import only the article's text.`,
  );
}

function finish(name: string | null, kind: Kind, original: Uint8Array, meta: Meta, drafts: Draft[], lang?: { language: string | null; direction: 'ltr' | 'rtl' | null }): PreparedArticle {
  if (drafts.length === 0) throw emptyFile(name ?? 'The pasted text');
  if (drafts.length > MAX_ARTICLE_BLOCKS) throw tooManyParts(name, 'paragraphs, headings and list items', drafts.length, MAX_ARTICLE_BLOCKS);
  const { body, blocks } = assemble(drafts.map((d) => ({ ...d, text: showBidiControls(d.text) })));
  const longest = Math.max(...blocks.map((b) => b.end - b.start));
  if (longest > MAX_BLOCK_CHARS) throw tooManyParts(name, 'characters in one paragraph', longest, MAX_BLOCK_CHARS);
  const detected = detectLanguage(body);
  const title = meta.title || titleFromText(assemble(drafts).body);
  const clean = (s: string | null) => (s === null ? null : withoutBidiControls(s).trim() || null);
  return {
    title: clean(title) ?? titleFromText(body),
    outlet: clean(meta.outlet),
    author: clean(meta.author),
    publishedAt: meta.publishedAt,
    sourceUrl: meta.sourceUrl,
    language: lang?.language ?? detected.language,
    direction: lang?.direction ?? detected.direction,
    body,
    blocks,
    originalName: name,
    originalType: kind,
    original,
  };
}

/** One imported file: .txt, .md or .html by its extension (or, without one, by its content). */
export async function prepareFile(name: string, bytes: Uint8Array): Promise<PreparedArticle> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.length);
  const ext = extensionOf(name);
  let kind: Kind | undefined = ext === null ? undefined : EXTENSIONS[ext];
  if (ext !== null && kind === undefined) {
    throw new GlossError(
      'unsupported_file',
      `"${name}" is a .${ext} file; Gloss imports .txt, .md and .html files. Save the article in one of those or paste its text.`,
    );
  }
  if (bytes.length === 0) throw emptyFile(name);
  const text = decodeText(name, bytes);
  if (text.trim().length === 0) throw emptyFile(name);
  if (kind !== 'text/markdown' && LOOKS_HTML.test(text.slice(0, 1024))) kind = 'text/html';
  kind ??= 'text/plain';

  if (kind === 'text/html') {
    const page = await extractHtmlInWorker(name, text);
    const { drafts } = cleanDrafts(page.drafts, page.meta);
    // A page with an <h1> and no <title>: the heading is the title, not the heading and the text.
    if (!page.meta.title && drafts[0]?.kind === 'heading') page.meta.title = drafts[0].text;
    const title = page.meta.title;
    if (title && drafts[0]?.kind === 'heading' && drafts[0].text.toLowerCase() === title.toLowerCase()) drafts.shift();
    return finish(name, kind, bytes, page.meta, drafts, page);
  }
  const { meta, drafts } = kind === 'text/markdown' ? parseMarkdown(text) : parseText(text, null);
  return finish(name, kind, bytes, meta, drafts);
}

const encoder = new TextEncoder();

/** Pasted text, cleaned like a .txt file; a given title wins over a detected one. */
export function prepareText(text: string, title?: string): PreparedArticle {
  const original = encoder.encode(text);
  if (original.length > MAX_IMPORT_BYTES) throw tooLarge('The pasted text', original.length);
  const given = title?.trim() ? normalizeText('The title', title.trim()) : null;
  const { meta, drafts } = parseText(normalizeText('The pasted text', text), given);
  return finish(null, 'text/plain', original, meta, drafts);
}
