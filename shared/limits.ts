// Plain facts of the contract that code outside it needs without loading the schemas (zod):
// the command line's start-up, the renderer's file checks, the import pipeline.

/** The largest article file Gloss imports. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The most blocks (paragraphs, headings, quotes, list items) an article may have, and the
 * longest block: the reader lays out the whole text, and far past a long book's it never
 * finishes (200,000 list items, or 300,000 lines of an unclosed front matter in one block). */
export const MAX_ARTICLE_BLOCKS = 10_000;
export const MAX_BLOCK_CHARS = 100_000;

export const exportFormats = ['html', 'pdf', 'md', 'csv', 'w3c', 'claimreview', 'worksheet', 'answer-key', 'bundle'] as const;
