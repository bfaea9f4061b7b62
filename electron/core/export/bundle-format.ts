// The .gloss exchange file: plain JSON with a format/version header so a person can read it.
// Validated with zod on the way in; everything in it is untrusted.
import { z } from 'zod';
import { isoDate, webUrl } from '../../../shared/contract/define.js';
import { clockSchema } from '../annotations/clock.js';
import { stableId } from '../taxonomies/format.js';

export const BUNDLE_FORMAT = 'gloss-exchange';
/** 2: annotations carry version vectors and deletions travel; files of version 1 are still read. */
export const BUNDLE_VERSION = 2;

// What Gloss writes: UUIDs, the built-in tags' `status:false`, `new Date().toISOString()`. They
// reach the W3C export as IRIs (`urn:gloss:annotation:<id>`) and xsd:dateTime, and ClaimReview
// as ISO 8601 dates, so a hand-edited file holding anything else is refused.
const id = stableId;
export const timestamp = z.iso.datetime({ offset: true, error: 'a date and time like 2024-03-10T09:30:00Z' });
const hex = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 hex digest');

const tag = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a2b3c'),
  key: z.string().regex(/^[0-9a-z]$/).nullable(),
  ratingValue: z.number().int().min(1).max(10).nullable(),
  removed: z.boolean(),
});

const taxonomy = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['status', 'technique']),
  tags: z.array(tag).max(500),
});

const article = z.object({
  id,
  title: z.string().trim().min(1).max(500),
  outlet: z.string().max(200).nullable(),
  author: z.string().max(200).nullable(),
  publishedAt: isoDate.nullable(),
  sourceUrl: z.string().url().max(2000).nullable(),
  language: z.string().max(35).nullable(),
  direction: z.enum(['ltr', 'rtl']),
  body: z.string().min(1).max(5 * 1024 * 1024),
  blocks: z
    .array(
      z.object({
        kind: z.enum(['heading', 'paragraph', 'quote', 'list-item']),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
      }),
    )
    .max(100_000),
  wordCount: z.number().int().min(0),
  contentHash: hex,
  /** The hashes of the texts it had before its corrections; absent in older files (none known). */
  earlierTexts: z.array(hex).max(10_000).optional(),
  originalName: z.string().max(500).nullable(),
  originalType: z.string().max(100).nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const evidence = z.object({
  id,
  url: webUrl.nullable(),
  title: z.string().max(500),
  note: z.string().max(10_000),
});

const annotation = z.object({
  id,
  articleId: id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  quote: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  statusTagId: id.nullable(),
  tagIds: z.array(id).max(100),
  note: z.string().max(100_000),
  evidence: z.array(evidence).max(100),
  orphaned: z.boolean(),
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: z.number().int().min(1),
  /** The version vector; absent in version 1 files, whose annotations count as the common base. */
  clock: clockSchema.default({}),
  /** Set when the annotation was deleted: a deletion travels like an edit. */
  deletedAt: timestamp.nullable().default(null),
  createdBy: z.string().max(63).nullable().default(null),
  updatedBy: z.string().max(63).nullable().default(null),
});

const link = z.object({
  id,
  fromId: id,
  toId: id,
  relation: z.enum(['same-claim', 'contradicts']),
  createdAt: timestamp,
});

const collection = z.object({
  id,
  name: z.string().trim().min(1).max(200),
  createdAt: timestamp,
  articleIds: z.array(id).max(100_000),
});

export const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.union([z.literal(1), z.literal(BUNDLE_VERSION)]),
  exportedAt: timestamp,
  generator: z.string().max(100),
  collections: z.array(collection).max(10_000),
  taxonomies: z.array(taxonomy).max(1000),
  articles: z.array(article).max(100_000),
  annotations: z.array(annotation).max(1_000_000),
  links: z.array(link).max(1_000_000),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleArticle = Bundle['articles'][number];
export type BundleAnnotation = Bundle['annotations'][number];
export type BundleTaxonomy = Bundle['taxonomies'][number];
