import { unquoted } from '../../../shared/quote.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { UsageError } from '../errors.js';

export const linkCommand = defineCommand({
  name: 'link',
  get summary() {
    return t('cli:link.summary');
  },
  usage: ['link ID1 ID2 --same|--contradicts [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:link.help');
  },
  options: { same: { type: 'boolean' }, contradicts: { type: 'boolean' } },
  positionals: [2, 2],
  async run({ values, positionals, out, call }) {
    if (Boolean(values.same) === Boolean(values.contradicts)) {
      throw new UsageError({ key: 'usage.linkRelation' }, 'link');
    }
    const [fromId, toId] = positionals as [string, string];
    const link = await call('annotations.link', { fromId, toId, relation: values.same ? 'same-claim' : 'contradicts' });
    if (out.json) return out.value(link);
    out.line(t('cli:link.linked', { relation: link.relation === 'same-claim' ? 'same' : 'contradicts', quote: unquoted(link.other.exact), title: link.other.articleTitle, id: link.id }));
  },
});
