// Markdown (.md): front matter as metadata, headings, paragraphs, quotes and list items as
// blocks, inline syntax reduced to its text. A small reader for what articles use, not CommonMark.
import { emptyMeta, squash, type Draft, type Meta } from './blocks.js';
import { cleanDrafts } from './clean.js';
import { isoDay } from './metadata.js';

const FRONT_MATTER_END = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/;
const QUOTED = /^(["'])(.*)\1$/;
const URL = /^https?:\/\/\S+$/i;
const ATX = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT = /^(?:=+|-+)\s*$/;
const RULE = /^(?:[-*_]\s*){3,}$/;
const FENCE = /^(```|~~~)/;
const QUOTE = /^>\s?/;
const LIST = /^\s*(?:[-*+]|(\d{1,9})[.)])\s+/;

// Inline syntax. Each pattern stops at the next delimiter, so matching stays linear.
const IMAGE = /!\[[^[\]\n]*\]\([^()\s]*(?:\s+"[^"\n]*")?\)/g;
const LINK = /\[([^[\]\n]*)\](?:\([^()\s]*(?:\s+"[^"\n]*")?\)|\[[^[\]\n]*\])/g;
const AUTOLINK = /<(https?:\/\/[^>\s]+)>/g;
const TAG = /<\/?[A-Za-z][^<>]*>/g;
const STRONG = /(\*\*|__)([^*_\n]+)\1/g;
const EMPHASIS = /(^|[^\w*])[*_]([^*_\n]+)[*_](?!\w)/g;
const STRIKE = /~~([^~\n]+)~~/g;
const CODE = /`([^`\n]+)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

/** Markdown inline syntax reduced to the words a reader sees. */
export function inlineText(s: string): string {
  if (/[[\]<*_`~\\!]/.test(s)) {
    s = s
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(AUTOLINK, '$1')
      .replace(TAG, '')
      .replace(CODE, '$1')
      .replace(STRONG, '$2')
      .replace(EMPHASIS, '$1$2')
      .replace(STRIKE, '$1')
      .replace(ESCAPE, '$1');
  }
  return squash(s);
}

function frontMatter(text: string, meta: Meta): string {
  if (!text.startsWith('---\n')) return text;
  const end = FRONT_MATTER_END.exec(text.slice(3, 20_000));
  if (!end) return text;
  const head = text.slice(4, 3 + end.index);
  for (const raw of head.split('\n')) {
    const m = FIELD.exec(raw.trim());
    if (!m) continue;
    const value = m[2]!.trim().replace(QUOTED, '$2').trim();
    if (value.length === 0) continue;
    switch (m[1]!.toLowerCase()) {
      case 'title':
        meta.title ??= value;
        break;
      case 'date':
      case 'published':
      case 'publishedat':
      case 'published_at':
        meta.publishedAt ??= isoDay(value);
        break;
      case 'author':
      case 'byline':
        meta.author ??= value;
        break;
      case 'outlet':
      case 'publisher':
      case 'site':
      case 'source':
        if (URL.test(value)) meta.sourceUrl ??= value;
        else meta.outlet ??= value;
        break;
      case 'url':
      case 'link':
      case 'canonical':
      case 'source_url':
      case 'sourceurl':
        if (URL.test(value)) meta.sourceUrl ??= value;
        break;
    }
  }
  return text.slice(3 + end.index + end[0].length);
}

export function parseMarkdown(text: string): { meta: Meta; drafts: Draft[] } {
  const meta = emptyMeta();
  const lines = frontMatter(text, meta).split('\n');
  const drafts: Draft[] = [];
  let firstH1: string | null = null;
  let para: string[] = [];
  let kind: 'paragraph' | 'quote' | 'list-item' = 'paragraph';
  let fence: string | null = null;

  const flush = (): void => {
    const t = fence === null ? inlineText(para.join(' ')) : squash(para.join(' '));
    if (t.length > 0) drafts.push({ kind, text: t, line: para.length === 1 });
    para = [];
    kind = 'paragraph';
  };
  const heading = (source: string, level1: boolean): void => {
    const t = inlineText(source);
    if (t.length === 0) return;
    if (level1) firstH1 ??= t;
    drafts.push({ kind: 'heading', text: t, line: true });
  };

  for (const raw of lines) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (fence !== null) {
      if (trimmed.startsWith(fence)) {
        flush();
        fence = null;
      } else if (trimmed.length > 0) para.push(trimmed);
      continue;
    }
    const f = FENCE.exec(trimmed);
    if (f) {
      flush();
      fence = f[1]!;
      continue;
    }
    if (trimmed.length === 0) {
      flush();
      continue;
    }
    const atx = ATX.exec(trimmed);
    if (atx) {
      flush();
      heading(atx[2]!, atx[1]!.length === 1);
      continue;
    }
    if (SETEXT.test(trimmed) && para.length > 0 && kind === 'paragraph') {
      const source = para.join(' ');
      para = [];
      heading(source, trimmed.startsWith('='));
      continue;
    }
    if (RULE.test(trimmed)) {
      flush();
      continue;
    }
    if (QUOTE.test(trimmed)) {
      if (kind !== 'quote') flush();
      kind = 'quote';
      const inner = trimmed.replace(QUOTE, '').trim();
      if (inner.length === 0) flush();
      else para.push(inner);
      continue;
    }
    const list = LIST.exec(line);
    if (list) {
      flush();
      kind = 'list-item';
      // Bullets go (the reader shows them); numbers stay, as they carry meaning.
      para.push(list[1] !== undefined ? trimmed : line.slice(list[0].length));
      continue;
    }
    if (kind === 'quote') flush();
    para.push(trimmed); // a paragraph line, or a list item's continuation
  }
  flush();

  const { drafts: cleaned } = cleanDrafts(drafts, meta);
  // The first level-one heading is the title, unless front matter named one; it leaves the body.
  const title: string | null = meta.title ?? firstH1;
  const at = title === null ? -1 : cleaned.findIndex((d, i) => i < 3 && d.kind === 'heading' && d.text.toLowerCase() === title.toLowerCase());
  if (at !== -1) cleaned.splice(at, 1);
  meta.title = title;
  return { meta, drafts: cleaned };
}
