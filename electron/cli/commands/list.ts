import { defineCommand } from '../command.js';
import { dateOnly, shortId, table } from '../output.js';
import { requireCollection } from '../resolve.js';
import { positiveInt } from './values.js';

export const listCommand = defineCommand({
  name: 'list',
  summary: 'list the articles in the library, newest first',
  usage: [
    'list [--limit N] [--collection NAME] [--data-dir DIR] [--json]',
    '',
    '  --limit N          at most N articles (default: all of them)',
    '  --collection NAME  only the articles in this collection',
  ],
  options: { limit: { type: 'string' }, collection: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit', 'list');
    const collectionId = values.collection ? (await requireCollection(call, values.collection)).id : undefined;
    const articles = await call('articles.list', { ...(limit ? { limit } : {}), ...(collectionId ? { collectionId } : {}) });
    if (out.json) return out.value(articles);
    if (articles.length === 0) return out.line('No articles. Add some with: gloss import FILE...');
    const rows = articles.map((a) => [shortId(a.id), dateOnly(a.publishedAt), a.outlet ?? '—', a.title]);
    for (const line of table([['ID', 'DATE', 'OUTLET', 'TITLE'], ...rows], out.tty ? process.stdout.columns : undefined)) {
      out.line(line);
    }
  },
});
