// Reading an export as JSON-LD, as a linked-data validator does, offline: jsonld expands it
// against its @context (served from tests/fixtures/json-ld, never fetched) and turns it into
// RDF. What expansion or conversion would lose, and what RDF would hold wrong, is returned
// as a list of faults ([] when the file reads whole).
import jsonld from 'jsonld';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

const fixture = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'tests', 'fixtures', 'json-ld', name), 'utf8')) as { '@context': Record<string, unknown> };

const anno = fixture('anno.jsonld');
const schemaOrg = fixture('schema-org.jsonld');
export const contexts: Record<string, JsonLd> = {
  'http://www.w3.org/ns/anno.jsonld': anno as JsonLd,
  'https://schema.org': schemaOrg as JsonLd,
  'https://schema.org/': schemaOrg as JsonLd,
};

/** Serves the vendored contexts and refuses every other URL: the tests never go online. */
export async function documentLoader(url: string): Promise<RemoteDocument> {
  const document = contexts[url];
  if (!document) throw new Error(`${url}: not a vendored context (the tests load nothing from the network)`);
  return { contextUrl: undefined, documentUrl: url, document };
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** The IRIs the Web Annotation context gives its terms (oa:, as:, dc:, dcterms:, foaf:, rdfs:, rdf: ...). */
export const webAnnotationVocabulary: ReadonlySet<string> = (() => {
  const ctx = anno['@context'];
  const prefixes = Object.fromEntries(Object.entries(ctx).filter(([, v]) => typeof v === 'string' && /\/$|#$/.test(v)) as Array<[string, string]>);
  const expand = (curie: string) => {
    const [prefix, local] = curie.split(':') as [string, string];
    return prefixes[prefix] !== undefined ? prefixes[prefix] + local : curie;
  };
  const iris = Object.entries(ctx)
    .filter(([term]) => !(term in prefixes))
    .map(([, v]) => (typeof v === 'string' ? v : ((v as { '@id': string })['@id'])))
    .filter((v) => !v.startsWith('@'))
    .map(expand);
  return new Set(iris);
})();

interface Term {
  termType: string;
  value: string;
  datatype?: { value: string };
  language?: string;
}
export interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
}

/** Scalars a JSON document holds outside its @context: each must survive expansion. */
function jsonValues(doc: unknown): number {
  if (Array.isArray(doc)) return doc.reduce((n: number, v) => n + jsonValues(v), 0);
  if (doc !== null && typeof doc === 'object') {
    return Object.entries(doc).reduce((n, [k, v]) => n + (k === '@context' ? 0 : jsonValues(v)), 0);
  }
  return 1;
}

/** The same count in expanded JSON-LD: values, node ids and node types (a value's own @type comes from the context). */
function expandedValues(doc: unknown): number {
  if (Array.isArray(doc)) return doc.reduce((n: number, v) => n + expandedValues(v), 0);
  if (doc === null || typeof doc !== 'object') return 0;
  const o = doc as Record<string, unknown>;
  if ('@value' in o) return 1;
  const own = (typeof o['@id'] === 'string' ? 1 : 0) + (Array.isArray(o['@type']) ? o['@type'].length : 0);
  return Object.entries(o).reduce((n, [k, v]) => n + (k === '@id' || k === '@type' ? 0 : expandedValues(v)), own);
}

// RFC 3987: an IRI holds none of these, nor any control character or space.
const IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`\p{Cc}]+$/iu;
const DATE_TIME = /^-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?$/;
const lexical: Record<string, RegExp> = {
  [`${XSD}dateTime`]: DATE_TIME,
  [`${XSD}nonNegativeInteger`]: /^\+?\d+$/,
  [`${XSD}integer`]: /^[+-]?\d+$/,
  [`${XSD}double`]: /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/,
  [`${XSD}boolean`]: /^(true|false)$/,
  [`${XSD}string`]: /^/,
  [`${RDF}langString`]: /^/,
};

// Properties whose value is a language tag (a plain string in both contexts).
const languageProperties = new Set(['http://purl.org/dc/elements/1.1/language', 'http://schema.org/inLanguage']);

function wellFormedLanguage(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * Expands `doc` against its context in jsonld's safe mode (a key that maps to no IRI, or a
 * value dropped for any reason, is an error), checks that every value of the file is still
 * there, and converts it to RDF (safe mode again: a value typed @id that is not an absolute
 * IRI is an error). Returns the faults found and the quads.
 */
export async function readAsLinkedData(doc: object): Promise<{ faults: string[]; quads: Quad[]; nquads: string }> {
  const faults: string[] = [];
  const copy = JSON.parse(JSON.stringify(doc)) as object;
  let expanded: unknown = [];
  try {
    expanded = await jsonld.expand(copy, { documentLoader, safe: true } as jsonld.Options.Expand);
  } catch (e) {
    faults.push(`expansion: ${describe(e)}`);
  }
  if (faults.length === 0 && expandedValues(expanded) !== jsonValues(doc)) {
    faults.push(`expansion kept ${expandedValues(expanded)} of the file's ${jsonValues(doc)} values`);
  }
  let quads: Quad[] = [];
  let nquads = '';
  try {
    quads = (await jsonld.toRDF(copy, { documentLoader, safe: true } as jsonld.Options.ToRdf)) as unknown as Quad[];
    nquads = (await jsonld.toRDF(copy, { documentLoader, safe: true, format: 'application/n-quads' } as jsonld.Options.ToRdf)) as unknown as string;
  } catch (e) {
    faults.push(`conversion to RDF: ${describe(e)}`);
  }
  for (const q of quads) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType === 'NamedNode' && !IRI.test(t.value)) faults.push(`not an IRI: ${JSON.stringify(t.value)}`);
      if (t.termType !== 'Literal') continue;
      if (languageProperties.has(q.predicate.value) && !wellFormedLanguage(t.value)) faults.push(`${q.predicate.value}: ${JSON.stringify(t.value)} is not a language tag`);
      const type = t.datatype!.value;
      if (!(type in lexical)) faults.push(`${q.predicate.value}: a literal of unexpected type ${type}`);
      else if (!lexical[type]!.test(t.value)) faults.push(`${q.predicate.value}: ${JSON.stringify(t.value)} is not a valid ${type}`);
      if (t.language && !wellFormedLanguage(t.language)) faults.push(`${q.predicate.value}: language tag ${JSON.stringify(t.language)}`);
    }
  }
  return { faults, quads, nquads };
}

function describe(e: unknown): string {
  const err = e as { message?: string; details?: { event?: { code?: string; details?: unknown }; cause?: { message?: string } } };
  const event = err.details?.event;
  if (event) return `${event.code} ${JSON.stringify(event.details)}`;
  return [err.message ?? String(e), err.details?.cause?.message].filter(Boolean).join(': ');
}
