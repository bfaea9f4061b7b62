import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { UsageError } from '../errors.js';
import { dateOnly, shortId } from '../output.js';
import { resolveArticleId } from '../resolve.js';

const fields = [
  ['title', 'title'],
  ['outlet', 'outlet'],
  ['author', 'author'],
  ['date', 'publishedAt'],
  ['url', 'sourceUrl'],
  ['lang', 'language'],
] as const;

export const editCommand = defineCommand({
  name: 'edit',
  get summary() {
    return t('cli:edit.summary');
  },
  usage: [
    'edit ID [--title T] [--outlet O] [--author A] [--date YYYY-MM-DD] [--url URL] [--lang TAG] [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:edit.help');
  },
  options: Object.fromEntries(fields.map(([option]) => [option, { type: 'string' }])) as Record<
    (typeof fields)[number][0],
    { type: 'string' }
  >,
  positionals: [1, 1],
  async run({ values, positionals, out, call }) {
    const changes: Record<string, string | null> = {};
    for (const [option, field] of fields) {
      const value = values[option];
      if (value !== undefined) changes[field] = field === 'title' ? value : value.trim() || null;
    }
    if (Object.keys(changes).length === 0) {
      throw new UsageError({ key: 'usage.editNothing' }, 'edit');
    }
    const id = await resolveArticleId(call, positionals[0]!);
    const a = await call('articles.update', { id, ...changes });
    if (out.json) return out.value(a);
    out.line(t('cli:edit.updated', { id: shortId(a.id), title: a.title }));
    out.line(`  ${dateOnly(a.publishedAt)}  ${a.outlet ?? '—'}${a.author ? t('cli:edit.byAuthor', { author: a.author }) : ''}${a.language ? `  [${a.language}]` : ''}`);
    if (a.sourceUrl) out.line(`  ${a.sourceUrl}`);
  },
});
