// Everything an export needs: the articles in order, their annotations, the tags, claim numbers.
import { defaultLanguage, type Language } from '../../../shared/i18n/languages.js';
import type { Annotation, Article, Collection, ReviewerProfile, Tag, Taxonomy } from '../../../shared/model.js';
import { listAnnotations } from '../annotations/read.js';
import { getArticle } from '../articles.js';
import { getCollection } from '../collections.js';
import type { Db } from '../db.js';
import { GlossError } from '../errors.js';
import { readProfile } from '../profile.js';
import { listTaxonomies } from '../taxonomies.js';
import { translatorFor } from './words.js';

export interface ReportArticle {
  article: Article;
  /** Live annotations in reading order (start, end, id). */
  annotations: Annotation[];
}

export interface ReportData {
  title: string;
  collection: Collection | null;
  articles: ReportArticle[];
  taxonomies: Taxonomy[];
  tags: Map<string, Tag>;
  /** Claim numbers run on across the articles of one report: 1, 2, ... in reading order. */
  numbers: Map<string, number>;
  /** Who reviewed the claims and where reports are published: the export request's option. */
  reviewer: ReviewerProfile;
  generatedAt: string;
  /** The language the report is written in (its headings, labels, dates and numbers). */
  language: Language;
}

export type ExportTarget =
  | { articleId: string; collectionId?: undefined; articleIds?: undefined }
  | { collectionId: string; articleId?: undefined; articleIds?: undefined }
  | { articleIds: string[]; articleId?: undefined; collectionId?: undefined };

/** Loads the articles (in collection or given order), their annotations, tags and links. */
export function loadReportData(
  db: Db,
  target: ExportTarget,
  reviewer: ReviewerProfile = {},
  onArticle?: (done: number, total: number, title: string) => void,
  language: Language = defaultLanguage,
): ReportData {
  const { ids, collection } = resolveTarget(db, target);
  const taxonomies = listTaxonomies(db);
  const tags = new Map(taxonomies.flatMap((t) => t.tags.map((tag) => [tag.id, tag] as const)));

  const articles: ReportArticle[] = ids.map((id, i) => {
    const article = getArticle(db, id);
    const annotations = listAnnotations(db, id);
    onArticle?.(i + 1, ids.length, article.title);
    return { article, annotations };
  });

  const t = translatorFor(language).getFixedT(language, 'reports');
  const title = collection?.name ?? (articles.length === 1 ? articles[0]!.article.title : t('report.articles', { count: articles.length }));
  const numbers = new Map<string, number>();
  for (const a of articles) for (const ann of a.annotations) numbers.set(ann.id, numbers.size + 1);

  return {
    title,
    collection,
    articles,
    taxonomies,
    tags,
    numbers,
    // The reviewer profile set in Settings (gloss profile), with what this export overrides.
    reviewer: { ...readProfile(db), ...reviewer },
    generatedAt: new Date().toISOString(),
    language,
  };
}

function resolveTarget(db: Db, target: ExportTarget): { ids: string[]; collection: Collection | null } {
  if (target.collectionId !== undefined) {
    const collection = getCollection(db, target.collectionId);
    if (collection.articleIds.length === 0) {
      throw new GlossError('not_found', { key: 'export.emptyCollection', params: { name: collection.name } });
    }
    return { ids: collection.articleIds, collection };
  }
  return { ids: target.articleId !== undefined ? [target.articleId] : [...new Set(target.articleIds)], collection: null };
}

/** "Ana Ruiz, Coast Check" for report bylines ("Reviewed by …"), or null when no reviewer is set. */
export function reviewerNames(r: ReviewerProfile): string | null {
  const who = [r.name, r.organization].filter((x): x is string => !!x);
  return who.length ? who.join(', ') : null;
}
