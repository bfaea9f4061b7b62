// `gloss history`: a claim's versions as the team hub recorded them, from this library (offline).
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { table } from '../output.js';
import { tagNames } from '../resolve.js';

export const historyCommand = defineCommand({
  name: 'history',
  get summary() {
    return t('cli:history.summary');
  },
  usage: ['history ID [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:history.help');
  },
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const versions = await call('hub.claimHistory', { id: positionals[0]! });
    if (out.json) return out.value(versions);
    const names = tagNames(await call('taxonomies.list', {}));
    const name = (id: string | null) => (id === null ? '' : (names.get(id) ?? id));
    const rows = versions.map((v) => [
      v.sentAt.replace('T', ' ').slice(0, 19),
      v.sentBy ?? t('cli:history.here'),
      v.deleted ? t('cli:history.deleted') : name(v.statusTagId),
      v.tagIds.map(name).join(', '),
      v.note.replace(/\s+/g, ' '),
    ]);
    for (const line of table([['sent', 'by', 'status', 'techniques', 'note'].map((c) => t(`cli:history.${c}`)), ...rows])) out.line(line);
  },
});
