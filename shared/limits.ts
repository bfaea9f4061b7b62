// Plain facts of the contract that code outside it needs without loading the schemas (zod):
// the command line's start-up, the renderer's file checks, the import pipeline.

/** The largest article file Gloss imports. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export const exportFormats = ['html', 'pdf', 'md', 'csv', 'w3c', 'claimreview', 'worksheet', 'answer-key', 'bundle'] as const;
