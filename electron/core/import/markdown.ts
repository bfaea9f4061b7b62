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
const FOOTNOTE_REF = /\[\^[^\]\s]+\]/g;
/** A footnote's definition, `[^1]: The source.`: its text is a paragraph of its own. */
const FOOTNOTE = /^\[\^[^\]\s]+\]:\s*/;
/** A table's rule under its header row (GFM): `| --- | :---: |`. */
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;
const CELL_SPLIT = /(?<!\\)\|/;
const COMMENT_START = '<!--';
const COMMENT_END = '-->';
/** A YAML list in front matter, `[Ana, "Ben"]`. */
const FLOW_LIST = /^\[(.*)\]$/;
const YAML_ITEM = /^\s*-\s+(.*)$/;

/** Markdown inline syntax reduced to the words a reader sees. */
export function inlineText(s: string): string {
  if (/[[\]<*_`~\\!]/.test(s)) {
    s = s
      .replace(FOOTNOTE_REF, '')
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

/** What of a line is outside HTML comments, and whether one is still open at its end. */
function outsideComments(line: string, inComment: boolean): [string, boolean] {
  let kept = '';
  let rest = line;
  while (rest.length > 0) {
    const mark = rest.indexOf(inComment ? COMMENT_END : COMMENT_START);
    if (mark === -1) return [inComment ? kept : kept + rest, inComment];
    if (!inComment) kept += rest.slice(0, mark);
    rest = rest.slice(mark + (inComment ? COMMENT_END : COMMENT_START).length);
    inComment = !inComment;
  }
  return [kept, inComment];
}

/** The "- item" lines of a YAML block list, from `from` to the first line that is not one. */
function itemsBelow(lines: string[], from: number): string[] {
  const items: string[] = [];
  for (const line of lines.slice(from)) {
    const item = YAML_ITEM.exec(line);
    if (!item) break;
    items.push(item[1]!);
  }
  return items;
}

function frontMatter(text: string, meta: Meta): string {
  if (!text.startsWith('---\n')) return text;
  const end = FRONT_MATTER_END.exec(text.slice(3, 20_000));
  if (!end) return text;
  const head = text.slice(4, 3 + end.index).split('\n');
  const unquoted = (v: string) => v.trim().replace(QUOTED, '$2').trim();
  for (const [i, raw] of head.entries()) {
    const m = FIELD.exec(raw.trim());
    if (!m) continue;
    // A list, in brackets or as the "- item" lines below the field: its items, comma-separated.
    const flow = FLOW_LIST.exec(m[2]!.trim());
    const items = flow ? flow[1]!.split(',') : m[2]!.trim() === '' ? itemsBelow(head, i + 1) : null;
    const value = items ? items.map(unquoted).filter(Boolean).join(', ') : unquoted(m[2]!);
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

  let comment = false;
  let table = false;
  const row = (source: string): void => {
    const cells = source.replace(/^\||\|$/g, '').split(CELL_SPLIT).map(inlineText).filter((c) => c.length > 0);
    if (cells.length > 0) drafts.push({ kind: 'paragraph', text: cells.join(' · '), line: true });
  };

  for (const raw of lines) {
    let line = raw.trimEnd();
    // HTML comments are not text, on one line or over several (not inside a code block).
    if (fence === null && (comment || line.includes(COMMENT_START))) {
      let kept: string;
      [kept, comment] = outsideComments(line, comment);
      if (kept.trim().length === 0 && line.trim().length > 0) continue;
      line = kept.trimEnd();
    }
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
      table = false;
      continue;
    }
    // A table: each row a paragraph of its cells (the header row too), its rule left out.
    if (TABLE_RULE.test(trimmed) && trimmed.includes('|') && para.length === 1 && para[0]!.includes('|') && kind === 'paragraph') {
      const header = para[0]!;
      para = [];
      row(header);
      table = true;
      continue;
    }
    if (table && trimmed.includes('|')) {
      row(trimmed);
      continue;
    }
    table = false;
    const footnote = FOOTNOTE.exec(trimmed);
    if (footnote) {
      flush();
      para.push(trimmed.slice(footnote[0].length));
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
