import { defineCommand } from '../command.js';
import { dateOnly, highlight, shortId } from '../output.js';
import { positiveInt } from './values.js';

export const searchCommand = defineCommand({
  name: 'search',
  summary: 'full-text search over titles, article text and annotation notes',
  usage: ['search QUERY... [--limit N] [--data-dir DIR] [--json]', '', '  --limit N  at most N hits (default 50)'],
  options: { limit: { type: 'string' } },
  positionals: [1, Infinity],
  async run({ values, positionals, out, call }) {
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit', 'search');
    const hits = await call('search.query', { q: positionals.join(' '), ...(limit ? { limit } : {}) });
    if (out.json) return out.value(hits);
    if (hits.length === 0) return out.line('No matches.');
    for (const h of hits) {
      const where = [h.publishedAt && dateOnly(h.publishedAt), h.outlet, h.matchedIn === 'note' && 'in a note'].filter(Boolean).join(' · ');
      out.line(`${shortId(h.articleId)}  ${h.title}${where ? `  (${where})` : ''}`);
      out.line(`    ${highlight(h.snippet, h.highlights, out.tty).replace(/\s*\n\s*/g, ' ')}`);
    }
  },
});
