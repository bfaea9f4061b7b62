// Files and pasted text made ready for the library: decoded, cleaned, reduced to text and blocks.
// Pure: no database here; article-import.ts stores what this returns.
import { ARTICLE_FORMATS, MAIN_EXTENSIONS } from '../../../shared/importFormats.js';
import { MAX_ARTICLE_BLOCKS, MAX_BLOCK_CHARS, MAX_IMPORT_BYTES } from '../../../shared/limits.js';
import type { Direction, LeftOut } from '../../../shared/model.js';
import { GlossError } from '../errors.js';
import { httpUrl } from '../urls.js';
import { assemble, titleFromText, type Draft, type Meta } from './blocks.js';
import { cleanDrafts } from './clean.js';
import { decodeText, normalizeText } from './decode.js';
import type { HtmlExtract } from './html-extract.js';
import { parseInWorker } from './html.js';
import { urlDay } from './metadata.js';
import { showBidiControls, withoutBidiControls, withoutBreakHints } from './hygiene.js';
import { readEmail, type EmailMessage } from './email.js';
import { readMhtml } from './mhtml.js';
import { parseMarkdown } from './markdown.js';
import { detectLanguage, languageDetector } from './language.js';
import { detectDirection } from './script.js';
import { parseText } from './text.js';
import type { PreparedArticle } from './types.js';

export type { PreparedArticle } from './types.js';
export { closeHtmlWorker } from './html.js';

type Kind = PreparedArticle['originalType'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' satisfies Kind;
const ODT = 'application/vnd.oasis.opendocument.text' satisfies Kind;

const EXTENSIONS: Record<string, Kind> = ARTICLE_FORMATS;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** What a file must start with to be what its extension says: %PDF, and a ZIP archive for .docx and .odt. */
const MAGIC: Partial<Record<Kind, readonly number[]>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  [DOCX]: ZIP,
  [ODT]: ZIP,
};
/** The parse worker's name for each format it reads from bytes. */
const BINARY: Partial<Record<Kind, 'pdf' | 'docx' | 'odt'>> = { 'application/pdf': 'pdf', [DOCX]: 'docx', [ODT]: 'odt' };
/**
 * A Word file saved with a password is no ZIP: Office encrypts the package into an OLE compound
 * file, a stream named "EncryptedPackage" (MS-OFFCRYPTO).
 */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const LOOKS_HTML = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const MB = MAX_IMPORT_BYTES / (1024 * 1024);
const IMPORTABLE = { list: MAIN_EXTENSIONS };

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function extensionOf(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : null;
}

function tooLarge(name: string, bytes: number): GlossError {
  return new GlossError('too_large', { key: 'import.tooLarge', params: { name, size: Math.round((bytes / (1024 * 1024)) * 10) / 10, max: MB } });
}

function emptyFile(name: string): GlossError {
  return new GlossError('empty_file', { key: 'import.empty', params: { name } });
}

function tooManyParts(name: string | null, what: 'blocks' | 'characters', count: number, max: number): GlossError {
  return new GlossError('too_large', { key: 'import.tooManyParts', params: { name: name ?? '', pasted: name ? 'no' : 'yes', what, count, max } });
}

interface Source {
  name: string | null;
  kind: Kind;
  original: Uint8Array;
  encoding: string | null;
  /** What the file itself declares (an HTML page's lang and dir), which wins over detection. */
  language?: string | null;
  direction?: Direction | null;
  leftOut?: LeftOut;
}

async function finish(source: Source, meta: Meta, drafts: Draft[]): Promise<PreparedArticle> {
  const { name, kind, original, encoding } = source;
  if (drafts.length === 0) throw emptyFile(name ?? 'The pasted text');
  if (drafts.length > MAX_ARTICLE_BLOCKS) throw tooManyParts(name, 'blocks', drafts.length, MAX_ARTICLE_BLOCKS);
  const { body, blocks } = assemble(drafts.map((d) => ({ ...d, text: showBidiControls(withoutBreakHints(d.text)) })));
  const longest = Math.max(...blocks.map((b) => b.end - b.start));
  if (longest > MAX_BLOCK_CHARS) throw tooManyParts(name, 'characters', longest, MAX_BLOCK_CHARS);
  const language = source.language ?? detectLanguage(await languageDetector(), body);
  const title = meta.title || titleFromText(assemble(drafts).body);
  const clean = (s: string | null) => (s === null ? null : withoutBidiControls(withoutBreakHints(s)).trim() || null);
  return {
    title: clean(title) ?? titleFromText(body),
    outlet: clean(meta.outlet),
    author: clean(meta.author),
    publishedAt: meta.publishedAt,
    sourceUrl: meta.sourceUrl,
    language,
    direction: source.direction ?? detectDirection(body),
    body,
    blocks,
    originalName: name,
    originalType: kind,
    original,
    encoding,
    ...(source.leftOut ? { leftOut: source.leftOut } : {}),
  };
}

