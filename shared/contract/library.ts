import { z } from 'zod';
import type {
  Article,
  ArticleSummary,
  Collection,
  ImportReport,
  LibraryInfo,
  ReanchorReport,
  SearchHit,
} from '../model.js';
import { empty, fileInput, id, isoDate, method, name } from './define.js';

const languageTag = z
  .string()
  .trim()
  .max(35)
  .refine((tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, 'a language tag like en, ar or pt-BR');

const articleSort = z.enum(['title', 'publishedAt', 'outlet', 'createdAt', 'annotationCount']);

export const libraryMethods = {
  'library.info': method<LibraryInfo>()(empty),
  /** Adds the demo articles and annotations written for Gloss; idempotent. */
  'library.loadDemo': method<ImportReport>()(empty),

  'articles.list': method<ArticleSummary[]>()(
    z.strictObject({
      collectionId: id.optional(),
      outlet: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      statusTagId: id.optional(),
      tagId: id.optional(),
      sort: articleSort.default('createdAt'),
      order: z.enum(['asc', 'desc']).default('desc'),
      limit: z.number().int().min(1).max(100_000).optional(),
      offset: z.number().int().min(0).default(0),
      /** List the trash instead of the library, so that a deleted article can be restored. */
      inTrash: z.boolean().optional(),
    }),
  ),
  'articles.get': method<Article>()(z.strictObject({ id })),
  /** One or many files (.txt, .md, .html, .mhtml, .eml, .pdf, .docx, .odt); progress goes out as import.progress events. */
  'articles.import': method<ImportReport>()(
    z.strictObject({
      files: z.array(fileInput).min(1).max(1000),
      collectionId: id.optional(),
    }),
  ),
  /** The person has begun to choose files to import: the core loads its HTML parser meanwhile (nothing to wait for). */
  'articles.preloadImport': method<Record<string, never>>()(empty),
  'articles.importText': method<ImportReport>()(
    z.strictObject({
      text: z.string().min(1).max(5 * 1024 * 1024),
      title: z.string().max(500).optional(),
      collectionId: id.optional(),
    }),
  ),
  'articles.update': method<ArticleSummary>()(
    z.strictObject({
      id,
      title: name.optional(),
      outlet: z.string().max(200).nullable().optional(),
      author: z.string().max(200).nullable().optional(),
      publishedAt: isoDate.nullable().optional(),
      sourceUrl: z.string().url().max(2000).nullable().optional(),
      /** A BCP 47 tag; the direction follows it unless given too. */
      language: languageTag.nullable().optional(),
      direction: z.enum(['ltr', 'rtl']).optional(),
    }),
  ),
  /** Replace the text (a correction); annotations are re-anchored or marked orphaned. */
  'articles.correctText': method<ReanchorReport>()(
    z.strictObject({ id, body: z.string().min(1).max(5 * 1024 * 1024) }),
  ),
  /** Moves to the trash; articles.restore brings it back with its annotations. */
  'articles.delete': method<{ id: string }>()(z.strictObject({ id })),
  'articles.restore': method<ArticleSummary>()(z.strictObject({ id })),

  'collections.list': method<Collection[]>()(empty),
  'collections.create': method<Collection>()(z.strictObject({ name })),
  'collections.rename': method<Collection>()(z.strictObject({ id, name })),
  'collections.delete': method<{ id: string }>()(z.strictObject({ id })),
  'collections.addArticles': method<Collection>()(
    z.strictObject({ id, articleIds: z.array(id).min(1).max(10_000) }),
  ),
  'collections.removeArticles': method<Collection>()(
    z.strictObject({ id, articleIds: z.array(id).min(1).max(10_000) }),
  ),

  'search.query': method<SearchHit[]>()(
    z.strictObject({
      q: z.string().max(500),
      limit: z.number().int().min(1).max(500).default(50),
    }),
  ),
} as const;
