// From bytes to text: refuse what is not text, pick the encoding, normalise to NFC and \n.
import { isAscii } from 'node:buffer';
import chardet from 'chardet';
import { GlossError } from '../errors.js';
import { separatorsToBreaks } from './hygiene.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });
/** One character a byte: enough to find an ASCII declaration among bytes of any code page. */
const bytesAsLatin1 = new TextDecoder('latin1');

/** Leading bytes of formats that are certainly not an article in text, named as the message `import.notText` names them. */
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['riff', [0x52, 0x49, 0x46, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['sevenZip', [0x37, 0x7a, 0xbc, 0xaf]],
  ['rar', [0x52, 0x61, 0x72, 0x21]],
  ['oldOffice', [0xd0, 0xcf, 0x11, 0xe0]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]], // {\rtf
  ['program', [0x7f, 0x45, 0x4c, 0x46]], // ELF
];

/** Control characters that never occur in text (tab, line feed, form feed and carriage return do). */
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;
const CRLF = /\r\n?/g;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

function notText(name: string, what: string): GlossError {
  return new GlossError('unsupported_file', { key: 'import.notText', params: { name, what } });
}

/** UTF-16 without a byte order mark shows as every other byte being zero in Latin text. */
function utf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.7 && evenZero === 0) return 'le';
  if (evenZero > pairs * 0.7 && oddZero === 0) return 'be';
  return null;
}

function decodeUtf16(name: string, bytes: Uint8Array, order: 'le' | 'be'): string {
  try {
    return (order === 'le' ? utf16le : utf16be).decode(bytes);
  } catch {
    throw new GlossError('bad_encoding', { key: 'import.brokenUtf16', params: { name } });
  }
}

// Node's TextDecoder('windows-1252') decodes as Latin-1, losing curly quotes and dashes, so
// the 32 characters where the two differ are mapped here; 0 marks bytes windows-1252 leaves undefined.
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** windows-1252 to text, or null if a byte has no character in it. */
function decodeWindows1252(bytes: Uint8Array): string | null {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0x80 && b < 0xa0) {
      const c = CP1252[b - 0x80]!;
      if (c === 0) return null;
      units[i] = c;
    } else units[i] = b;
  }
  let text = '';
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.subarray(i, i + 8192));
  return text;
}

/** Text that was decoded as Latin-1 from windows-1252 (or ISO-8859-1, which a browser reads as it), with windows-1252's characters for its C1 controls. */
export function withWindows1252Controls(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252[c.charCodeAt(0) - 0x80]!;
    return mapped === 0 ? c : String.fromCharCode(mapped);
  });
}

/** The windows-1252 bytes of a text (a C1 control as its own byte), or null when it has a character windows-1252 lacks. */
export function windows1252Bytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : CP1252.indexOf(c) + 0x80;
    if (b < 0x80 && c >= 0x100) return null;
    bytes[i] = b;
  }
  return bytes;
}

interface ByteScan {
  nul: boolean;
  /** Control bytes other than tab, line feed, form feed and carriage return. */
  controls: number;
  cr: boolean;
  /** A form feed: a page break (pdftotext writes one between pages). */
  ff: boolean;
}

function scanByte(scan: ByteScan, b: number): void {
  if (b >= 0x20 && b !== 0x7f) return;
  if (b === 0) scan.nul = true;
  else if (b === 13) scan.cr = true;
  else if (b === 12) scan.ff = true;
  else if (b !== 9 && b !== 10) scan.controls++;
}

/**
 * Finds control bytes four at a time: a word with no byte below 0x20 and none equal to 0x7f
 * (the usual bit tricks) is skipped whole. Valid for UTF-8 and the legacy code pages alike, whose
 * multi-byte and high characters never use bytes below 0x20.
 */
function scanBytes(bytes: Uint8Array): ByteScan {
  const scan: ByteScan = { nul: false, controls: 0, cr: false, ff: false };
  const n = bytes.length;
  let i = 0;
  const aligned = Math.min(n, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < aligned; i++) scanByte(scan, bytes[i]!);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + i, (n - i) >> 2);
  for (let w = 0; w < words.length; w++) {
    const x = words[w]!;
    const y = x ^ 0x7f7f7f7f;
    if ((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) {
      const at = i + w * 4;
      scanByte(scan, bytes[at]!);
      scanByte(scan, bytes[at + 1]!);
      scanByte(scan, bytes[at + 2]!);
      scanByte(scan, bytes[at + 3]!);
    }
  }
  for (i += words.length * 4; i < n; i++) scanByte(scan, bytes[i]!);
  return scan;
}

/** The text of a file and the encoding it was read in ("UTF-8", "Shift_JIS", ...). */
export interface Decoded {
  text: string;
  encoding: string;
}

/** How much of a file chardet looks at: enough to tell a code page, cheap on a 5 MB file. */
const SNIFF_BYTES = 64 * 1024;
/** Below this chardet confidence (0–100) a guess is noise, not an encoding. */
const MIN_CONFIDENCE = 10;
/** chardet's names for what windows-1252's table decodes (ISO-8859-1 is its subset). */
const WESTERN = new Set(['ISO-8859-1', 'windows-1252']);

