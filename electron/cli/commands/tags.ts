import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { table } from '../output.js';

export const tagsCommand = defineCommand({
  name: 'tags',
  get summary() {
    return t('cli:tags.summary');
  },
  usage: ['tags [--data-dir DIR] [--json]'],
  get help() {
    return '';
  },
  options: {},
  positionals: [0, 0],
  async run({ out, call }) {
    const taxonomies = await call('taxonomies.list', {});
    if (out.json) return out.value(taxonomies);
    taxonomies.forEach((tax, i) => {
      if (i > 0) out.line();
      out.line(t('cli:tags.taxonomy', { name: tax.name, kind: tax.kind, builtin: tax.builtin ? 'yes' : 'no' }));
      const rows = tax.tags.map((tag) => [`  ${tag.key ?? ' '}`, tag.color, tag.id, tag.removed ? t('cli:tags.removed', { name: tag.name }) : tag.name]);
      const heading = [`  ${t('cli:columns.key')}`, t('cli:columns.colour'), t('cli:columns.id'), t('cli:columns.name')];
      for (const line of table([heading, ...rows])) out.line(line);
    });
  },
});
