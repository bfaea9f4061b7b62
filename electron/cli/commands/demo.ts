import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { shortId, table } from '../output.js';

export const demoCommand = defineCommand({
  name: 'demo',
  get summary() {
    return t('cli:demo.summary');
  },
  usage: ['demo [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:demo.help');
  },
  options: {},
  positionals: [0, 0],
  async run({ out, call }) {
    const report = await call('library.loadDemo', {});
    if (out.json) return out.value(report);
    if (report.imported.length === 0) return out.line(t('cli:demo.already'));
    out.line(t('cli:demo.added', { count: report.imported.length }));
    for (const line of table(report.imported.map((a) => [`  ${shortId(a.id)}`, a.outlet ?? '—', a.title]))) out.line(line);
  },
});
