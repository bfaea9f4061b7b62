// An article's claims in windows, so that an article with thousands of them opens fast: the
// claims over a stretch of its text (what a pane paints near the screen) and a window of its
// claims list by position (what the virtualised sidebar shows), each with the counts apart.
import { z } from 'zod';
import type { Annotation } from '../model.js';
import { id, method } from './define.js';

/** Up to this many claims in one window of the list. */
export const MAX_CLAIM_WINDOW = 500;

export interface ClaimsInText {
  /** The article's live claims overlapping the stretch (orphans by their last known place), in text order. */
  annotations: Annotation[];
  /** How many live claims the whole article has. */
  total: number;
}

export interface ClaimWindow {
  /** The claims at `offset`.. of the list (text order, filtered), at most `limit`. */
  annotations: Annotation[];
  offset: number;
  /** How many claims pass the filters. */
  matching: number;
  /** How many live claims the whole article has. */
  total: number;
}

const offset = z.number().int().min(0);

export const claimWindowMethods = {
  'annotations.inText': method<ClaimsInText>()(
    z.strictObject({ articleId: id, from: offset, to: offset }).refine((v) => v.from <= v.to, 'from must not be after to'),
  ),
  'annotations.window': method<ClaimWindow>()(
    z.strictObject({
      articleId: id,
      offset,
      limit: z.number().int().min(1).max(MAX_CLAIM_WINDOW),
      /** A status tag, or 'none' for claims without one. */
      statusTagId: id.optional(),
      /** Claims carrying this technique (or any tag). */
      tagId: id.optional(),
    }),
  ),
} as const;
