import { defineCommand } from '../command.js';
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
  summary: "change an article's title, outlet, author, date, source URL or language",
  usage: [
    'edit ID [--title T] [--outlet O] [--author A] [--date YYYY-MM-DD] [--url URL] [--lang TAG] [--data-dir DIR] [--json]',
    '',
    '  An empty value ("") clears a field (not the title). Only the options given change.',
    '  --date YYYY-MM-DD  the date it was published',
    '  --url URL          where it was published',
    '  --lang TAG         its language, e.g. en, ar, pt-BR; the text direction follows it',
  ],
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
      throw new UsageError('Give at least one field to change, e.g. --outlet "The Coastal Courier".', 'edit');
    }
    const id = await resolveArticleId(call, positionals[0]!);
    const a = await call('articles.update', { id, ...changes });
    if (out.json) return out.value(a);
    out.line(`Updated ${shortId(a.id)} ${a.title}`);
    out.line(`  ${dateOnly(a.publishedAt)}  ${a.outlet ?? '—'}${a.author ? `, by ${a.author}` : ''}${a.language ? `  [${a.language}]` : ''}`);
    if (a.sourceUrl) out.line(`  ${a.sourceUrl}`);
  },
});
