// The W3C Web Annotation export against the W3C test suite's MUST schemas, plus the Data
// Model's MUSTs those schemas do not check: a page holds one annotation or more, positions
// count code points.
import { describe, expect, it } from 'vitest';
import { renderWebAnnotations } from '../../../electron/core/export/w3c.js';
import { article, reportData, statusTags, techniqueTags } from '../../fixtures/export/report-data.js';
import { readAsLinkedData, webAnnotationVocabulary } from '../../helpers/json-ld.js';
import { meetsWebAnnotationAssertion, webAnnotationFailures } from '../../helpers/web-annotation.js';

interface Body {
  type: string;
  purpose: string;
  value?: string;
  source?: { id: string; label?: string };
}
interface Item {
  id: string;
  motivation: string;
  body?: Body[];
  target: { selector: Array<{ type: string; exact?: string; start?: number; end?: number }> };
}
interface Doc {
  '@context': string;
  id: string;
  type: string;
  total: number;
  first?: { id: string; type: string; partOf: { id: string }; items: Item[] };
  last?: string;
}

const body = 'Posts 👍🏽 spread; 𝒳 users claimed that 90% of trucks were turned back. The border was closed for a month.';
const data = reportData([
  {
    article: article(body, { sourceUrl: 'https://example.com/web-watch' }),
    claims: [
      {
        quote: '90% of trucks were turned back',
        status: statusTags.mostlyFalse,
        tagIds: [techniqueTags.loaded.id],
        note: 'Logs show about 40%.',
        evidence: [
          { url: 'https://example.org/logs', title: 'Crossing logs', note: 'Table 2' },
          { url: null, title: 'Phone call with the crossing office', note: 'Said 40%' },
          { url: 'javascript:alert(1)', title: 'Old bad link' },
        ],
      },
      { quote: 'closed for a month', status: statusTags.notChecked },
    ],
  },
]);

describe('W3C Web Annotation export', () => {
  it('passes the W3C test suite’s MUST assertions for the collection, its page and each annotation', () => {
    const doc = renderWebAnnotations(data) as Doc;
    expect(webAnnotationFailures('collection', doc)).toEqual([]);
    expect(webAnnotationFailures('page', doc)).toEqual([]);
    expect(webAnnotationFailures('page', { '@context': doc['@context'], ...doc.first })).toEqual([]);
    for (const item of doc.first!.items) {
      expect(webAnnotationFailures('annotation', { '@context': doc['@context'], ...item })).toEqual([]);
    }
  });

  it('links its page to the collection and the collection to its last page', () => {
    const doc = renderWebAnnotations(data) as Doc;
    expect(doc.first!.partOf).toEqual({ id: doc.id, label: 'An article', total: 2 });
    expect(doc.last).toBe(doc.first!.id);
    expect(doc.first!.items.length).toBeGreaterThanOrEqual(1);
    expect(doc.total).toBe(doc.first!.items.length);
  });

  it('writes an empty selection as a collection of total 0 with no page, which the suite accepts', () => {
    const doc = renderWebAnnotations(reportData([{ article: article('Nothing marked here.'), claims: [] }])) as Doc;
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 0 });
    expect(doc.first).toBeUndefined();
    expect(doc.last).toBeUndefined();
    expect(webAnnotationFailures('collection', doc)).toEqual([]);
  });

  it('counts positions in code points', () => {
    const doc = renderWebAnnotations(data) as Doc;
    const points = [...body];
    for (const item of doc.first!.items) {
      const quote = item.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = item.target.selector.find((s) => s.type === 'TextPositionSelector')!;
      expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    }
  });

  it('gives the target the article’s web address as a valid IRI, and no address that is not a web page', () => {
    const sourceOf = (sourceUrl: string) => {
      const doc = renderWebAnnotations(
        reportData([{ article: article('The border was closed for a month.', { id: 'a-1', sourceUrl }), claims: [{ quote: 'closed for a month' }] }]),
      ) as Doc;
      const [item] = doc.first!.items as [Item & { target: { source: string } }];
      expect(webAnnotationFailures('annotation', { '@context': doc['@context'], ...item })).toEqual([]);
      return item.target.source;
    };
    // A stored address may hold quotes and spaces (a URL pasted as typed), or not be a web page at all.
    expect(sourceOf('https://example.com/web watch?q="border"')).toBe('https://example.com/web%20watch?q=%22border%22');
    expect(sourceOf('javascript:alert(1)')).toBe('urn:gloss:article:a-1');
  });

  it('places an orphaned claim by its quote alone: its old offsets would point at other words', () => {
    const corrected = reportData([{ article: article('The border has been closed since Tuesday.'), claims: [{ quote: 'closed since Tuesday' }] }]);
    // After a correction the claim's words ("shut for a month") are gone; it keeps its old offsets, clamped.
    const [claim] = corrected.articles[0]!.annotations;
    corrected.articles[0]!.annotations = [{ ...claim!, orphaned: true, quote: { exact: 'shut for a month', prefix: 'The border was ', suffix: '.' } }];
    const doc = renderWebAnnotations(corrected) as Doc;
    const [item] = doc.first!.items;
    expect(item!.target.selector).toEqual([{ type: 'TextQuoteSelector', exact: 'shut for a month', prefix: 'The border was ', suffix: '.' }]);
    expect(webAnnotationFailures('annotation', { '@context': doc['@context'], ...item })).toEqual([]);
  });

  it('gives a claim not yet checked no assessing body, and keeps every piece of evidence but a non-web link', () => {
    const [checked, unchecked] = (renderWebAnnotations(data) as Doc).first!.items as [Item, Item];
    expect(unchecked.motivation).toBe('highlighting');
    expect((unchecked.body ?? []).filter((b) => b.purpose === 'assessing')).toEqual([]);

    expect(checked.motivation).toBe('assessing');
    expect(checked.body).toContainEqual({ type: 'TextualBody', purpose: 'assessing', value: 'Mostly false', format: 'text/plain' });
    expect(checked.body).toContainEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: { id: 'https://example.org/logs', label: 'Crossing logs — Table 2' },
    });
    expect(checked.body).toContainEqual(
      expect.objectContaining({ type: 'TextualBody', purpose: 'describing', value: 'Evidence: Phone call with the crossing office — Said 40%' }),
    );
    expect(JSON.stringify(checked)).not.toContain('javascript:');
  });
});

