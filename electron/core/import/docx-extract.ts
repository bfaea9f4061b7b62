// A Word (.docx) file through mammoth, in the parse worker: its headings, paragraphs, lists and
// quotes become HTML, which then goes through the same extraction as a web page. Images are
// never read, comments are left out (mammoth's default), and linked files are never opened.
import mammoth from 'mammoth';
import type { HtmlExtract } from './html-extract.js';
import { extractHtml } from './html-extract.js';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote:fresh",
  "p[style-name='Intense Quote'] => blockquote:fresh",
];
const noImage = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function extractDocx(name: string, bytes: Uint8Array): Promise<HtmlExtract> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    { styleMap: STYLE_MAP, convertImage: noImage, externalFileAccess: false },
  );
  const page = extractHtml(name, `<!doctype html><html><body><article>${value}</article></body></html>`);
  const first = page.drafts[0];
  if (!page.meta.title && first?.kind === 'heading') page.meta.title = first.text;
  return page;
}
