// schema.org's vocabulary, offline: the types and the properties each may carry (its own and
// those of the types it extends), read from schema-dts (Google's typings generated from
// schema.org's data), whose declarations read `interface ClaimBase extends CreativeWorkBase
// { "appearance"?: ...}` and `interface ClaimLeaf extends ClaimBase { "@type": "Claim" }`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Quad } from './json-ld.js';

const declarations = readFileSync(createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts'), 'utf8');

const bases = new Map<string, { parents: string[]; properties: string[] }>();
for (const m of declarations.matchAll(/^interface (\w+Base) extends ([^{]+)\{\n([\s\S]*?)^\}/gm)) {
  bases.set(m[1]!, {
    parents: m[2]!.split(',').map((p) => p.trim()).filter((p) => p.endsWith('Base')),
    properties: [...m[3]!.matchAll(/^ {4}"([^"@]+)"\?:/gm)].map((p) => p[1]!),
  });
}
const typeBase = new Map([...declarations.matchAll(/^export interface \w+Leaf extends (\w+Base) \{\n\s+"@type": "(\w+)";/gm)].map((m) => [m[2]!, m[1]!]));

function propertiesOfBase(base: string, into = new Set<string>()): Set<string> {
  const b = bases.get(base);
  if (!b) return into;
  for (const p of b.properties) into.add(p);
  for (const parent of b.parents) propertiesOfBase(parent, into);
  return into;
}

/** The properties a schema.org type may carry, or null when schema.org has no such type. */
export function schemaOrgProperties(type: string): ReadonlySet<string> | null {
  const base = typeBase.get(type);
  return base ? propertiesOfBase(base) : null;
}

// schema.org's own context maps terms to http://schema.org/; https://schema.org/ names the same terms.
const SCHEMA = /^https?:\/\/schema\.org\//;
const localName = (iri: string) => (SCHEMA.test(iri) ? iri.replace(SCHEMA, '') : null);
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** Every type that is not a schema.org type, and every property that is not one of its subject's types'. */
export function schemaOrgFaults(quads: Quad[]): string[] {
  const faults: string[] = [];
  const types = new Map<string, string[]>();
  for (const q of quads.filter((q) => q.predicate.value === RDF_TYPE)) {
    const type = localName(q.object.value) ?? q.object.value;
    if (!localName(q.object.value) || !schemaOrgProperties(type)) faults.push(`not a schema.org type: ${q.object.value}`);
    types.set(q.subject.value, [...(types.get(q.subject.value) ?? []), type]);
  }
  for (const q of quads.filter((q) => q.predicate.value !== RDF_TYPE)) {
    const property = localName(q.predicate.value);
    const subjectTypes = types.get(q.subject.value) ?? [];
    if (property === null || !subjectTypes.some((t) => schemaOrgProperties(t)?.has(property))) {
      faults.push(`${q.predicate.value} is not a property of ${subjectTypes.join(', ') || 'an untyped node'}`);
    }
  }
  return faults;
}
