import { z } from 'zod';
import type {
  Annotation,
  BundleImportReport,
  ClaimLink,
  ExportFile,
  HistoryStep,
  Tag,
  Taxonomy,
} from '../model.js';
import { exportFormats } from '../limits.js';
import { exportLanguage } from './define.js';
import { color, empty, id, method, name, reviewerProfile, webUrl } from './define.js';

const evidenceInput = z.strictObject({
  url: webUrl.nullable().default(null),
  title: z.string().max(500).default(''),
  note: z.string().max(10_000).default(''),
});

const tagKey = z
  .string()
  .regex(/^[0-9a-z]$/, 'one key: a digit or a lowercase letter')
  .nullable();

export const annotationMethods = {
  'annotations.list': method<Annotation[]>()(z.strictObject({ articleId: id })),
  /** The core computes the quote (exact, prefix, suffix) from the article text. */
  'annotations.create': method<Annotation>()(
    z.strictObject({
      articleId: id,
      start: z.number().int().min(0),
      end: z.number().int().min(1),
      statusTagId: id.nullable().default(null),
      tagIds: z.array(id).max(100).default([]),
      note: z.string().max(100_000).default(''),
      evidence: z.array(evidenceInput).max(100).default([]),
    }),
  ),
  /** Only the fields given change; tagIds and evidence replace the whole list. */
  'annotations.update': method<Annotation>()(
    z.strictObject({
      id,
      statusTagId: id.nullable().optional(),
      tagIds: z.array(id).max(100).optional(),
      note: z.string().max(100_000).optional(),
      evidence: z.array(evidenceInput).max(100).optional(),
    }),
  ),
  'annotations.delete': method<{ id: string }>()(z.strictObject({ id })),
  /** Undo / redo the last annotation change in this article; null when there is nothing to do. */
  'annotations.undo': method<HistoryStep | null>()(z.strictObject({ articleId: id })),
  'annotations.redo': method<HistoryStep | null>()(z.strictObject({ articleId: id })),
  'annotations.link': method<ClaimLink>()(
    z.strictObject({
      fromId: id,
      toId: id,
      relation: z.enum(['same-claim', 'contradicts']),
    }),
  ),
  'annotations.unlink': method<{ id: string }>()(z.strictObject({ id })),
  /** Settle a conflict from an exchange file or the hub by keeping ours or theirs (null: it ends in the trash). */
  'annotations.resolveConflict': method<Annotation | null>()(
    z.strictObject({ id, keep: z.enum(['ours', 'theirs']) }),
  ),

  'taxonomies.list': method<Taxonomy[]>()(empty),
  'taxonomies.export': method<{ fileName: string; json: string }>()(z.strictObject({ id })),
  'taxonomies.import': method<Taxonomy>()(z.strictObject({ json: z.string().max(1_000_000) })),
  'tags.create': method<Tag>()(
    z.strictObject({
      taxonomyId: id,
      name,
      color,
      description: z.string().max(2000).default(''),
      key: tagKey.default(null),
    }),
  ),
  'tags.update': method<Tag>()(
    z.strictObject({
      id,
      name: name.optional(),
      color: color.optional(),
      description: z.string().max(2000).optional(),
      key: tagKey.optional(),
    }),
  ),
  'tags.reorder': method<Taxonomy>()(
    z.strictObject({ taxonomyId: id, tagIds: z.array(id).min(1).max(500) }),
  ),
  /** Hides the tag from pickers; annotations that used it keep it, shown as removed. */
  'tags.remove': method<Tag>()(z.strictObject({ id })),
  'tags.restore': method<Tag>()(z.strictObject({ id })),

  'exports.run': method<ExportFile>()(
    z
      .strictObject({
        format: z.enum(exportFormats),
        articleId: id.optional(),
        collectionId: id.optional(),
        articleIds: z.array(id).min(1).max(10_000).optional(),
        /** For format 'pdf': which page to print; the report unless asked otherwise. */
        pdfOf: z.enum(['report', 'worksheet', 'answer-key']).optional(),
        /** Who reviewed the claims and where reports are published (ClaimReview's author and url). */
        reviewer: reviewerProfile.optional(),
        /** The language reports and worksheets are written in (machine formats do not change). */
        language: exportLanguage,
      })
      .refine(
        (v) => [v.articleId, v.collectionId, v.articleIds].filter((x) => x !== undefined).length === 1,
        'give exactly one of articleId, collectionId or articleIds',
      ),
  ),
  'exports.importBundle': method<BundleImportReport>()(
    z.strictObject({ name: z.string().max(500), dataBase64: z.string().max(300 * 1024 * 1024) }),
  ),
} as const;

