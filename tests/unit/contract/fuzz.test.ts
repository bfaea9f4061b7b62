// Every method of the contract, called with inputs its own schema accepts, answers a result or a
// named error, never `internal`, and leaves the library sound (SQLite's integrity and foreign-key
// checks). The inputs are made from each method's JSON Schema, with the ids of the library's own
// articles, claims, collections and tags mixed in and awkward strings (empty, right-to-left
// override, half a character, markup, SQL, a long run). The calls follow one another in one
// library, so the states they make meet (a dismissal in an article then trashed and emptied).
// Seeded, so a failure repeats; FUZZ_SEED and FUZZ_ROUNDS run others (seeds 1 and 2 found the
// two failures mended with this test: a trash that could not be emptied, a pasted text whose
// stored original no longer matched it).
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, methodNames, type MethodName } from '../../../shared/contract/index.js';
import { dispatch } from '../../../electron/core/dispatch.js';
import { annotate, importArticles, markdown, openTestLibrary, type TestLibrary } from '../library/harness.js';

const SEEDS = process.env.FUZZ_SEED ? [Number(process.env.FUZZ_SEED)] : [1, 2, 3];
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 40);
const AWKWARD = ['', ' ', 'x', 'ا', '\u202e', '\ud800', '<script>alert(1)</script>', "'; DROP TABLE articles;--", 'a'.repeat(300), '../..', '0', '-1', 'null', 'status:false', 'technique'];
const DATES = ['2024-03-10', '2024-02-30', '0000-01-01', '2024-03-10T18:00:00Z'];

/** A small seeded generator (a linear congruential one: the same seed, the same calls). */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

type Schema = {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};

/** What kind of id a field holds, by its name and, for a bare `id`, by the method's namespace. */
function idKind(field: string, method: MethodName): string {
  if (/^article/.test(field)) return 'article';
  if (/^collection/.test(field)) return 'collection';
  if (/^statusTag/.test(field)) return 'status';
  if (/^tag/.test(field)) return 'tag';
  if (/^taxonomy/.test(field)) return 'taxonomy';
  if (/^(from|to)Id$/.test(field)) return 'annotation';
  return method.split('.')[0]!.replace(/s$/, '');
}

function inputFor(schema: Schema, method: MethodName, ids: Map<string, string[]>, r: ReturnType<typeof random>, field = ''): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return r.pick(schema.enum);
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return inputFor(r.pick(choice), method, ids, r, field);
  if (schema.allOf) return inputFor(schema.allOf[0]!, method, ids, r, field);
  switch (Array.isArray(schema.type) ? r.pick(schema.type) : schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([name]) => schema.required?.includes(name) || r.next() < 0.5)
          .map(([name, s]) => [name, inputFor(s, method, ids, r, name)]),
      );
    case 'array': {
      const length = Math.max(schema.minItems ?? 0, Math.floor(r.next() * Math.min(4, (schema.maxItems ?? 3) + 1)));
      return Array.from({ length }, () => inputFor(schema.items ?? {}, method, ids, r, field));
    }
    case 'integer':
    case 'number': {
      const [low, high] = [schema.minimum ?? -5, schema.maximum ?? 100_000];
      return r.pick([low, high, 0, 1, -1, 2 ** 31, Math.floor(low + r.next() * Math.min(high - low, 1000))].filter((n) => n >= low && n <= high));
    }
    case 'boolean':
      return r.next() < 0.5;
    case 'null':
      return null;
    default: {
      const known = ids.get(idKind(field, method));
      if (/(id|Id|Ids|ids)$/.test(field) && known?.length && r.next() < 0.85) return r.pick(known);
      if (schema.format === 'date' || schema.pattern?.includes('\\d{4}')) return r.pick(DATES);
      const text = r.pick(AWKWARD).slice(0, schema.maxLength);
      return text.padEnd(schema.minLength ?? 0, 'y');
    }
  }
}

/** A library with two articles, a claim and a collection; the ids the inputs draw on, by kind. */
async function fuzzLibrary(): Promise<{ lib: TestLibrary; ids: Map<string, string[]> }> {
  const lib = await openTestLibrary();
  const ids = new Map<string, string[]>();
  ids.set('article', await importArticles(lib, [
    ['spending.md', markdown('Spending', 'The ministry said spending rose sharply, by 40% in 2023.', 'مرحبا بالعالم.')],
    ['toll.txt', 'Officials said 31,000 people were killed. Others said fewer than 20,000.'],
  ]));
  ids.set('annotation', [(await annotate(lib, ids.get('article')![0]!, 'spending rose sharply')).id]);
  ids.set('collection', [(await lib.call('collections.create', { name: 'Fuzz' })).id]);
  const taxonomies = await lib.call('taxonomies.list', {});
  ids.set('taxonomy', taxonomies.map((t) => t.id));
  ids.set('status', taxonomies.filter((t) => t.kind === 'status').flatMap((t) => t.tags.map((g) => g.id)));
  ids.set('tag', taxonomies.flatMap((t) => t.tags.map((g) => g.id)));
  return { lib, ids };
}

describe('the contract under inputs its schemas accept', () => {
  const schemas = new Map(methodNames.map((m) => [m, z.toJSONSchema(contract[m].input, { io: 'input', unrepresentable: 'any' }) as Schema]));

  it.each(SEEDS)(`answers a result or a named error, ${ROUNDS} rounds of every method (seed %i)`, async (seed) => {
    const { lib, ids } = await fuzzLibrary();
    const r = random(seed);
    const internal: string[] = [];
    try {
      for (let round = 0; round < ROUNDS; round++) {
        for (const method of methodNames) {
          const input = inputFor(schemas.get(method)!, method, ids, r);
          const result = await dispatch(lib.core.api, method, input);
          if (!result.ok && result.error.code === 'internal') internal.push(`${method}(${JSON.stringify(input).slice(0, 300)}): ${result.error.message}`);
          if (result.ok && method === 'annotations.create') ids.get('annotation')!.push((result.value as { id: string }).id);
        }
      }
      expect(internal).toEqual([]);
      expect(lib.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(lib.core.db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      lib.close();
    }
  }, 120_000);
});
