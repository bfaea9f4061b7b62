import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { shortId } from '../output.js';
import { resolveArticleId } from '../resolve.js';

export const deleteCommand = defineCommand({
  name: 'delete',
  get summary() {
    return t('cli:delete.summary');
  },
  usage: ['delete ID [--data-dir DIR] [--json]'],
  get help() {
    return '';
  },
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const id = await resolveArticleId(call, positionals[0]!);
    const { title } = await call('articles.get', { id });
    const result = await call('articles.delete', { id });
    if (out.json) return out.value(result);
    out.line(t('cli:delete.moved', { id: shortId(id), title }));
  },
});
