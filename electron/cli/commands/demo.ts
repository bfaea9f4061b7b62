import { defineCommand } from '../command.js';
import { plural, shortId, table } from '../output.js';

export const demoCommand = defineCommand({
  name: 'demo',
  summary: 'add the demo library: invented articles on one invented event, with sample annotations',
  usage: ['demo [--data-dir DIR] [--json]', '', 'Running it again adds nothing new.'],
  options: {},
  positionals: [0, 0],
  async run({ out, call }) {
    const report = await call('library.loadDemo', {});
    if (out.json) return out.value(report);
    if (report.imported.length === 0) return out.line('The demo articles are already in the library.');
    out.line(`Added ${plural(report.imported.length, 'demo article')}:`);
    for (const line of table(report.imported.map((a) => [`  ${shortId(a.id)}`, a.outlet ?? '—', a.title]))) out.line(line);
  },
});
