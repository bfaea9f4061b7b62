import type { FigureMention } from '../../../shared/model.js';
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { UsageError } from '../errors.js';
import { dateOnly } from '../output.js';
import { requireCollection } from '../resolve.js';

export const figuresCommand = defineCommand({
  name: 'figures',
  get summary() {
    return t('cli:figures.summary');
  },
  usage: ['figures --collection NAME [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:figures.help');
  },
  options: { collection: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    if (!values.collection) throw new UsageError({ key: 'usage.giveCollection' }, 'figures');
    const collection = await requireCollection(call, values.collection);
    const report = await call('finder.figures', { collectionId: collection.id });
    if (out.json) return out.value(report);
    if (report.groups.length === 0) return out.line(t('cli:figures.none', { count: report.articleCount, name: collection.name }));
    for (const g of report.groups) {
      out.line(`${g.label}: ${t('cli:figures.verdict', { verdict: g.verdict })}`);
      for (const m of g.mentions) out.line(`  ${describe(m)}`);
      for (const [i, j] of g.conflicts) {
        out.line(`  ✗ ${t('cli:figures.conflict', { a: g.mentions[i]!.quantity.text, b: g.mentions[j]!.quantity.text })}`);
      }
      out.line();
    }
  },
});

function describe(m: FigureMention): string {
  const q = m.quantity;
  const where = [m.outlet ?? m.articleTitle, m.publishedAt ? dateOnly(m.publishedAt) : t('cli:figures.undated')].join(', ');
  const figure = q.negated ? t('cli:figures.not', { figure: q.text.trim() }) : q.text.trim();
  return `${figure} — ${where}: “${m.sentence.text}”`;
}
