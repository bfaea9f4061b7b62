// The taxonomy exchange format (docs/annotations.md): what taxonomies.export writes,
// taxonomies.import reads, and resources/taxonomies/*.json (the built-in defaults) are written in.
import { z } from 'zod';

export const TAXONOMY_FORMAT = 'gloss-taxonomy';
export const TAXONOMY_FORMAT_VERSION = 1;

/** Ids travel between libraries, so they are kept to a plain, printable alphabet. */
export const stableId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, 'an id of letters, digits and _ . : - (at most 64)');

export const tagKey = z.string().regex(/^[0-9a-z]$/, 'one key: a digit or a lowercase letter');

const tagEntry = z.object({
  id: stableId.optional(),
  name: z.string().trim().min(1).max(200),
  description: z.string().max(2000).default(''),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like #1a2b3c'),
  key: tagKey.nullable().default(null),
  ratingValue: z.number().int().min(1).max(10).nullable().default(null),
});

export const taxonomyFile = z
  .object({
    format: z.literal(TAXONOMY_FORMAT),
    version: z.literal(TAXONOMY_FORMAT_VERSION),
    id: stableId.optional(),
    name: z.string().trim().min(1).max(200),
    kind: z.enum(['status', 'technique']),
    tags: z.array(tagEntry).max(500),
  })
  .superRefine((file, ctx) => {
    const seen = { id: new Set<string>(), name: new Set<string>(), key: new Set<string>() };
    file.tags.forEach((tag, i) => {
      const checks: Array<[keyof typeof seen, string | null | undefined]> = [
        ['id', tag.id],
        ['name', tag.name.toLowerCase()],
        ['key', tag.key],
      ];
      for (const [field, value] of checks) {
        if (value === null || value === undefined) continue;
        if (seen[field].has(value)) {
          ctx.addIssue({ code: 'custom', path: ['tags', i, field], message: `two tags share the ${field} "${value}"` });
        }
        seen[field].add(value);
      }
      if (file.kind === 'technique' && tag.ratingValue !== null) {
        ctx.addIssue({ code: 'custom', path: ['tags', i, 'ratingValue'], message: 'only status tags carry a rating' });
      }
    });
  });

export type TaxonomyFile = z.output<typeof taxonomyFile>;
