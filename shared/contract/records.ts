import { z } from 'zod';
import type { Annotation } from '../model.js';
import { id, method } from './define.js';

/** Article records (trash) and the claim by id that the CLI edits. */
export const recordMethods = {
  /**
   * Deletes every article in the trash for good, with its annotations; there is no undo. With
   * `ids`, only those of them: the articles the person was shown when asked, not one another
   * Gloss moved to the trash meanwhile. An article an assignment is read against (its students'
   * answers are scored on its text) stays in the trash: `inAssignments` counts those.
   */
  'articles.emptyTrash': method<{ deleted: number; inAssignments: number }>()(z.strictObject({ ids: z.array(id).max(1_000_000).optional() })),
  /** The file an article was imported from, as it came (provenance); null name and type for pasted text. */
  'articles.original': method<{ fileName: string | null; mimeType: string | null; dataBase64: string }>()(z.strictObject({ id })),
  /** A live annotation by id. */
  'annotations.get': method<Annotation>()(z.strictObject({ id })),
} as const;
