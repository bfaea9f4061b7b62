import type { ReviewerProfile } from '../../../shared/model.js';
import { defineCommand } from '../command.js';

const fields = [
  ['name', 'name', 'Name'],
  ['organization', 'organization', 'Organisation'],
  ['organization-url', 'organizationUrl', 'Org. URL'],
  ['publish-url', 'publishBaseUrl', 'Publish at'],
] as const satisfies ReadonlyArray<readonly [string, keyof ReviewerProfile, string]>;

export const profileCommand = defineCommand({
  name: 'profile',
  summary: 'who reviews the claims: the name and organisation that exports give as author',
  usage: [
    'profile [--name N] [--organization O] [--organization-url U] [--publish-url URL] [--data-dir DIR] [--json]',
    '',
    '  With no option it prints the profile. Only the options given change; "" clears one.',
    '  --organization O      the fact-check organisation (ClaimReview names it as the author)',
    '  --organization-url U  its web site',
    '  --publish-url URL     where reports are published; each claim review gets a URL under it',
  ],
  options: Object.fromEntries(fields.map(([option]) => [option, { type: 'string' }])) as Record<
    (typeof fields)[number][0],
    { type: 'string' }
  >,
  positionals: [0, 0],
  async run({ values, out, call }) {
    const changes = Object.fromEntries(
      fields.filter(([option]) => values[option] !== undefined).map(([option, field]) => [field, values[option]!]),
    );
    const profile = Object.keys(changes).length > 0 ? await call('profile.set', changes) : await call('profile.get', {});
    if (out.json) return out.value(profile);
    const set = fields.filter(([, field]) => profile[field]);
    if (set.length === 0) return out.line('No reviewer profile yet. Set one with: gloss profile --name "Your Name" --organization "Your desk"');
    for (const [, field, label] of set) out.line(`${(label + ':').padEnd(14)}${profile[field]}`);
  },
});
