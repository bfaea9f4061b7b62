// What a Word file's own properties (docProps/core.xml), or an OpenDocument file's (meta.xml),
// give as its title and author, for when its text gives none. Not what Office or a generator fills in by itself: the account's name
// ("Microsoft Office User"), "Un-named", "Untitled document", the file's name, a file or job name
// or a login (producer-names.ts).
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import { squash } from './blocks.js';
import { authorOrNull, titleOrNull } from './producer-names.js';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';
const NO_TITLE = /^(?:untitled(?: document)?|document ?\d*|doc\d+|title)$/i;
const NO_AUTHOR = /^(?:microsoft office user|microsoft account|windows user|user|admin(?:istrator)?|owner|author|unknown|un-named|python-docx|apache poi)$/i;

export interface DocxProperties {
  title: string | null;
  author: string | null;
}

async function part(bytes: Uint8Array, path: string): Promise<string | null> {
  try {
    return (await (await JSZip.loadAsync(bytes)).file(path)?.async('string')) ?? null;
  } catch {
    // The text has been read by then: damaged properties only lose what they would have added.
    return null;
  }
}

export interface NoteNumbering {
  numFmt: string;
  start: number;
}

/**
 * How Word numbers the file's footnotes and endnotes: its last section's w:footnotePr and
 * w:endnotePr, else those of word/settings.xml, else Word's own: footnotes 1, 2, 3 and endnotes
 * i, ii, iii, each counted apart.
 */
export async function noteNumbering(bytes: Uint8Array): Promise<Record<'footnote' | 'endnote', NoteNumbering>> {
  const document = (await part(bytes, 'word/document.xml')) ?? '';
  const lastSection = document.slice(document.lastIndexOf('<w:sectPr'));
  const settings = (await part(bytes, 'word/settings.xml')) ?? '';
  const read = (kind: 'footnote' | 'endnote', fallback: string): NoteNumbering => {
    const properties = (xml: string) => new RegExp(`<w:${kind}Pr>([\\s\\S]*?)</w:${kind}Pr>`).exec(xml)?.[1] ?? '';
    const value = (name: string) => {
      for (const xml of [properties(lastSection), properties(settings)]) {
        const found = new RegExp(`<w:${name} w:val="([^"]*)"`).exec(xml)?.[1];
        if (found !== undefined) return found;
      }
      return undefined;
    };
    return { numFmt: value('numFmt') ?? fallback, start: Number(value('numStart') ?? 1) || 1 };
  };
  return { footnote: read('footnote', 'decimal'), endnote: read('endnote', 'lowerRoman') };
}

/** The reviewers' comments in word/comments.xml, which the import leaves out of the text. */
export async function commentCount(bytes: Uint8Array): Promise<number> {
  return (await part(bytes, 'word/comments.xml'))?.match(/<w:comment[\s>]/g)?.length ?? 0;
}

export async function docxProperties(name: string, bytes: Uint8Array): Promise<DocxProperties> {
  return coreProperties(name, await part(bytes, 'docProps/core.xml'));
}

/** The title and author in a document's Dublin Core properties: a Word file's docProps/core.xml, an OpenDocument file's meta.xml. */
export function coreProperties(name: string, xml: string | null): DocxProperties {
  const root = xml === null ? null : new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  // The parser does not resolve namespaces: the prefix is whatever the file declares for Dublin Core.
  const declared = root?.getAttributeNames().find((n) => n.startsWith('xmlns:') && root.getAttribute(n) === DUBLIN_CORE);
  const field = (local: string) => (declared ? squash(root!.getElementsByTagName(`${declared.slice('xmlns:'.length)}:${local}`)[0]?.textContent ?? '') : '');
  const title = field('title');
  const author = field('creator');
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replace(/\.[^.]*$/, '');
  return {
    title: title && !NO_TITLE.test(title) && title.toLowerCase() !== base.toLowerCase() ? titleOrNull(title) : null,
    author: author && !NO_AUTHOR.test(author) ? authorOrNull(author) : null,
  };
}
