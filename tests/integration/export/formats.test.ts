// Every export format from the one annotated fixture collection, through exports.run.
import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvColumns } from '../../../electron/core/export/csv.js';
import { findChromium } from '../../../electron/core/chromium.js';
import { htmlToPdf } from '../../../electron/core/export/pdf.js';
import type { Progress } from '../../../shared/model.js';
import { buildExportFixture, exportFile, type Fixture } from '../../fixtures/export/collection.js';
import { readAsLinkedData, webAnnotationVocabulary } from '../../helpers/json-ld.js';
import { schemaOrgFaults } from '../../helpers/schema-org.js';
import { tempDir } from '../../helpers/tmp.js';
import { webAnnotationFailures } from '../../helpers/web-annotation.js';

const verdicts = ['True', 'Mostly true', 'Misleading', 'Mostly false', 'False', 'Unverifiable', 'Needs context'];

let dir: ReturnType<typeof tempDir>;
let f: Fixture;
const progress: Progress[] = [];

beforeAll(async () => {
  dir = tempDir('gloss-export-');
  f = await buildExportFixture(dir.path);
  f.core.ctx.emit = ((event: string, payload: unknown) => {
    if (event === 'export.progress') progress.push(payload as Progress);
  }) as typeof f.core.ctx.emit;
});
afterAll(() => {
  f?.core.close();
  dir?.remove();
});

