import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { dateOnly, highlight, shortId } from '../output.js';
import { positiveInt } from './values.js';

export const searchCommand = defineCommand({
  name: 'search',
  get summary() {
    return t('cli:search.summary');
  },
  usage: ['search QUERY... [--limit N] [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:search.help');
  },
  options: { limit: { type: 'string' } },
  positionals: [1, Infinity],
  async run({ values, positionals, out, call }) {
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, '--limit', 'search');
    const hits = await call('search.query', { q: positionals.join(' '), ...(limit ? { limit } : {}) });
    if (out.json) return out.value(hits);
    if (hits.length === 0) return out.line(t('cli:search.none'));
    for (const h of hits) {
      const where = [h.publishedAt && dateOnly(h.publishedAt), h.outlet, h.matchedIn === 'note' && t('cli:search.inNote')].filter(Boolean).join(' · ');
      out.line(`${shortId(h.articleId)}  ${h.title}${where ? `  (${where})` : ''}`);
      out.line(`    ${highlight(h.snippet, h.highlights, out.tty).replace(/\s*\n\s*/g, ' ')}`);
    }
  },
});
