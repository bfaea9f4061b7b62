import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { articleColumns, dateOnly, shortId, table } from '../output.js';
import { requireCollection } from '../resolve.js';
import { positiveInt } from './values.js';

export const listCommand = defineCommand({
  name: 'list',
  get summary() {
    return t('cli:list.summary');
  },
  usage: ['list [--limit N] [--collection NAME] [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:list.help');
  },
  options: { limit: { type: 'string' }, collection: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit', 'list');
    const collectionId = values.collection ? (await requireCollection(call, values.collection)).id : undefined;
    const articles = await call('articles.list', { ...(limit ? { limit } : {}), ...(collectionId ? { collectionId } : {}) });
    if (out.json) return out.value(articles);
    if (articles.length === 0) return out.line(t('cli:list.none'));
    const rows = articles.map((a) => [shortId(a.id), dateOnly(a.publishedAt), a.outlet ?? '—', a.title]);
    for (const line of table([articleColumns(), ...rows], out.tty ? process.stdout.columns : undefined)) {
      out.line(line);
    }
  },
});