describe('W3C Web Annotation export read as JSON-LD (expanded against the Web Annotation context)', () => {
  const W3C_RDF_TYPES = new Set(['http://www.w3.org/1999/02/22-rdf-syntax-ns#first', 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest']);
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

  /** Faults of the file as linked data, and every predicate, type or motivation it uses that the context does not define. */
  async function linkedDataFaults(doc: object): Promise<string[]> {
    const { faults, quads } = await readAsLinkedData(doc);
    for (const q of quads) {
      const p = q.predicate.value;
      if (p !== RDF_TYPE && !W3C_RDF_TYPES.has(p) && !webAnnotationVocabulary.has(p)) faults.push(`property outside the context: ${p}`);
      const vocabValue = p === RDF_TYPE || p.endsWith('#motivatedBy') || p.endsWith('#hasPurpose');
      if (vocabValue && !webAnnotationVocabulary.has(q.object.value)) faults.push(`${p}: ${q.object.value} is not a term of the context`);
    }
    return faults;
  }

  const full = reportData(
    [
      {
        article: article(body, { sourceUrl: 'https://example.com/web-watch' }),
        claims: [
          {
            quote: '90% of trucks were turned back',
            status: statusTags.mostlyFalse,
            tagIds: [techniqueTags.loaded.id],
            note: 'Logs show about 40%.',
            evidence: [
              { url: 'https://example.org/logs', title: 'Crossing logs', note: 'Table 2' },
              { url: null, title: 'Phone call with the crossing office', note: 'Said 40%' },
            ],
          },
          { quote: 'closed for a month', status: statusTags.notChecked },
        ],
      },
    ],
    { reviewer: { organization: 'Desk Check', organizationUrl: 'https://desk.example/' } },
  );

  it('is read by a check that finds what a linked-data validator finds', async () => {
    const annotation = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:x:1', type: 'Annotation', target: 'https://example.com/a' };
    expect(await linkedDataFaults(annotation)).toEqual([]);
    const faultsOf = async (extra: object) => (await linkedDataFaults({ ...annotation, ...extra })).join('\n');
    expect(await faultsOf({ note: 'a key outside the context' })).toMatch(/invalid property.*note/);
    expect(await faultsOf({ created: '2024-05-07' })).toMatch(/"2024-05-07" is not a valid .*dateTime/);
    expect(await faultsOf({ target: 'https://example.com/a b' })).toMatch(/relative object reference/);
    expect(await faultsOf({ motivation: 'fact-checking' })).toMatch(/fact-checking is not a term of the context|relative/);
    expect(await faultsOf({ body: { type: 'TextualBody', value: 'x', language: 'ar_EG' } })).toMatch(/"ar_EG" is not a language tag/);
    expect(await faultsOf({ '@context': 'https://example.com/other.jsonld' })).toMatch(/not a vendored context/);
  });

  it('expands with no key or value dropped, every term one the context defines, and converts to N-Quads', async () => {
    const doc = renderWebAnnotations(full) as Doc;
    expect(await linkedDataFaults(doc)).toEqual([]);
    const { nquads } = await readAsLinkedData(doc);
    expect(nquads).toContain('<http://www.w3.org/ns/oa#motivatedBy> <http://www.w3.org/ns/oa#assessing>');
    expect(nquads).toContain('"2024-05-07T10:00:00.000Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>');
  });

  it('reads whole with the reviewer as a Person, and for an empty selection', async () => {
    expect(await linkedDataFaults(renderWebAnnotations({ ...full, reviewer: { name: 'Mara Quinn' } }))).toEqual([]);
    expect(await linkedDataFaults(renderWebAnnotations(reportData([{ article: article('Nothing marked here.'), claims: [] }])))).toEqual([]);
  });

  it('gives the organization’s homepage as a valid IRI when the profile holds its address as typed', async () => {
    // The profile takes any address a URL parser reads, a space or a quote included.
    const doc = renderWebAnnotations({ ...full, reviewer: { organization: 'Desk Check', organizationUrl: 'https://desk.example/our team?"a"' } }) as Doc;
    expect(await linkedDataFaults(doc)).toEqual([]);
    expect((doc.first!.items[0] as { creator?: object }).creator).toEqual({
      type: 'Organization',
      name: 'Desk Check',
      homepage: 'https://desk.example/our%20team?%22a%22',
    });
  });
  it('writes web addresses as IRIs even where a URL parser leaves characters an IRI may not hold', async () => {
    // A pasted search page: WHATWG URL keeps | and ^ in a path and { } | ^ ` \\ in a query as they are.
    const address = 'https://example.com/a|b^c?q={border}|x^y`z\\w';
    const doc = renderWebAnnotations(
      reportData(
        [{ article: article('The border was closed for a month.', { sourceUrl: address }), claims: [{ quote: 'closed for a month', status: statusTags.false, evidence: [{ url: address, title: 'Search' }] }] }],
        { reviewer: { organization: 'Desk Check', organizationUrl: address } },
      ),
    ) as Doc;
    expect(await linkedDataFaults(doc)).toEqual([]);
    const encoded = 'https://example.com/a%7Cb%5Ec?q=%7Bborder%7D%7Cx%5Ey%60z%5Cw';
    expect((doc.first!.items[0] as Item & { target: { source: string } }).target.source).toBe(encoded);
    expect(doc.first!.items[0]!.body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: { id: encoded, label: 'Search' } });
  });
});

describe('W3C Web Annotation export: the language of the text a claim targets', () => {
  const arabic = 'قال الوزير إن 90% من الشاحنات أعيدت. أغلق المعبر شهرًا.';
  const targetOf = (language: string | null) => {
    const doc = renderWebAnnotations(
      reportData([{ article: article(arabic, { language, direction: 'rtl' }), claims: [{ quote: '90% من الشاحنات أعيدت', status: statusTags.false }] }]),
    ) as Doc;
    const item = { '@context': doc['@context'], ...doc.first!.items[0] };
    expect(webAnnotationFailures('annotation', item)).toEqual([]);
    return item as typeof item & { target: { language?: string; textDirection?: string } };
  };

  it('gives the target the article’s language and direction, as the test suite’s language assertions want them', async () => {
    const item = targetOf('ar');
    expect(item.target).toMatchObject({ language: 'ar', textDirection: 'rtl' });
    for (const assertion of ['3.2.1-targLanguage', '3.2.1-targSingleLanguage', '3.2.1-targTextDirection', '3.2.1-targTextDirectionValidated']) {
      expect(meetsWebAnnotationAssertion(`annotations/bodiesTargets/${assertion}.json`, item), assertion).toBe(true);
    }
    expect((await readAsLinkedData(item)).nquads).toContain('<http://purl.org/dc/elements/1.1/language> "ar"');
  });

  it('writes a stored tag in its canonical form, and none for a language that is unknown or not a tag', () => {
    expect(targetOf('AR-eg').target.language).toBe('ar-EG');
    expect(targetOf(null).target.language).toBeUndefined();
    expect(targetOf('und').target.language).toBeUndefined();
    expect(targetOf('Arabic').target.language).toBeUndefined();
  });
});
