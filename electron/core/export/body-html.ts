// An article's text as HTML blocks with its claims as nested <mark> elements and a numbered
// reference at the end of each claim. Shared by the report and the worksheet.
import type { TFunction } from 'i18next';
import type { Annotation, Article, Block } from '../../../shared/model.js';
import { unquoted } from '../../../shared/quote.js';
import { esc, isolated, safeLang } from './escape.js';
import { blocksOf, segmentize, spansOf } from './segments.js';

export interface BodyOptions {
  numbers: Map<string, number>;
  /** The class list of a claim's <mark>. */
  markClass(a: Annotation): string;
  /** Where a claim's number links to, e.g. "#note-3". */
  refHref(n: number): string;
  /** The id of a claim's number, so that a note can link back; null for none. */
  refId?(n: number): string | null;
}

const blockTag: Record<Block['kind'], string> = {
  heading: 'h3',
  paragraph: 'p',
  quote: 'blockquote',
  'list-item': 'li',
};

/** The article's language and direction as attributes for its container. */
export function langAttrs(article: Article): string {
  const lang = safeLang(article.language);
  return `dir="${article.direction === 'rtl' ? 'rtl' : 'ltr'}"${lang ? ` lang="${esc(lang)}"` : ''}`;
}

/**
 * A claim's words in the report's quotation marks (shared/quote.ts), keeping its article's own
 * language and direction where the article is known, else in the direction of their first letter.
 */
export function quoteHtml(t: TFunction, article: Article | undefined, exact: string): string {
  const words = unquoted(exact);
  return t('reports:claims.quoted', { text: article ? `<span ${langAttrs(article)}>${esc(words)}</span>` : isolated(words) });
}

/** One block of the article as HTML, with the claims whose number ends in it. */
export interface RenderedBlock {
  html: string;
  kind: Block['kind'];
  /** Claims whose number is placed in this block (their last piece is here). */
  ending: Annotation[];
}

export function renderBody(article: Article, annotations: readonly Annotation[], opts: BodyOptions): string {
  const out: string[] = [];
  let inList = false;
  for (const block of renderBlocks(article, annotations, opts)) {
    if (block.kind === 'list-item' && !inList) out.push('<ul>');
    if (block.kind !== 'list-item' && inList) out.push('</ul>');
    inList = block.kind === 'list-item';
    out.push(block.html);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}

/** The article's blocks as HTML elements (list items without their <ul>). */
export function renderBlocks(article: Article, annotations: readonly Annotation[], opts: BodyOptions): RenderedBlock[] {
  const body = article.body;
  const spans = spansOf(
    annotations.filter((a) => !a.orphaned),
    body.length,
  );
  const blocks = blocksOf(body, article.blocks);
  const perBlock = blocks.map((b) => segmentize(spans, b.start, b.end));

  // A claim's number goes after the last piece of it, which may be in a later block.
  const lastPiece = new Map<string, string>();
  perBlock.forEach((segs, bi) => {
    for (const seg of segs) for (const s of seg.spans) lastPiece.set(s.id, `${bi}:${seg.end}`);
  });
  const opened = new Set<string>();

  return perBlock.map((segs, bi) => {
    const block = blocks[bi]!;
    const tag = blockTag[block.kind] ?? 'p';
    const ending: Annotation[] = [];
    const html: string[] = [`<${tag}${ownDirection(article, body.slice(block.start, block.end)) ? ' dir="auto"' : ''}>`];
    for (const seg of segs) {
      for (const s of seg.spans) {
        const first = !opened.has(s.id);
        opened.add(s.id);
        const n = opts.numbers.get(s.id);
        html.push(
          `<mark class="${opts.markClass(s)}"${first && n !== undefined ? ` id="claim-${n}"` : ''}${
            n !== undefined ? ` data-claim="${n}"` : ''
          }>`,
        );
      }
      html.push(esc(body.slice(seg.start, seg.end)));
      for (let i = seg.spans.length - 1; i >= 0; i--) {
        const s = seg.spans[i]!;
        const n = opts.numbers.get(s.id);
        if (lastPiece.get(s.id) === `${bi}:${seg.end}`) {
          ending.push(s);
          if (n !== undefined) {
            const id = opts.refId?.(n);
            html.push(`<sup class="ref"><a href="${opts.refHref(n)}"${id ? ` id="${id}"` : ''}>${n}</a></sup>`);
          }
        }
        html.push('</mark>');
      }
    }
    html.push(`</${tag}>`);
    return { html: html.join(''), kind: block.kind, ending };
  });
}

const rtlLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u;
const firstStrong = /[\p{L}]/u;

/**
 * Whether a block's first letter runs the other way from its article (Arabic quoted in an English
 * article, or English in an Arabic one): such a block gets dir="auto" so that it reads in its own direction.
 */
function ownDirection(article: Article, text: string): boolean {
  const letter = firstStrong.exec(text)?.[0];
  if (!letter) return false;
  return rtlLetter.test(letter) !== (article.direction === 'rtl');
}
