// A PDF's text and metadata through Mozilla's pdf.js, in the disposable parse worker (html.ts):
// pdf.js parses untrusted binary, so it gets the same time and memory limits as HTML.
import { OPS, getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// pdf.js runs its "worker" in this thread when given its handler, which the bundle can then include.
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { GlossError } from '../errors.js';
import { emptyMeta, squash } from './blocks.js';
import type { HtmlExtract } from './html-extract.js';
import { layoutPages, titleDraft, type Run } from './pdf-layout.js';
import { authorOrNull, titleOrNull } from './producer-names.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfWorker;

/** Fewer letters than this in the whole file: pictures of pages, not text. */
const MIN_LETTERS = 20;
const LETTER = /\p{L}/gu;
const LANG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/;
/**
 * Arabic presentation forms, Latin ligatures and Kangxi radicals (what fonts map glyphs to) back
 * to letters: Noto Sans CJK's 十, 二, 日, 工… come as the radicals ⼗, ⼆, ⽇, ⼯, which look the
 * same and are other characters, so "十二日" was not found.
 */
const PRESENTATION_FORMS = /[\u2f00-\u2fd5\ufb00-\ufb06\ufb50-\ufdff\ufe70-\ufefc]+/g;

interface TextItem {
  str: string;
  dir: string;
  transform: number[];
  width: number;
}

interface MarkedContent {
  type: string;
  tag?: string;
}

/** Text that a soft hyphen's empty span left a space in front of: " ghting" after "highli". */
const SPACE_BEFORE_WORD = /^\s+(?=\p{L})/u;

async function pageRuns(doc: PDFDocumentProxy, n: number): Promise<Run[]> {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const [left, bottom, right, top] = page.view as [number, number, number, number];
  page.cleanup();
  const runs: Run[] = [];
  // Chromium marks a soft hyphen where the line does not break with an empty Span (its
  // ActualText, which pdf.js does not read) over a space it sets the next letter back over, and
  // pdf.js gives that space to the next run: "highli" + " ghting". The space is no space.
  let previous: TextItem | MarkedContent | null = null;
  let afterEmptySpan = false;
  for (const item of content.items as Array<TextItem | MarkedContent>) {
    if ('type' in item) {
      const opensSpan = previous !== null && 'type' in previous && previous.type === 'beginMarkedContentProps' && previous.tag === 'Span';
      afterEmptySpan = item.type === 'endMarkedContent' && opensSpan;
      previous = item;
      continue;
    }
    previous = item;
    if (item.str.length === 0) continue;
    // U+0000 is a glyph pdf.js found no character for (Chromium's shadda with its vowel).
    const str = (afterEmptySpan ? item.str.replace(SPACE_BEFORE_WORD, '') : item.str).replace(/\0/g, '');
    afterEmptySpan = false;
    // A space that takes no room is no space: Chromium writes one inside a lam-alef ligature,
    // which split "الثلاثاء" into "الثلا ثاء".
    if (str.length === 0 || (item.width < 0.01 && str.trim() === '')) continue;
    const [a, b, , d, x, y] = item.transform as [number, number, number, number, number, number];
    // Sideways text (a margin note, a rotated caption) is not part of the reading flow, and
    // text placed off the page is not seen by a reader (nor should it be imported).
    if (Math.abs(b) > Math.abs(a) * 0.1) continue;
    if (x < left - 1 || x > right || y < bottom - 1 || y > top) continue;
    runs.push({ text: str.replace(PRESENTATION_FORMS, (f) => f.normalize('NFKC')), x, y, width: item.width, size: Math.abs(d) || Math.abs(a), rtl: item.dir === 'rtl' });
  }
  return runs;
}

const PICTURES = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);

async function hasPictures(doc: PDFDocumentProxy): Promise<boolean> {
  for (let n = 1; n <= doc.numPages; n++) {
    const { fnArray } = await (await doc.getPage(n)).getOperatorList();
    if (fnArray.some((op) => PICTURES.has(op))) return true;
  }
  return false;
}

function failure(name: string, e: unknown): GlossError {
  const kind = (e as { name?: string })?.name;
  if (kind === 'PasswordException') {
    return new GlossError('unsupported_file', { key: 'import.password', params: { name } });
  }
  return new GlossError('parse_failed', { key: 'import.pdfUnreadable', params: { name, detail: e instanceof Error ? e.message : String(e) } });
}

export async function extractPdf(name: string, bytes: Uint8Array): Promise<HtmlExtract> {
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    throw failure(name, e);
  }
  try {
    const pages: Run[][] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await pageRuns(doc, n));
    const letters = pages.reduce((sum, runs) => sum + runs.reduce((s, r) => s + (r.text.match(LETTER)?.length ?? 0), 0), 0);
    if (letters < MIN_LETTERS) {
      const words = squash(layoutPages(pages).map((d) => d.text).join(' '));
      // A scan is pictures; a page with a word or two of text and no picture has no article to find by OCR.
      if (letters === 0 || (await hasPictures(doc))) throw new GlossError('unsupported_file', { key: 'import.pdfNoText', params: { name } });
      throw new GlossError('empty_file', { key: 'import.pdfFewWords', params: { name, words: words.length > 80 ? `${words.slice(0, 79)}…` : words } });
    }
    const drafts = layoutPages(pages);
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const meta = emptyMeta();
    const text = (key: string) => (typeof info[key] === 'string' ? squash(info[key]) || null : null);
    // The title a reader sees leaves the body; the file's Title field is often a file or job name.
    const title = titleDraft(drafts);
    if (title) drafts.splice(drafts.indexOf(title), 1);
    meta.title = title?.text ?? titleOrNull(text('Title'));
    meta.author = authorOrNull(text('Author'));
    const lang = text('Language');
    return { meta, drafts, language: lang && LANG.test(lang) ? lang : null, direction: null };
  } finally {
    void doc.destroy();
  }
}
