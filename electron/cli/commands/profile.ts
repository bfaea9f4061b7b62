import type { ReviewerProfile } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';

const fields = [
  ['name', 'name'],
  ['organization', 'organization'],
  ['organization-url', 'organizationUrl'],
  ['publish-url', 'publishBaseUrl'],
] as const satisfies ReadonlyArray<readonly [string, keyof ReviewerProfile]>;

export const profileCommand = defineCommand({
  name: 'profile',
  get summary() {
    return t('cli:profile.summary');
  },
  usage: [
    'profile [--name N] [--organization O] [--organization-url U] [--publish-url URL] [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:profile.help');
  },
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
    if (set.length === 0) return out.line(t('cli:profile.none'));
    const labels = set.map(([, field]) => t('cli:profile.field', { field }) + ':');
    const width = Math.max(14, ...labels.map((label) => label.length + 1));
    set.forEach(([, field], i) => out.line(`${labels[i]!.padEnd(width)}${profile[field]}`));
  },
});
