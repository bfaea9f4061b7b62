// schema.org ClaimReview JSON-LD, one object per claim with a verdict.
// A status without a numeric rating (unverifiable, needs context) carries only its name
// (alternateName): Google's fact-check guidance requires alternateName and only recommends
// ratingValue, and a made-up number would misstate the verdict. See docs/exports.md.
import { hasVerdict, statusOf } from './claims.js';
import type { ReportData } from './report-data.js';

export function renderClaimReviews(data: ReportData): object[] {
  const out: object[] = [];
  for (const { article, annotations } of data.articles) {
    for (const a of annotations) {
      if (!hasVerdict(data, a)) continue;
      const status = statusOf(data, a)!;
      const rated = status.ratingValue !== null && status.ratingValue >= 1 && status.ratingValue <= 5;
      out.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: a.quote.exact,
        reviewRating: {
          '@type': 'Rating',
          ...(rated ? { ratingValue: status.ratingValue, bestRating: 5, worstRating: 1 } : {}),
          alternateName: status.name,
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(article.outlet ? { author: { '@type': 'Organization', name: article.outlet } } : {}),
          ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
          appearance: {
            '@type': article.sourceUrl || article.outlet ? 'NewsArticle' : 'CreativeWork',
            headline: article.title,
            ...(article.sourceUrl ? { url: article.sourceUrl } : {}),
            ...(article.publishedAt ? { datePublished: article.publishedAt.slice(0, 10) } : {}),
            ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
          },
        },
        author: { '@type': 'Person', name: data.reviewer },
        datePublished: a.updatedAt.slice(0, 10),
        ...(a.note ? { reviewBody: a.note } : {}),
      });
    }
  }
  return out;
}
