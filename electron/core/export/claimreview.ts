// schema.org ClaimReview JSON-LD, one object per claim with a verdict, as Google's fact-check
// structured data asks (docs/exports.md): a url for every review, the reviewer as author, the
// rating named, the claim's appearance and author. What cannot be filled in is left out and
// reported as a warning saying how to supply it; the file is written all the same.
import type { Article, ReviewerProfile, Tag } from '../../../shared/model.js';
import { hasVerdict, statusOf } from './claims.js';
import { reportFileName, reviewAnchor } from './html.js';
import { encodeIriUnsafe, webIri } from './iri.js';
import { languageTag } from './language-tag.js';
import type { ReportData } from './report-data.js';
import { translatorFor } from './words.js';

/** The reviews (language-neutral, as schema.org has them) and what they lack, said in the export's language. */
export function renderClaimReviews(data: ReportData): { reviews: object[]; warnings: string[] } {
  const t = translatorFor(data.language).getFixedT(data.language, 'reports');
  const reviews: object[] = [];
  const page = publishedPage(data);
  const author = authorOf(data.reviewer);
  let withoutClaimAuthor = 0;
  let withoutClaimDate = 0;
  for (const { article, annotations } of data.articles) {
    const articleUrl = webIri(article.sourceUrl);
    const language = languageTag(article.language);
    const claimAuthor = claimAuthorOf(article);
    for (const a of annotations) {
      if (!hasVerdict(data, a)) continue;
      if (!claimAuthor) withoutClaimAuthor++;
      if (!article.publishedAt) withoutClaimDate++;
      reviews.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(page ? { url: `${page}#${reviewAnchor(a)}` } : {}),
        claimReviewed: a.quote.exact,
        reviewRating: rating(data, statusOf(data, a)!),
        itemReviewed: {
          '@type': 'Claim',
          ...(language ? { inLanguage: language } : {}),
          ...(claimAuthor ? { author: claimAuthor } : {}),
          ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
          appearance: {
            '@type': articleUrl || article.outlet ? 'NewsArticle' : 'CreativeWork',
            headline: article.title,
            ...(language ? { inLanguage: language } : {}),
            ...(articleUrl ? { url: articleUrl } : {}),
            ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
            ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
          },
        },
        ...(author ? { author } : {}),
        datePublished: a.updatedAt.slice(0, 10),
        ...(a.note ? { reviewBody: a.note } : {}),
      });
    }
  }
  const warnings =
    reviews.length === 0
      ? [t('warnings.noVerdicts')]
      : [
          ...(page ? [] : [t('warnings.missingUrl')]),
          ...(author ? [] : [t('warnings.missingAuthor')]),
          ...(withoutClaimAuthor ? [t('warnings.missingClaimAuthor', { count: withoutClaimAuthor })] : []),
          ...(withoutClaimDate ? [t('warnings.missingClaimDate', { count: withoutClaimDate })] : []),
        ];
  return { reviews, warnings };
}

/**
 * The published HTML report's address: `publishBaseUrl` is the folder reports are published in
 * (the report's file name is added), or the page itself when it ends in .html.
 */
export function publishedPage(data: ReportData): string | null {
  const base = data.reviewer.publishBaseUrl;
  if (!base) return null;
  const url = new URL(base);
  url.hash = '';
  url.search = '';
  if (/\.html?$/i.test(url.pathname)) return encodeIriUnsafe(url.href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return encodeIriUnsafe(new URL(encodeURIComponent(reportFileName(data)), url).href);
}

/** Who made the claim, as far as Gloss knows: the outlet that published it, else the article's byline. */
function claimAuthorOf(article: Article): object | null {
  if (article.outlet) return { '@type': 'Organization', name: article.outlet };
  return article.author ? { '@type': 'Person', name: article.author } : null;
}

/** The reviewing Organization when one is set (its address normalised, as the profile keeps it as typed), the reviewer as a Person otherwise. */
function authorOf(r: ReviewerProfile): object | null {
  const url = webIri(r.organizationUrl);
  if (r.organization) return { '@type': 'Organization', name: r.organization, ...(url ? { url } : {}) };
  return r.name ? { '@type': 'Person', name: r.name } : null;
}

/**
 * A status without a numeric rating (unverifiable, needs context) carries only its name: a
 * made-up number would misstate the verdict. Rated statuses are placed on their taxonomy's scale,
 * from 1 to its highest rating.
 */
function rating(data: ReportData, status: Tag): object {
  const named = { '@type': 'Rating', name: status.name, alternateName: status.name };
  if (status.ratingValue === null) return named;
  const scale = data.taxonomies.find((t) => t.id === status.taxonomyId)?.tags.map((t) => t.ratingValue ?? 0) ?? [];
  return { ...named, ratingValue: status.ratingValue, bestRating: Math.max(2, status.ratingValue, ...scale), worstRating: 1 };
}
