// The library list in windows: a large library is never sent whole. A window is the rows after
// an article (keyset on the sort key), at an offset (a jump), or the last rows; the count apart.
import { z } from 'zod';
import type { ArticleSummary } from '../model.js';
import { empty, id, isoDate, method } from './define.js';

export const listFilters = {
  collectionId: id.optional(),
  outlet: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  statusTagId: id.optional(),
  tagId: id.optional(),
  /** The trash instead of the library. */
  inTrash: z.boolean().optional(),
};

export interface ArticleWindow {
  rows: ArticleSummary[];
  /** Where these rows start in the whole list (unknown after a cursor: null). */
  offset: number | null;
  /** The id to ask `after` for the next window, or null at the end. */
  next: string | null;
}

export const listMethods = {
  'list.window': method<ArticleWindow>()(
    z
      .strictObject({
        ...listFilters,
        sort: z.enum(['title', 'publishedAt', 'outlet', 'createdAt', 'annotationCount']).default('createdAt'),
        order: z.enum(['asc', 'desc']).default('desc'),
        limit: z.number().int().min(1).max(500).default(100),
        /** The rows after this article in this order (the last id of the window before). */
        after: id.optional(),
        /** Jump: the rows from this position. */
        offset: z.number().int().min(0).optional(),
        /** Jump to the end: the last `limit` rows. */
        last: z.literal(true).optional(),
      })
      .refine((w) => [w.after, w.offset, w.last].filter((x) => x !== undefined).length <= 1, 'Give at most one of after, offset and last.'),
  ),
  'list.count': method<{ total: number }>()(z.strictObject(listFilters)),
  /** The outlets of the library's articles (not the trash's), for the outlet filter: each once, by name. */
  'list.outlets': method<string[]>()(empty),
  /** Summaries of these articles, for the rows a library.changed event names. Unknown ids and those in the trash are left out. */
  'list.summaries': method<ArticleSummary[]>()(z.strictObject({ ids: z.array(id).max(1000) })),
} as const;
