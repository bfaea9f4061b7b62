import type { ArticleFormat } from '../../../shared/importFormats.js';
import type { Block, Direction, LeftOut } from '../../../shared/model.js';

/** An article made ready for the library from one file or one paste: text and blocks, never markup. */
export interface PreparedArticle {
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  language: string | null;
  direction: Direction;
  /** Canonical text: NFC, \n line endings, blocks separated by a blank line. */
  body: string;
  blocks: Block[];
  originalName: string | null;
  originalType: ArticleFormat;
  /** The character encoding the file was read in ("UTF-8", "Shift_JIS", ...); null for pasted text, PDF, Word and email (whose parts say theirs). */
  encoding: string | null;
  /** What was left out of a document's text on purpose (comments, struck-through text), for the import report. */
  leftOut?: LeftOut;
  /** The bytes as they came, kept for provenance. */
  original: Uint8Array;
}
