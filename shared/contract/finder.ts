import { z } from 'zod';
import type { Annotation, ClaimLink, ClaimSuggestion, FigureReport, SameClaimSuggestion } from '../model.js';
import { id, method } from './define.js';

const span = z.strictObject({ articleId: id, start: z.number().int().min(0), end: z.number().int().min(1) });
const sentence = z.strictObject({ articleId: id, text: z.string().min(1).max(100_000) });

export const finderMethods = {
  /** Check-worthy sentences, best first; `all`: every sentence in text order with its score. */
  'finder.suggest': method<ClaimSuggestion[]>()(z.strictObject({ articleId: id, all: z.boolean().default(false) })),
  /** Makes the sentence a claim with status "Not yet checked" (or returns the claim already there). */
  'finder.accept': method<Annotation>()(span),
  /** Dismissed sentences are not suggested again; finder.restore undoes it. */
  'finder.dismiss': method<{ articleId: string; text: string }>()(sentence),
  'finder.restore': method<{ articleId: string; text: string }>()(sentence),
  /** Every figure the articles state, grouped by what it measures, with whether they agree. */
  'finder.figures': method<FigureReport>()(
    z
      .strictObject({ collectionId: id.optional(), articleIds: z.array(id).min(1).max(10_000).optional() })
      .refine((v) => (v.collectionId === undefined) !== (v.articleIds === undefined), 'give exactly one of collectionId or articleIds'),
  ),
  /** Pairs of sentences across the open articles that seem to state the same thing. */
  'finder.sameClaims': method<SameClaimSuggestion[]>()(
    z.strictObject({ articleIds: z.array(id).min(2).max(4), limit: z.number().int().min(1).max(200).default(20) }),
  ),
  /** Links two places as claims, creating the claims where there are none yet. */
  'finder.link': method<ClaimLink>()(
    z.strictObject({ from: span, to: span, relation: z.enum(['same-claim', 'contradicts']) }),
  ),
} as const;