/**
 * A legacy code page for bytes that are not UTF-8: chardet's candidates in order of
 * confidence, the first the platform's TextDecoder reads without an invalid byte.
 */
function decodeLegacy(name: string, bytes: Uint8Array): Decoded {
  const candidates = chardet.analyse(bytes.subarray(0, SNIFF_BYTES)).filter((m) => m.confidence >= MIN_CONFIDENCE && !m.name.startsWith('UTF'));
  for (const { name: encoding } of candidates) {
    if (WESTERN.has(encoding)) {
      const text = decodeWindows1252(bytes);
      if (text !== null) return { text, encoding: 'windows-1252' };
      continue;
    }
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // Not a label this platform knows, or a byte that encoding has no character for: try the next.
    }
  }
  throw new GlossError('bad_encoding', { key: 'import.unknownEncoding', params: { name } });
}

const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i;

/**
 * The encoding a page declares (`<meta charset>`, `<meta http-equiv="Content-Type">`, an XML
 * declaration), when its bytes read in it without an invalid one. A browser reads a page so;
 * chardet, guessing from the bytes alone, took a short Russian or Hebrew page whose markup is
 * most of its bytes for windows-1252 and gave mojibake without a word. Looked for in the bytes
 * chardet reads, not only the HTML prescan's 1,024: news pages put a kilobyte of scripts and
 * tags before it, and a browser that meets it later in the head reads the page again in it.
 */
function decodeDeclared(bytes: Uint8Array): Decoded | null {
  const head = bytesAsLatin1.decode(bytes.subarray(0, SNIFF_BYTES));
  const label = (META_CHARSET.exec(head) ?? XML_ENCODING.exec(head))?.[1];
  const decoded = label ? decodeIn(label, bytes) : null;
  // Bytes that found an ASCII <meta> are no UTF-16, whatever it says (a browser ignores it too).
  return decoded?.encoding.startsWith('utf-16') ? null : decoded;
}

/**
 * The bytes read in the encoding a label names (a page's or a MIME part's charset), or null: a
 * label this platform does not know, or a byte that encoding has no character for. ISO-8859-1
 * and ASCII labels name windows-1252 too, read with its table (Node's decoder lacks it, above).
 */
export function decodeIn(label: string, bytes: Uint8Array): Decoded | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    if (decoder.encoding !== 'windows-1252') return { text: decoder.decode(bytes), encoding: decoder.encoding === 'utf-8' ? 'UTF-8' : decoder.encoding };
    const text = decodeWindows1252(bytes);
    return text === null ? null : { text, encoding: 'windows-1252' };
  } catch {
    return null;
  }
}

/**
 * Decodes an imported file: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or evident
 * from zero bytes), else the encoding the page declares, else the legacy code page chardet
 * recognises. Throws unsupported_file for binary content and bad_encoding for bytes no known
 * encoding reads.
 */
export function decodeText(name: string, bytes: Uint8Array): Decoded {
  for (const [what, magic] of MAGIC) if (startsWith(bytes, magic)) throw notText(name, what);

  let text: string;
  let encoding = 'UTF-8';
  let clean = false;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    try {
      text = utf8.decode(bytes.subarray(3));
    } catch {
      throw new GlossError('bad_encoding', { key: 'import.brokenUtf8', params: { name } });
    }
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    text = decodeUtf16(name, bytes.subarray(2), 'le');
    encoding = 'UTF-16LE';
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    text = decodeUtf16(name, bytes.subarray(2), 'be');
    encoding = 'UTF-16BE';
  } else {
    const order = utf16WithoutBom(bytes);
    if (order) {
      text = decodeUtf16(name, bytes, order);
      encoding = order === 'le' ? 'UTF-16LE' : 'UTF-16BE';
    } else {
      const scan = scanBytes(bytes);
      if (scan.nul) throw notText(name, 'binary');
      if (scan.controls === 0 && !scan.ff && isAscii(bytes)) {
        // ASCII: already NFC, nothing to strip.
        text = utf8.decode(bytes);
        return { text: scan.cr ? text.replace(CRLF, '\n') : text, encoding };
      }
      clean = scan.controls === 0;
      try {
        text = utf8.decode(bytes);
      } catch {
        ({ text, encoding } = decodeDeclared(bytes) ?? decodeLegacy(name, bytes));
      }
    }
  }
  return { text: normalizeText(name, text, clean), encoding };
}

/** NFC, \n line endings, no stray control characters; refuses text that is mostly controls. */
export function normalizeText(name: string, text: string, noControls = false): string {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = separatorsToBreaks(text);
  CONTROL.lastIndex = 0;
  if (!noControls && CONTROL.test(text)) {
    const controls = text.match(CONTROL)!.length;
    // A stray form of end-of-file or a few pasted controls are tolerated; many mean binary.
    if (controls > 8 && controls > text.length / 1000) throw notText(name, 'binary');
    text = text.replace(CONTROL, '');
  }
  if (text.includes('\r')) text = text.replace(CRLF, '\n');
  return text.normalize('NFC');
}
