import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { fail } from '../errors.js';
import { shortId } from '../output.js';

export const restoreCommand = defineCommand({
  name: 'restore',
  get summary() {
    return t('cli:restore.summary');
  },
  usage: ['restore ID [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:restore.help');
  },
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const given = positionals[0]!.toLowerCase();
    const matches = (await call('articles.list', { inTrash: true })).filter((a) => a.id.toLowerCase().startsWith(given));
    if (matches.length === 0) fail('not_found', 'cli.noTrashedId', { id: positionals[0]! });
    if (matches.length > 1) fail('invalid_input', 'cli.ambiguousTrashedId', { id: positionals[0]!, count: matches.length });
    const a = await call('articles.restore', { id: matches[0]!.id });
    if (out.json) return out.value(a);
    out.line(t('cli:restore.restored', { id: shortId(a.id), title: a.title, claims: a.annotationCount }));
  },
});
