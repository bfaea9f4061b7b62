// The reviewer profile: one row per library. Exports read it with readProfile.
import type { ParsedInputOf } from '../../shared/contract/index.js';
import type { ReviewerProfile } from '../../shared/model.js';
import type { CoreContext, Handlers, Namespaced } from './context.js';
import { nowIso, type Db } from './db.js';
import { sql } from './statements.js';

const columns = {
  name: 'name',
  organization: 'organization',
  organizationUrl: 'organization_url',
  publishBaseUrl: 'publish_base_url',
} as const satisfies Record<keyof ReviewerProfile, string>;

type Field = keyof typeof columns;
const fields = Object.keys(columns) as Field[];

/** The profile as set; a field never set (or cleared) is absent. */
export function readProfile(db: Db): ReviewerProfile {
  const row = sql(db, 'SELECT name, organization, organization_url, publish_base_url FROM reviewer_profile WHERE id = 1').get() as
    | Record<(typeof columns)[Field], string | null>
    | undefined;
  const profile: ReviewerProfile = {};
  for (const field of fields) {
    const value = row?.[columns[field]];
    if (value) profile[field] = value;
  }
  return profile;
}

/** Changes the fields given; null or an empty string clears one. */
export function writeProfile(db: Db, input: ParsedInputOf<'profile.set'>): ReviewerProfile {
  const next = { ...readProfile(db) };
  for (const field of fields) {
    const value = input[field];
    if (value === undefined) continue;
    if (value) next[field] = value;
    else delete next[field];
  }
  sql(
    db,
    `INSERT INTO reviewer_profile (id, name, organization, organization_url, publish_base_url, updated_at)
     VALUES (1, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, organization = excluded.organization,
       organization_url = excluded.organization_url, publish_base_url = excluded.publish_base_url,
       updated_at = excluded.updated_at`,
  ).run(...fields.map((f) => next[f] ?? null), nowIso());
  return next;
}

export function profileHandlers(ctx: CoreContext): Handlers<Namespaced<'profile'>> {
  return {
    'profile.get': () => readProfile(ctx.db),
    'profile.set': (input) => writeProfile(ctx.db, input),
  };
}
