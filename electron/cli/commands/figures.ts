import type { FigureMention } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { dateOnly, plural } from '../output.js';
import { requireCollection } from '../resolve.js';

const VERDICT = { single: 'one article', agree: 'the articles agree', disagree: 'the articles DISAGREE' };

export const figuresCommand = defineCommand({
  name: 'figures',
  summary: 'the figures a collection states, grouped by what they measure, and whether the outlets agree',
  usage: ['figures --collection NAME [--data-dir DIR] [--json]', '', '  --collection NAME  a collection, by name or id'],
  options: { collection: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    if (!values.collection) throw new UsageError('Give --collection NAME.', 'figures');
    const collection = await requireCollection(call, values.collection);
    const report = await call('finder.figures', { collectionId: collection.id });
    if (out.json) return out.value(report);
    if (report.groups.length === 0) return out.line(`No figures in ${plural(report.articleCount, 'article')} of “${collection.name}”.`);
    for (const g of report.groups) {
      out.line(`${g.label}: ${VERDICT[g.verdict]}`);
      for (const m of g.mentions) out.line(`  ${describe(m)}`);
      for (const [i, j] of g.conflicts) {
        out.line(`  ✗ “${g.mentions[i]!.quantity.text}” and “${g.mentions[j]!.quantity.text}” cannot both be right`);
      }
      out.line();
    }
  },
});

function describe(m: FigureMention): string {
  const q = m.quantity;
  const where = [m.outlet ?? m.articleTitle, m.publishedAt ? dateOnly(m.publishedAt) : 'undated'].join(', ');
  return `${q.negated ? 'not ' : ''}${q.text.trim()} — ${where}: “${m.sentence.text}”`;
}
