// The claim finder: check-worthy sentences, figures compared across outlets and same-claim
// suggestions (the parts live in ./finder/). Nothing here acts without the person's say-so:
// accepting a suggestion or linking two figures goes through the ordinary annotation paths.
import { fileURLToPath } from 'node:url';
import type { Annotation, Article, ClaimLink, TextSpan } from '../../shared/model.js';
import { createAnnotation, listAnnotations } from './annotations.js';
import { linkClaims } from './annotations/links.js';
import { getArticle } from './articles.js';
import { getCollection } from './collections.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { GlossError } from './errors.js';
import { loadClaimModel, type ClaimModel } from './finder/claim-model.js';
import { figureReport } from './finder/figures.js';
import { suggestSameClaims } from './finder/same-claims.js';
import { dismissSuggestion, restoreSuggestion, suggestClaims } from './finder/suggest.js';

/** Beside the built worker (dist/electron/) as beside this file: both are two folders down. */
export const claimModelPath = fileURLToPath(new URL('../../resources/claim-model.json', import.meta.url));
const NOT_YET_CHECKED = 'status:not-checked';

let model: ClaimModel | null = null;
/** The model is read on first use: a library that never asks for suggestions never loads it. */
export function claimModel(): ClaimModel {
  model ??= loadClaimModel(claimModelPath);
  return model;
}

/** The claim on exactly this span, or a new one with status "Not yet checked". */
export function claimAt(ctx: CoreContext, span: TextSpan): Annotation {
  const existing = listAnnotations(ctx.db, span.articleId).find((a) => !a.orphaned && a.start === span.start && a.end === span.end);
  return existing ?? createAnnotation(ctx, { ...span, statusTagId: NOT_YET_CHECKED, tagIds: [], note: '', evidence: [] });
}

export function articlesFor(ctx: CoreContext, input: { collectionId?: string; articleIds?: string[] }): Article[] {
  const ids = input.collectionId ? getCollection(ctx.db, input.collectionId).articleIds : (input.articleIds ?? []);
  return ids.map((id) => getArticle(ctx.db, id));
}

export function finderHandlers(ctx: CoreContext): Handlers<Namespaced<'finder'>> {
  const { db } = ctx;
  return {
    'finder.suggest': ({ articleId, all }) => suggestClaims(db, claimModel(), articleId, all),
    'finder.accept': (span) => claimAt(ctx, span),
    'finder.dismiss': ({ articleId, text }) => {
      dismissSuggestion(db, articleId, text);
      return { articleId, text };
    },
    'finder.restore': ({ articleId, text }) => {
      restoreSuggestion(db, articleId, text);
      return { articleId, text };
    },
    'finder.figures': (input) => figureReport(articlesFor(ctx, input)),
    'finder.sameClaims': ({ articleIds, limit }) => suggestSameClaims(articlesFor(ctx, { articleIds }), limit),
    'finder.link': ({ from, to, relation }): ClaimLink => {
      if (from.articleId === to.articleId) {
        throw new GlossError('invalid_input', { key: 'finder.sameArticle' });
      }
      const link = db.transaction(() => linkClaims(db, { fromId: claimAt(ctx, from).id, toId: claimAt(ctx, to).id, relation })).immediate();
      ctx.emit('library.changed', { what: 'annotations' });
      return link;
    },
  };
}
