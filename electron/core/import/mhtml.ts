// A saved web page in one file (.mhtml/.mht, Chromium's "Webpage, single file"): a MIME
// multipart message whose HTML part is the page. This finds that part, undoes its transfer
// encoding (quoted-printable or base64) and decodes it in its charset; html.ts does the rest.
import { GlossError } from '../errors.js';
import { decodeIn, decodeText, normalizeText } from './decode.js';

export interface MhtmlPage {
  html: string;
  encoding: string;
  /** Where the page was saved from (Snapshot-Content-Location or the part's Content-Location). */
  url: string | null;
}

type Headers = Map<string, string>;

/** Header lines up to the first blank line, continuation lines unfolded; names lower-cased. */
function parseHeaders(text: string): { headers: Headers; bodyAt: number } {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const headers: Headers = new Map();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, bodyAt: end ? end.index + end[0].length : text.length };
}

/** A parameter of a header value: `boundary="..."`, `charset=utf-8`. */
function param(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function mediaType(value: string | undefined): string {
  return (value ?? 'text/plain').split(';')[0]!.trim().toLowerCase();
}

/** Quoted-printable to bytes: "=XX" escapes and "=" soft line breaks (the text is one byte per character). */
function quotedPrintable(text: string): Uint8Array {
  const out = Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function bodyBytes(body: string, transfer: string | undefined): Uint8Array {
  const encoding = (transfer ?? '').trim().toLowerCase();
  const bytes = encoding === 'quoted-printable' ? quotedPrintable(body) : Buffer.from(body, encoding === 'base64' ? 'base64' : 'latin1');
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function notMhtml(name: string, why: 'noParts' | 'noHtml'): GlossError {
  return new GlossError('unsupported_file', { key: 'import.notMhtml', params: { name, why } });
}

export function readMhtml(name: string, bytes: Uint8Array): MhtmlPage {
  // One character per byte, so that offsets and binary parts survive until each part is decoded.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const { headers, bodyAt } = parseHeaders(text);
  const boundary = param(headers.get('content-type'), 'boundary');
  if (!mediaType(headers.get('content-type')).startsWith('multipart/') || !boundary) throw notMhtml(name, 'noParts');
  const snapshotUrl = headers.get('snapshot-content-location') ?? null;

  const parts = text.slice(bodyAt).split(`--${boundary}`).slice(1);
  let html: { headers: Headers; body: string } | null = null;
  for (const raw of parts) {
    if (raw.startsWith('--')) break; // the closing delimiter
    const part = parseHeaders(raw.replace(/^\r?\n/, ''));
    if (mediaType(part.headers.get('content-type')) !== 'text/html') continue;
    const body = raw.replace(/^\r?\n/, '').slice(part.bodyAt).replace(/\r?\n$/, '');
    // The page itself, not a frame inside it: the part saved from the snapshot's address, else the first.
    if (!html || (snapshotUrl && part.headers.get('content-location') === snapshotUrl)) html = { headers: part.headers, body };
    if (snapshotUrl && part.headers.get('content-location') === snapshotUrl) break;
  }
  if (!html) throw notMhtml(name, 'noHtml');

  const content = bodyBytes(html.body, html.headers.get('content-transfer-encoding'));
  const charset = param(html.headers.get('content-type'), 'charset');
  const url = snapshotUrl ?? html.headers.get('content-location') ?? null;
  // An unknown charset or bytes that do not fit it: the file's own bytes are the better guide.
  const declared = charset ? decodeIn(charset, content) : null;
  if (declared) return { html: normalizeText(name, declared.text), encoding: declared.encoding, url };
  const decoded = decodeText(name, content);
  return { html: decoded.text, encoding: decoded.encoding, url };
}
