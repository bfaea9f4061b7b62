// The W3C Web Annotation test suite's MUST assertions (tests/fixtures/web-annotation), run the
// way the suite runs them: each assertion is a JSON Schema the document must satisfy.
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './corpus.js';

const root = join(repoRoot, 'tests', 'fixtures', 'web-annotation');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
for (const file of readdirSync(join(root, 'definitions')).filter((f) => f.endsWith('.json'))) ajv.addSchema(readJson(join('definitions', file)));

type Kind = 'annotation' | 'collection' | 'page';
const musts: Record<Kind, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
};

const assertions = Object.fromEntries(
  Object.entries(musts).map(([kind, test]) => [
    kind,
    (readJson(test).assertions as string[]).map((path) => {
      const schema = readJson(path);
      return { path, expected: schema.expectedResult === 'valid', validate: ajv.compile(schema) };
    }),
  ]),
) as Record<Kind, Array<{ path: string; expected: boolean; validate: ReturnType<typeof ajv.compile> }>>;

/** The assertions of the suite that `doc` fails, with the schemas' own error messages; [] when it conforms. */
export function webAnnotationFailures(kind: Kind, doc: unknown): string[] {
  return assertions[kind]
    .filter((a) => a.validate(doc) !== a.expected)
    .map((a) => `${a.path}: ${JSON.stringify(a.validate.errors?.slice(0, 3))}`);
}

/** Whether `doc` meets one of the suite's assertions, SHOULD and MAY ones too (a path under tests/fixtures/web-annotation). */
export function meetsWebAnnotationAssertion(path: string, doc: unknown): boolean {
  const schema = readJson(path);
  const validate = ajv.getSchema(schema.id as string) ?? ajv.compile(schema);
  return validate(doc) === (schema.expectedResult === 'valid');
}
