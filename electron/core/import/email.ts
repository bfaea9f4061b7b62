// A saved email (.eml, a MIME message: how press releases and newsletters arrive). postal-mime
// reads its parts, undoes their transfer encodings (quoted-printable, base64) and decodes them in
// their charsets; index.ts takes its HTML part (else its text) through the page (or text) import,
// with the message's Subject, From and Date for what the body does not say. Attachments and inline
// images are never read, except a message forwarded as an attachment, whose text is the article's.
import PostalMime, { type Email } from 'postal-mime';
import { GlossError } from '../errors.js';
import { esc } from '../export/escape.js';
import { windows1252Bytes, withWindows1252Controls } from './decode.js';

export interface EmailMessage {
  html: string | null;
  text: string | null;
  /** The Subject, without the "Fwd:" or "Re:" a forward or a reply puts before it. */
  subject: string | null;
  /** Who sent it: the From's name, else its address. */
  sender: string | null;
  /** The day the message was sent (YYYY-MM-DD), where the sender was. */
  sentOn: string | null;
}

/** Headers that every mail program writes; a file without one is no email, whatever its name. */
const MAIL_HEADERS = new Set(['from', 'date', 'subject', 'message-id', 'mime-version', 'received', 'return-path', 'to']);
/** A header field's name (RFC 5322: printable ASCII but the colon). */
const FIELD_NAME = /^[!-9;-~]+$/;
const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|tr|rv|wg|aw|sv|vs|rif|enc|رد|إعادة توجيه)\s*(?:\[\d+\])?\s*:\s*)+/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 5322's date: "Tue, 12 Mar 2024 23:30:00 -0500". */
const RFC_DATE = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\b/i;

/**
 * The day the Date header names, as the sender's calendar had it: postal-mime gives the moment in
 * UTC, and a release sent at 23:30 in New York would be dated the next day.
 */
function sentOn(email: Email): string | null {
  const raw = email.headers.find((h) => h.key === 'date')?.value ?? '';
  const m = RFC_DATE.exec(raw);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) + 1 : 0;
  if (m && month > 0 && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return email.date && /^\d{4}-\d{2}-\d{2}T/.test(email.date) ? email.date.slice(0, 10) : null;
}

function sender(email: Email): string | null {
  const from = email.from;
  if (!from) return null;
  return from.name.trim() || from.address?.trim() || null;
}

/** A UTF-8 sequence read as windows-1252: a lead byte (Â to ô) and a continuation byte (0x80–0xBF as windows-1252 shows it). */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A part that is UTF-8 but is labelled ISO-8859-1 or US-ASCII, or a charset the platform does not
 * know (which postal-mime reads as windows-1252), as some mail programs send it: "cafÃ©", "â€œ".
 * Its bytes, got back, are read as UTF-8 when they are valid UTF-8, which Latin text almost never is.
 */
function asSent(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = windows1252Bytes(text);
  if (!bytes) return text;
  try {
    return utf8.decode(bytes);
  } catch {
    return text;
  }
}

/**
 * postal-mime decodes ISO-8859-1 and windows-1252 parts with the platform's decoder, which reads
 * both as Latin-1: curly quotes and dashes came out as invisible control characters.
 */
function decoded(text: string | undefined): string | null {
  return text?.trim() ? asSent(withWindows1252Controls(text)) : null;
}

interface Body {
  html: string | null;
  text: string | null;
}

function bodyOf(email: Email): Body {
  return { html: decoded(email.html), text: decoded(email.text) };
}