/** What the parse worker read, cleaned like text; the page's own title heading leaves the body. */
function fromPage(source: Source, page: HtmlExtract): Promise<PreparedArticle> {
  const { drafts } = cleanDrafts(page.drafts, page.meta);
  page.meta.author ??= page.fallbackAuthor ?? null;
  page.meta.publishedAt ??= urlDay(page.meta.sourceUrl);
  // A page with an <h1> and no <title>: the heading is the title, not the heading and the text.
  if (!page.meta.title && drafts[0]?.kind === 'heading') page.meta.title = drafts[0].text;
  const title = page.meta.title;
  if (title && drafts[0]?.kind === 'heading' && drafts[0].text.toLowerCase() === title.toLowerCase()) drafts.shift();
  return finish({ ...source, language: page.language, direction: page.direction, leftOut: page.leftOut }, page.meta, drafts);
}

/** An email's HTML part (else its text), titled by its Subject, with its sender and day for what the body does not say. */
async function fromEmail(source: Source & { name: string }, email: EmailMessage): Promise<PreparedArticle> {
  const fill = (meta: Meta) => {
    meta.title ||= email.subject;
    meta.outlet ??= email.sender;
    meta.publishedAt ??= email.sentOn;
  };
  if (email.html) {
    const page = await parseInWorker(source.name, { format: 'html', html: email.html, ownText: true });
    // A newsletter set as pictures has its words in its text part only.
    if (page.drafts.length > 0 || !email.text) {
      fill(page.meta);
      return fromPage(source, page);
    }
  }
  const { meta, drafts } = parseText(normalizeText(source.name, email.text!), email.subject);
  fill(meta);
  return finish(source, meta, drafts);
}

/** A .txt or .md file (by its name): one read here, without the parse worker (unless it turns out to be HTML). */
export function isTextFile(name: string): boolean {
  const ext = extensionOf(name);
  const kind = ext === null ? undefined : EXTENSIONS[ext];
  return kind === 'text/plain' || kind === 'text/markdown';
}

/** One imported file: .txt, .md, .html, .mhtml, .eml, .pdf, .docx or .odt by its extension (or, without one, by its content). */
export async function prepareFile(name: string, bytes: Uint8Array): Promise<PreparedArticle> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.length);
  const ext = extensionOf(name);
  let kind: Kind | undefined = ext === null ? undefined : EXTENSIONS[ext];
  if (ext !== null && kind === undefined) {
    throw new GlossError('unsupported_file', { key: 'import.unsupportedExtension', params: { name, ext, importable: IMPORTABLE } });
  }
  if (bytes.length === 0) throw emptyFile(name);
  if (kind === undefined && startsWith(bytes, MAGIC['application/pdf']!)) kind = 'application/pdf';
  const source = { name, kind: kind ?? 'text/plain', original: bytes };

  const format = kind && BINARY[kind];
  if (kind && format) {
    if (kind === DOCX && startsWith(bytes, OLE) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE)) {
      throw new GlossError('unsupported_file', { key: 'import.password', params: { name } });
    }
    if (!startsWith(bytes, MAGIC[kind]!)) throw new GlossError('unsupported_file', { key: 'import.notWhatItSays', params: { name, format } });
    const page = await parseInWorker(name, { format, bytes });
    return fromPage({ ...source, kind, encoding: null }, page);
  }
  if (kind === 'multipart/related') {
    const saved = readMhtml(name, bytes);
    const page = await parseInWorker(name, { format: 'html', html: saved.html });
    page.meta.sourceUrl ??= httpUrl(saved.url);
    return fromPage({ ...source, kind, encoding: saved.encoding }, page);
  }
  if (kind === 'message/rfc822') return fromEmail({ ...source, kind, encoding: null }, await readEmail(name, bytes));

  const { text, encoding } = decodeText(name, bytes);
  if (text.trim().length === 0) throw emptyFile(name);
  if (kind !== 'text/markdown' && LOOKS_HTML.test(text.slice(0, 1024))) kind = 'text/html';
  kind ??= 'text/plain';
  if (kind === 'text/html') return fromPage({ ...source, kind, encoding }, await parseInWorker(name, { format: 'html', html: text }));
  const { meta, drafts } = kind === 'text/markdown' ? parseMarkdown(text) : parseText(text, null);
  return finish({ ...source, kind, encoding }, meta, drafts);
}

const encoder = new TextEncoder();

/** Pasted text, cleaned like a .txt file; a given title wins over a detected one. */
export async function prepareText(text: string, title?: string): Promise<PreparedArticle> {
  const original = encoder.encode(text);
  if (original.length > MAX_IMPORT_BYTES) throw tooLarge('The pasted text', original.length);
  const given = title?.trim() ? normalizeText('The title', title.trim()) : null;
  const { meta, drafts } = parseText(normalizeText('The pasted text', text), given);
  return finish({ name: null, kind: 'text/plain', original, encoding: null }, meta, drafts);
}
