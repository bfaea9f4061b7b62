import { defineCommand } from '../command.js';
import { table } from '../output.js';

export const tagsCommand = defineCommand({
  name: 'tags',
  summary: 'the taxonomies (fact-check statuses, bias techniques) and their tags',
  usage: ['tags [--data-dir DIR] [--json]'],
  options: {},
  positionals: [0, 0],
  async run({ out, call }) {
    const taxonomies = await call('taxonomies.list', {});
    if (out.json) return out.value(taxonomies);
    taxonomies.forEach((tax, i) => {
      if (i > 0) out.line();
      const kind = tax.kind === 'status' ? 'one status per claim' : 'any number per claim';
      out.line(`${tax.name} (${kind}${tax.builtin ? ', built in' : ''})`);
      const rows = tax.tags.map((t) => [`  ${t.key ?? ' '}`, t.color, t.id, t.name + (t.removed ? ' (removed)' : '')]);
      for (const line of table([['  KEY', 'COLOUR', 'ID', 'NAME'], ...rows])) out.line(line);
    });
  },
});