/** A text part among HTML ones: its paragraphs (blank lines) and lines kept. */
function textAsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => `<p>${esc(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const BODY = /<body[^>]*>([\s\S]*)<\/body>/i;
/**
 * The HTML part titled by the Subject, which a mail program shows as the message's title (its own
 * <title> is never shown, and is often a template's, "Newsletter"), as a page's og:title, which the
 * extraction reads first and takes as it is. A heading that the Subject ends or starts with is then
 * the title ("Press release: Quay repairs begin" over <h1>Quay repairs begin</h1>); any other
 * heading stays in the text.
 */
function titled(html: string, subject: string | null): string {
  if (!subject) return html;
  const title = `<meta property="og:title" content="${esc(subject)}">`;
  if (/<head[\s>]/i.test(html)) return html.replace(/<head[^>]*>/i, (head) => head + title);
  if (/<html[\s>]/i.test(html)) return html.replace(/<html[^>]*>/i, (root) => `${root}<head>${title}</head>`);
  return title + html;
}

/** A message and the messages forwarded with it, one after the other, as a mail program shows an inline forward. */
function joined(bodies: Body[]): Body {
  if (bodies.length === 1) return bodies[0]!;
  if (bodies.every((b) => b.html === null)) return { html: null, text: bodies.map((b) => b.text).join('\n\n') };
  const parts = bodies.map((b) => (b.html === null ? textAsHtml(b.text!) : (BODY.exec(b.html)?.[1] ?? b.html)));
  return { html: `<!doctype html><html><body>${parts.join('<hr>')}</body></html>`, text: null };
}

const BOM = [0xef, 0xbb, 0xbf];
const ENVELOPE = [...'From '].map((c) => c.charCodeAt(0));

/**
 * The message from its first header on: without a UTF-8 byte order mark, or the mbox "From " line
 * ("From - Tue Mar 12 09:30:00 2024") that some mail programs keep above a message they save.
 */
function fromHeaders(bytes: Uint8Array): Uint8Array {
  let at = BOM.every((b, i) => bytes[i] === b) ? BOM.length : 0;
  if (ENVELOPE.every((b, i) => bytes[at + i] === b)) {
    const end = bytes.indexOf(0x0a, at);
    at = end === -1 ? bytes.length : end + 1;
  }
  return bytes.subarray(at);
}

export async function readEmail(name: string, bytes: Uint8Array): Promise<EmailMessage> {
  let email: Email;
  try {
    // A forwarded message is read below, as the article: postal-mime would set one without a
    // Content-Disposition into the text with its headers as lines ("From", "Council", "Subject"…).
    email = await PostalMime.parse(fromHeaders(bytes), { forceRfc822Attachments: true });
  } catch {
    throw new GlossError('unsupported_file', { key: 'import.notEmail', params: { name } });
  }
  // postal-mime reads any file, taking its first lines for headers: an email starts with its own.
  const first = email.headers[0];
  if (!first || !FIELD_NAME.test(first.key) || !email.headers.some((h) => MAIL_HEADERS.has(h.key))) {
    throw new GlossError('unsupported_file', { key: 'import.notEmail', params: { name } });
  }
  // A forwarded message ("Forward as attachment", or inline): the release a reader or a colleague
  // passed on, whose text would otherwise be lost behind an "FYI".
  const forwarded: Email[] = [];
  for (const attachment of email.attachments) {
    if (attachment.mimeType !== 'message/rfc822' || typeof attachment.content === 'string') continue;
    const message = await PostalMime.parse(attachment.content).catch(() => null);
    if (message) forwarded.push(message);
  }
  const messages = [email, ...forwarded];
  const bodies = messages.map(bodyOf).filter((b) => b.html || b.text);
  if (bodies.length === 0) throw new GlossError('empty_file', { key: 'import.emailEmpty', params: { name, attachments: email.attachments.length } });
  const { html, text } = joined(bodies);
  // What was forwarded is the article: its sender and day, not the forwarder's.
  const original = forwarded[0] ?? email;
  const subject = [email, original].map((m) => decoded(m.subject)?.replace(REPLY_PREFIX, '').trim()).find(Boolean) ?? null;
  return { html: html === null ? null : titled(html, subject), text, subject, sender: decoded(sender(original) ?? undefined), sentOn: sentOn(original) };
}
