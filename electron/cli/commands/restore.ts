import { defineCommand } from '../command.js';
import { fail } from '../errors.js';
import { plural, shortId } from '../output.js';

export const restoreCommand = defineCommand({
  name: 'restore',
  summary: 'bring an article back from the trash, with its claims',
  usage: ['restore ID [--data-dir DIR] [--json]', '', '  ID may be the start of an id listed by gloss trash.'],
  options: {},
  positionals: [1, 1],
  async run({ positionals, out, call }) {
    const given = positionals[0]!.toLowerCase();
    const matches = (await call('articles.list', { inTrash: true })).filter((a) => a.id.toLowerCase().startsWith(given));
    if (matches.length === 0) fail('not_found', `No article in the trash matches the id "${positionals[0]}". See them with: gloss trash`);
    if (matches.length > 1) fail('invalid_input', `The id "${positionals[0]}" starts ${matches.length} ids in the trash; give more of it.`);
    const a = await call('articles.restore', { id: matches[0]!.id });
    if (out.json) return out.value(a);
    out.line(`Restored ${shortId(a.id)} ${a.title} (${plural(a.annotationCount, 'claim')}).`);
  },
});
