// ClaimReview as Google's fact-check structured data asks: url, author, a named rating with its
// own number, the claim's appearance and author; what is missing is said, not silently dropped.
import { describe, expect, it } from 'vitest';
import { renderClaimReviews } from '../../../electron/core/export/claimreview.js';
import { renderHtmlReport } from '../../../electron/core/export/html.js';
import { builtinTaxonomies } from '../../../electron/core/taxonomies/exchange.js';
import { article, reportData, statusTags } from '../../fixtures/export/report-data.js';
import { readAsLinkedData } from '../../helpers/json-ld.js';
import { schemaOrgFaults } from '../../helpers/schema-org.js';

interface Review {
  url?: string;
  author?: { '@type': string; name: string; url?: string };
  reviewRating: { name: string; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  itemReviewed: { '@type': string; author?: { '@type': string; name: string }; datePublished?: string; appearance: { url?: string } };
}

const ledger = article('The bridge will cost 410 million. Turnout was 40%. It was a reckless gamble.', {
  id: 'a-ledger',
  title: 'Bridge costs',
  outlet: 'The Daily Ledger',
  publishedAt: '2024-05-07',
  sourceUrl: 'https://example.org/ledger/bridge',
});
const claims = [
  { quote: 'The bridge will cost 410 million.', status: statusTags.mostlyFalse },
  { quote: 'Turnout was 40%.', status: statusTags.true },
  { quote: 'a reckless gamble', status: statusTags.notChecked },
];

describe('ClaimReview export', () => {
  it('gives each review a url into the published report, matching the report’s anchor for the claim', () => {
    const data = reportData([{ article: ledger, claims }], {
      reviewer: { organization: 'Desk Check', organizationUrl: 'https://desk.example', publishBaseUrl: 'https://desk.example/reports' },
    });
    const { reviews, warnings } = renderClaimReviews(data);
    expect(warnings).toEqual([]);
    const urls = (reviews as Review[]).map((r) => r.url!);
    expect(urls).toEqual([
      `https://desk.example/reports/bridge-costs.html#review-${data.articles[0]!.annotations[0]!.id}`,
      `https://desk.example/reports/bridge-costs.html#review-${data.articles[0]!.annotations[1]!.id}`,
    ]);
    const html = renderHtmlReport(data);
    for (const url of urls) expect(html).toContain(`id="${new URL(url).hash.slice(1)}"`);
    expect((reviews[0] as Review).author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example/' });
  });

  it('writes the file without a url or author but says which is missing and how to supply it', () => {
    const { reviews, warnings } = renderClaimReviews(reportData([{ article: ledger, claims }]));
    expect(reviews).toHaveLength(2);
    expect((reviews as Review[]).every((r) => r.url === undefined && r.author === undefined)).toBe(true);
    expect(warnings).toEqual([
      'url is missing: set where reports are published with --publish-url or in Settings, so that each review links to its place in the published report.',
      'author is missing: name the reviewer with --reviewer (or the organization with --organization) or in Settings.',
    ]);
  });

  it('names the reviewer as a Person when no organization is set', () => {
    const { reviews, warnings } = renderClaimReviews(
      reportData([{ article: ledger, claims }], { reviewer: { name: 'Mara Quinn', publishBaseUrl: 'https://desk.example/r/page.html' } }),
    );
    expect((reviews[0] as Review).author).toEqual({ '@type': 'Person', name: 'Mara Quinn' });
    expect((reviews[0] as Review).url).toMatch(/^https:\/\/desk\.example\/r\/page\.html#review-/);
    expect(warnings).toEqual([]);
  });

  it('names the rating and describes the claim’s appearance and author', () => {
    const [review] = renderClaimReviews(reportData([{ article: ledger, claims }])).reviews as Review[];
    expect(review!.reviewRating).toMatchObject({ name: 'Mostly false', alternateName: 'Mostly false', ratingValue: 2, worstRating: 1 });
    expect(review!.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Organization', name: 'The Daily Ledger' },
      datePublished: '2024-05-07',
      appearance: { url: 'https://example.org/ledger/bridge' },
    });
  });

  it('gives the appearance the article’s web address as a valid URL, and none that is not a web page', () => {
    const appearanceOf = (sourceUrl: string) =>
      (renderClaimReviews(reportData([{ article: { ...ledger, outlet: null, sourceUrl }, claims }])).reviews[0] as { itemReviewed: { appearance: object } })
        .itemReviewed.appearance;
    expect(appearanceOf('https://example.org/ledger/bridge costs?ref="home"')).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://example.org/ledger/bridge%20costs?ref=%22home%22',
    });
    expect(appearanceOf('javascript:alert(1)')).toEqual({ '@type': 'CreativeWork', headline: 'Bridge costs', inLanguage: 'en', datePublished: '2024-05-07' });
  });

  it('gives the reviewing organization’s url as a valid URL when the profile holds it as typed', () => {
    const { reviews } = renderClaimReviews(
      reportData([{ article: ledger, claims }], { reviewer: { organization: 'Desk Check', organizationUrl: 'https://desk.example/our team' } }),
    );
    expect((reviews[0] as Review).author).toEqual({ '@type': 'Organization', name: 'Desk Check', url: 'https://desk.example/our%20team' });
  });

  it('writes web addresses as valid URLs even where a URL parser leaves characters a URL may not hold', async () => {
    const address = 'https://example.org/a|b^c?q={bridge}|x^y`z\\w';
    const { reviews } = renderClaimReviews(
      reportData([{ article: { ...ledger, sourceUrl: address }, claims }], {
        reviewer: { organization: 'Desk Check', organizationUrl: address, publishBaseUrl: 'https://desk.example/r|eports/' },
      }),
    );
    const [review] = reviews as Review[];
    expect(review!.itemReviewed.appearance.url).toBe('https://example.org/a%7Cb%5Ec?q=%7Bbridge%7D%7Cx%5Ey%60z%5Cw');
    expect(review!.author!.url).toBe('https://example.org/a%7Cb%5Ec?q=%7Bbridge%7D%7Cx%5Ey%60z%5Cw');
    expect(review!.url).toMatch(/^https:\/\/desk\.example\/r%7Ceports\/bridge-costs\.html#review-/);
    const { faults } = await readAsLinkedData(reviews);
    expect(faults).toEqual([]);
  });

  it('warns when no claim has a verdict', () => {
    expect(renderClaimReviews(reportData([{ article: ledger, claims: [claims[2]!] }])).warnings).toEqual([
      'No claim in this selection has a verdict, so the file holds no ClaimReview.',
    ]);
  });

  it('gives each built-in rated status its own ratingValue', () => {
    const status = builtinTaxonomies().find((t) => t.kind === 'status')!;
    const rated = status.tags.filter((t) => t.ratingValue !== null);
    expect(rated.map((t) => t.name)).toEqual(['True', 'Mostly true', 'Mixed', 'Misleading', 'Mostly false', 'False']);
    expect(new Set(rated.map((t) => t.ratingValue)).size).toBe(rated.length);
    expect(rated.map((t) => t.ratingValue)).toEqual([...rated.map((t) => t.ratingValue)].sort((a, b) => b! - a!));
  });
});

describe('ClaimReview export read as JSON-LD (schema.org)', () => {
  /** Faults of the file as linked data, and every type or property that schema.org does not have where it is used. */
  async function linkedDataFaults(file: object): Promise<string[]> {
    const { faults, quads } = await readAsLinkedData(file);
    return [...faults, ...schemaOrgFaults(quads)];
  }

  it('is read by a check that finds a made-up term and a property on a type that does not have it', async () => {
    const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x', url: 'https://desk.example/r.html#a' };
    expect(await linkedDataFaults([review])).toEqual([]);
    expect(await linkedDataFaults([{ ...review, verdict: 'False' }])).toEqual(['http://schema.org/verdict is not a property of ClaimReview']);
    expect(await linkedDataFaults([{ ...review, itemReviewed: { '@type': 'Claim', reviewBody: 'x' } }])).toEqual([
      'http://schema.org/reviewBody is not a property of Claim',
    ]);
    expect(await linkedDataFaults([{ ...review, '@type': 'FactCheck' }])).toContain('not a schema.org type: http://schema.org/FactCheck');
    expect((await linkedDataFaults([{ ...review, url: 'https://desk.example/a b' }])).join()).toMatch(/relative object reference/);
  });

  it('expands with nothing dropped into schema.org’s types and properties only, each where schema.org has it', async () => {
    const data = reportData([{ article: ledger, claims: claims.map((c) => ({ ...c, note: 'Budget papers say 610 million.' })) }], {
      reviewer: { organization: 'Desk Check', organizationUrl: 'https://desk.example', publishBaseUrl: 'https://desk.example/reports' },
    });
    const { reviews } = renderClaimReviews(data);
    expect(reviews).toHaveLength(2);
    expect(await linkedDataFaults(reviews)).toEqual([]);
    const reviewer = renderClaimReviews({ ...data, reviewer: { name: 'Mara Quinn' } }).reviews;
    expect(await linkedDataFaults(reviewer)).toEqual([]);
  });
});

describe('ClaimReview export of an article Gloss knows little about', () => {
  const reviewer = { organization: 'Desk Check', publishBaseUrl: 'https://desk.example/reports' };
  // An Arabic article pasted in: no outlet, no date, no web address; only its byline.
  const pasted = article('قال الوزير إن 90% من الشاحنات أعيدت. أغلق المعبر شهرًا.', {
    id: 'a-pasted', title: 'المعبر', author: 'أحمد سالم', language: 'ar', direction: 'rtl',
  });
  const arabicClaims = [{ quote: '90% من الشاحنات أعيدت', status: statusTags.false }];

  it('says the claim’s language, names the byline as the claim’s author, and reads whole as schema.org', async () => {
    const { reviews } = renderClaimReviews(reportData([{ article: pasted, claims: arabicClaims }], { reviewer }));
    expect((reviews[0] as Review).itemReviewed).toEqual({
      '@type': 'Claim',
      inLanguage: 'ar',
      author: { '@type': 'Person', name: 'أحمد سالم' },
      appearance: { '@type': 'CreativeWork', headline: 'المعبر', inLanguage: 'ar' },
    });
    const { faults, quads } = await readAsLinkedData(reviews);
    expect([...faults, ...schemaOrgFaults(quads)]).toEqual([]);
  });

  it('says which of Google’s recommended fields the claims lack and how to give them', () => {
    const anonymous = { ...pasted, id: 'a-anonymous', author: null };
    const { warnings } = renderClaimReviews(
      reportData([{ article: pasted, claims: arabicClaims }, { article: anonymous, claims: arabicClaims }, { article: ledger, claims }], { reviewer }),
    );
    expect(warnings).toEqual([
      '1 review has no itemReviewed.author: give its article an outlet or an author (the article’s Details…, or gloss edit --outlet/--author).',
      '2 reviews have no itemReviewed.datePublished: give their articles their publication date (the article’s Details…, or gloss edit --date).',
    ]);
  });
});