const run = (format: Parameters<typeof exportFile>[1]['format'], extra: object = {}) =>
  exportFile(f, { format, collectionId: f.collectionId, ...extra });

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('HTML report', () => {
  it('is one self-contained page with every claim, escaped, coloured by status and numbered', async () => {
    const { text: html, fileName, mimeType } = await run('html');
    expect(fileName).toBe('rafah-crossing-may-2024.html');
    expect(mimeType).toBe('text/html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
    // Untrusted note text is shown, never run.
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // Each quote in the report's quotation marks, in its article's own language and direction.
    for (const c of f.claims) {
      expect(html).toContain(`“<span dir="${c.articleKey === 'sahifa' ? 'rtl' : 'ltr'}" lang="${c.articleKey === 'sahifa' ? 'ar' : 'en'}">${c.exact.replace(/"/g, '&quot;')}</span>”`);
    }
    expect(html).toMatch(/<div class="text" dir="rtl"[^>]*>/);
    expect(html).toContain('<svg class="chart"');
    expect(html).toContain('<title id="chart-title">');
    expect(html).toContain('Linked claims across outlets');
    expect((html.match(/<sup class="ref">/g) ?? []).length).toBe(f.claims.length);
    // The nested claim: "closed on Tuesday" inside "The only crossing ... closed on Tuesday".
    expect(html).toMatch(/<mark class="st-\d+" id="claim-1" data-claim="1">The only crossing into the south was <\/mark>/);
    expect(html).toContain('@media print');
  });

  it('reports progress per article for a collection', () => {
    const forHtml = progress.filter((p) => p.total === 4);
    expect(forHtml.map((p) => p.done).slice(0, 4)).toEqual([1, 2, 3, 4]);
  });

  it('exports one article alone', async () => {
    const { text: html } = await exportFile(f, { format: 'html', articleId: f.articleIds.courier });
    expect(html).toContain('fuel stocks were ample for weeks');
    expect(html.match(/<section class="article-section"/g)).toHaveLength(1);
    expect(html).not.toContain('<svg');
  });
});

describe('Markdown', () => {
  it('holds every quote, status and note, with markup in notes escaped', async () => {
    const { text: md } = await run('md');
    expect(md).toContain('# Rafah crossing, May 2024');
    for (const c of f.claims) expect(md).toContain(c.exact.replace(/[*_[\]<>|~#!]/g, '\\$&'));
    expect(md).toContain('\\<script>');
    expect(md).toContain('| 3 | “A senior official, who asked not to be named” | Unverifiable | Unnamed source |');
    expect(md).toMatch(/\*\*fuel would run out within three days\*\*\[\^4\]/);
  });
});

describe('CSV', () => {
  it('parses back to one row per claim in the documented columns, BOM first, formulas neutralised', async () => {
    const { bytes, text } = await run('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(text, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...csvColumns]);
    expect(rows).toHaveLength(f.claims.length);
    for (const c of f.claims) {
      const row = rows.find((r) => r.claim_id === c.id)!;
      expect(row.quote).toBe(c.exact);
      expect(row.status).toBe(c.status ?? '');
      expect(row.techniques).toBe(c.techniques.join('; '));
      const risky = /^[=+\-@\t\r]/.test(c.note);
      expect(row.note).toBe(risky ? `'${c.note}` : c.note);
    }
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells.filter((v) => /^[=+\-@]/.test(v))).toEqual([]);
    expect(rows.find((r) => r.note!.startsWith("'=HYPERLINK"))).toBeTruthy();
    const fuel = rows.find((r) => r.quote === 'fuel would run out within three days')!;
    expect(fuel.evidence_urls).toBe('https://example.org/who/fuel-estimate');
    expect(fuel.linked_claims!.split(' ').sort()).toHaveLength(2);
    expect(text).toContain('\r\n');
  });

  it('keeps one row a claim where a spreadsheet ends a row at any line break: notes with a line break are quoted', async () => {
    const { text } = await run('csv');
    // Excel, LibreOffice and Python's csv end a row at a bare LF or CR outside quotes; csv-parse only at the CRLF it detects.
    const rows = parse(text, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    expect(rows.map((r) => r.length)).toEqual(Array(f.claims.length + 1).fill(csvColumns.length));
    const notes = rows.slice(1).map((r) => r[csvColumns.indexOf('note')]);
    expect(notes).toContain('Contradicted by the WHO estimate;\nsee the Ledger claim.');
  });
});

describe('W3C Web Annotation', () => {
  it('passes the W3C test suite’s MUST assertions, with positions in code points', async () => {
    const { text } = await run('w3c');
    const doc = JSON.parse(text);
    expect(webAnnotationFailures('collection', doc)).toEqual([]);
    expect(webAnnotationFailures('page', doc)).toEqual([]);
    for (const item of doc.first.items) expect(webAnnotationFailures('annotation', { '@context': doc['@context'], ...item })).toEqual([]);
    expect(doc.total).toBe(f.claims.length);

    const emoji = (await f.call('articles.get', { id: f.articleIds.emoji })).body;
    const codePoints = [...emoji];
    for (const item of doc.first.items) {
      const [quote, position] = item.target.selector;
      expect(position.start).toBeLessThanOrEqual(position.end);
      const claim = f.claims.find((c) => item.id.endsWith(c.id))!;
      if (claim.articleKey === 'emoji') {
        // Positions count code points: slicing the code point array gives the quote back.
        expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
        expect(emoji.indexOf(quote.exact)).toBeGreaterThan(position.start);
      }
      const purposes = (item.body ?? []).map((b: { purpose: string }) => b.purpose);
      if (claim.status && claim.status !== 'Not yet checked') expect(purposes).toContain('assessing');
      else expect(purposes).not.toContain('assessing');
      if (claim.note) expect(purposes).toContain('commenting');
      expect(purposes.filter((p: string) => p === 'tagging')).toHaveLength(claim.techniques.length);
    }
  });
});

interface ReviewJson {
  '@context': string;
  '@type': string;
  claimReviewed: string;
  url: string;
  reviewRating: { '@type': string; name: string; alternateName: string; ratingValue?: number; bestRating?: number; worstRating?: number };
  author: unknown;
  datePublished: string;
  itemReviewed: { '@type': string; author: { '@type': string }; appearance: { headline: string; url?: string } };
}

describe('ClaimReview', () => {
  it('has every field Google requires for each claim with a verdict, and only those', async () => {
    const reviewer = { name: 'Mara Quinn', publishBaseUrl: 'https://desk.example/reports/' };
    const file = await f.call('exports.run', { format: 'claimreview', collectionId: f.collectionId, reviewer });
    expect(file.warnings).toEqual([]);
    const reviews = JSON.parse(Buffer.from(file.dataBase64, 'base64').toString()) as ReviewJson[];
    const withVerdict = f.claims.filter((c) => c.status && c.status !== 'Not yet checked');
    expect(reviews.map((r) => r.claimReviewed).sort()).toEqual(withVerdict.map((c) => c.exact).sort());
    for (const r of reviews) {
      expect(r['@context']).toBe('https://schema.org');
      expect(r['@type']).toBe('ClaimReview');
      expect(verdicts).toContain(r.reviewRating.alternateName);
      expect(r.reviewRating['@type']).toBe('Rating');
      expect(r.reviewRating.name).toBe(r.reviewRating.alternateName);
      if (!['Unverifiable', 'Needs context'].includes(r.reviewRating.alternateName)) {
        expect(r.reviewRating).toMatchObject({ bestRating: 6, worstRating: 1 });
        expect(r.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
        expect(r.reviewRating.ratingValue).toBeLessThanOrEqual(6);
      }
      expect(r.url).toMatch(/^https:\/\/desk\.example\/reports\/rafah-crossing-may-2024\.html#review-[0-9a-f-]{36}$/);
      expect(r.author).toEqual({ '@type': 'Person', name: 'Mara Quinn' });
      expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r.itemReviewed['@type']).toBe('Claim');
      expect(r.itemReviewed.appearance.headline).toBeTruthy();
      expect(r.itemReviewed.author['@type']).toBe('Organization');
    }
    const ledger = reviews.find((r) => r.claimReviewed === 'fuel would run out within three days')!;
    expect(ledger.itemReviewed.appearance.url).toBe('https://example.org/ledger/crossing-closed');
    const courier = reviews.find((r) => r.claimReviewed === 'fuel stocks were ample for weeks')!;
    expect(courier.itemReviewed.appearance.url).toBeUndefined();
    expect(courier.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'False' });
    const ratings = new Map(reviews.map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue]));
    expect(ratings.get('Misleading')).not.toBe(ratings.get('Mostly false'));
  });

  it('can be pasted into a page’s <script type="application/ld+json"> whatever the notes hold', async () => {
    const { text } = await run('claimreview');
    // Google reads ClaimReview from the review page itself; a note holding </script> must not end the script there.
    const { document } = parseHTML(`<!doctype html><html><head><script type="application/ld+json">${text}</script></head><body><p>Review</p></body></html>`);
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const reviews = JSON.parse(scripts[0]!.textContent!) as Array<{ reviewBody?: string }>;
    expect(reviews).toEqual(JSON.parse(text));
    expect(reviews.map((r) => r.reviewBody)).toContain('@sources: no second source <script>alert("x")</script>');
  });

  it('says what is missing when no reviewer is given', async () => {
    const file = await f.call('exports.run', { format: 'claimreview', collectionId: f.collectionId });
    expect(file.warnings).toEqual([expect.stringMatching(/^url is missing: .*--publish-url/), expect.stringMatching(/^author is missing/)]);
    const withVerdict = f.claims.filter((c) => c.status && c.status !== 'Not yet checked');
    expect(JSON.parse(Buffer.from(file.dataBase64, 'base64').toString())).toHaveLength(withVerdict.length);
  });
});

describe('Worksheet and answer key', () => {
  it('the student copy lists the verdicts and techniques to choose from, each with its definition', async () => {
    const { text: html } = await run('worksheet');
    const choices = /<div class="choices">[\s\S]*?<\/div>/.exec(html)![0];
    for (const v of verdicts) expect(choices).toContain(`<dt dir="auto">${v}</dt>`);
    expect(choices).not.toContain('Not yet checked');
    expect(choices).toContain('<dt dir="auto">Mostly false</dt><dd dir="auto"> — Contains an element of truth but ignores facts that would change the impression.</dd>');
    expect(choices).toContain('<dt dir="auto">Unnamed source</dt>');
  });

  it('the student copy marks and numbers every claim but gives away no verdict, technique or note', async () => {
    const file = await f.call('exports.run', { format: 'worksheet', collectionId: f.collectionId });
    expect(file.warnings).toEqual(['1 claim has no verdict: keep them as practice or leave them out.']);
    const html = Buffer.from(file.dataBase64, 'base64').toString();
    for (const c of f.claims) expect(html).toContain(c.exact.replace(/"/g, '&quot;'));
    const visible = html
      .replace(/<style>[\s\S]*?<\/style>/, '')
      .replace(/<div class="choices">[\s\S]*?<\/div>/, '')
      .replace(/<[^>]+>/g, ' ');
    for (const v of verdicts) expect(visible).not.toMatch(new RegExp(`\\b${v}\\b`));
    for (const c of f.claims) {
      for (const t of c.techniques) expect(visible).not.toContain(t);
      if (c.note) expect(html).not.toContain(c.note.slice(0, 20).replace(/"/g, '&quot;'));
    }
    expect(html).not.toContain('example.org/who');
    expect((html.match(/class="answer"/g) ?? []).length).toBe(f.claims.length);
  });

  it('the answer key lists verdicts, techniques and notes by claim number', async () => {
    const { text: html } = await run('answer-key');
    for (const c of f.claims) {
      expect(html).toContain(c.status!);
      for (const t of c.techniques) expect(html).toContain(t);
    }
    expect(html).toContain('Contradicted by the WHO estimate;');
    expect(html).toContain('<td>4</td>');
  });
});

describe.skipIf(!findChromium() || !hasPdftotext())('PDF through Chromium', () => {
  it('holds every quote and verdict', async () => {
    const { bytes, fileName } = await run('pdf');
    expect(fileName).toBe('rafah-crossing-may-2024.pdf');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');
    // pdftotext gives Arabic back in visual order with lam-alef ligatures split, so the
    // Arabic quotes are checked in the HTML and Chromium tests instead.
    for (const c of f.claims.filter((x) => x.articleKey !== 'sahifa')) {
      expect(text).toContain(c.exact.replace(/\s+/g, ' '));
      if (c.status) expect(text).toContain(c.status);
    }
  }, 120_000);

  it('prints the worksheet when asked', async () => {
    const { bytes, fileName } = await run('pdf', { pdfOf: 'worksheet' });
    expect(fileName).toBe('rafah-crossing-may-2024-worksheet.pdf');
    const text = execFileSync('pdftotext', ['-', '-'], { input: bytes }).toString().replace(/\s+/g, ' ');
    expect(text).toContain('Verdicts to choose from');
    // The verdicts are listed once, as choices, before the first article; none is given to a claim.
    const afterChoices = text.slice(text.indexOf('Crossing closed as talks stall'));
    expect(afterChoices).toContain('Verdict');
    expect(afterChoices).not.toContain('Mostly false');
  }, 120_000);
});

describe('without Chromium', () => {
  it('finds none where none is installed, and PDF export says what to install', async () => {
    expect(findChromium({ PATH: '/nonexistent' }, [])).toBeNull();
    await expect(htmlToPdf({}, '<p>x</p>', null)).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/needs Chromium.*apt-get install chromium.*export HTML/),
    });
  });

  it('uses the door’s own renderer when it has one', async () => {
    const pdf = await htmlToPdf({ renderPdf: async (html) => new TextEncoder().encode(`PDF of ${html}`) }, '<p>x</p>');
    expect(new TextDecoder().decode(pdf)).toBe('PDF of <p>x</p>');
  });
});

describe('W3C and ClaimReview files read as JSON-LD', () => {
  it('expand and convert to RDF with nothing dropped and nothing outside their vocabularies', async () => {
    const reviewer = { name: 'Mara Quinn', organization: 'Desk Check', organizationUrl: 'https://desk.example/', publishBaseUrl: 'https://desk.example/reports/' };
    const w3c = await readAsLinkedData(JSON.parse((await run('w3c', { reviewer })).text));
    expect(w3c.faults).toEqual([]);
    expect(w3c.quads.map((q) => q.predicate.value).filter((p) => !webAnnotationVocabulary.has(p) && !p.startsWith('http://www.w3.org/1999/02/22-rdf-syntax-ns#'))).toEqual([]);
    const claimReview = await readAsLinkedData(JSON.parse((await run('claimreview', { reviewer })).text));
    expect([...claimReview.faults, ...schemaOrgFaults(claimReview.quads)]).toEqual([]);
  });
});
