// Claims as a W3C Web Annotation AnnotationCollection (JSON-LD). The model counts positions
// in Unicode code points; Gloss stores UTF-16 code units, so positions are converted here.
import { createHash } from 'node:crypto';
import type { Evidence, ReviewerProfile } from '../../../shared/model.js';
import { hasVerdict, statusOf, techniquesOf } from './claims.js';
import { webIri } from './iri.js';
import { languageTag } from './language-tag.js';
import type { ReportData } from './report-data.js';

/** Converts sorted-or-not UTF-16 offsets into code point offsets in one pass over the text. */
export function toCodePoints(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(offsets.length);
  let unit = 0;
  let points = 0;
  for (const [offset, i] of order) {
    while (unit < offset && unit < text.length) {
      const c = text.charCodeAt(unit);
      unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < text.length && isLow(text.charCodeAt(unit + 1)) ? 2 : 1;
      points++;
    }
    out[i] = points;
  }
  return out;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The article's web address as an IRI (a stored address may hold spaces, quotes or braces), else a URN of its id. */
export function articleIri(article: { id: string; sourceUrl: string | null }): string {
  return webIri(article.sourceUrl) ?? `urn:gloss:article:${article.id}`;
}

export function renderWebAnnotations(data: ReportData): object {
  const items: object[] = [];
  const creator = creatorOf(data.reviewer);
  for (const { article, annotations } of data.articles) {
    const language = languageTag(article.language);
    const points = toCodePoints(
      article.body,
      annotations.flatMap((a) => [a.start, a.end]),
    );
    annotations.forEach((a, i) => {
      const body: object[] = [];
      const verdict = hasVerdict(data, a);
      if (verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: statusOf(data, a)!.name, format: 'text/plain' });
      for (const t of techniquesOf(data, a)) body.push({ type: 'TextualBody', purpose: 'tagging', value: t.name });
      if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
      for (const e of a.evidence) {
        const b = evidenceBody(e);
        if (b) body.push(b);
      }
      items.push({
        id: `urn:gloss:annotation:${a.id}`,
        type: 'Annotation',
        motivation: verdict ? 'assessing' : 'highlighting',
        ...(creator ? { creator } : {}),
        created: a.createdAt,
        modified: a.updatedAt,
        ...(body.length ? { body } : {}),
        target: {
          source: articleIri(article),
          ...(language ? { language } : {}),
          textDirection: article.direction,
          selector: [
            { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
            // An orphan's offsets are where its words were before a correction: other words now.
            ...(a.orphaned ? [] : [{ type: 'TextPositionSelector', start: points[2 * i]!, end: points[2 * i + 1]! }]),
          ],
        },
      });
    });
  }
  const id = data.collection ? `urn:gloss:collection:${data.collection.id}` : `urn:gloss:articles:${createHash('sha256').update(data.articles.map((a) => a.article.id).join('\n')).digest('hex').slice(0, 32)}`;
  // A page MUST hold at least one annotation: an empty collection has no page at all.
  const page = `${id}#page1`;
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: data.title,
    total: items.length,
    ...(items.length ? { first: { id: page, type: 'AnnotationPage', partOf: { id, label: data.title, total: items.length }, startIndex: 0, items }, last: page } : {}),
  };
}

/**
 * Evidence with a web link is a linking SpecificResource whose source carries the title (and
 * note) as its label; evidence without one (a phone call, a printed document) is a describing
 * TextualBody. A URL of any other scheme is not exported.
 */
function evidenceBody(e: Evidence): object | null {
  const url = webIri(e.url);
  const text = [e.title.trim(), e.note.trim()].filter(Boolean).join(' — ');
  if (url) return { type: 'SpecificResource', purpose: 'linking', source: { id: url, ...(text ? { label: text } : {}) } };
  return text ? { type: 'TextualBody', purpose: 'describing', value: `Evidence: ${text}`, format: 'text/plain' } : null;
}

/** The reviewer from the profile as the annotations' creator: the person, else the organization (its address normalised into an IRI, as the profile keeps it as typed). */
function creatorOf(r: ReviewerProfile): object | null {
  if (r.name) return { type: 'Person', name: r.name };
  const homepage = webIri(r.organizationUrl);
  return r.organization ? { type: 'Organization', name: r.organization, ...(homepage ? { homepage } : {}) } : null;
}
