import { defineCommand } from '../command.js';
import { shortId } from '../output.js';
import { resolveArticleId } from '../resolve.js';

export const deleteCommand = defineCommand({
  name: 'delete',
  summary: 'move an article and its claims to the trash (gloss restore brings it back)',
  usage: ['delete ID [--data-dir DIR] [--json]'],
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const id = await resolveArticleId(call, positionals[0]!);
    const { title } = await call('articles.get', { id });
    const result = await call('articles.delete', { id });
    if (out.json) return out.value(result);
    out.line(`Moved to the trash: ${shortId(id)} ${title}\nBring it back with: gloss restore ${shortId(id)}`);
  },
});
