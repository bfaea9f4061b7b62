// `gloss sync`: push this library's changes to a hub workspace and pull everyone else's.
import { defineCommand } from '../command.js';
import { t } from '../i18n.js';
import { UsageError } from '../errors.js';

export const syncCommand = defineCommand({
  name: 'sync',
  get summary() {
    return t('cli:sync.summary');
  },
  usage: ['sync --hub URL --workspace NAME [--data-dir DIR] [--json]'],
  get help() {
    return t('cli:sync.help');
  },
  options: { hub: { type: 'string' }, workspace: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    if (!values.hub || !values.workspace) throw new UsageError({ key: 'usage.syncHub' }, 'sync');
    const report = await call('hub.sync', { url: values.hub, workspace: values.workspace });
    if (out.json) return out.value(report);
    if (report.hubForgot) out.line(t(report.role === 'viewer' ? 'cli:sync.hubForgotViewer' : 'cli:sync.hubForgot'));
    out.line(t('cli:sync.synced', { workspace: report.workspace, user: report.user, role: report.role }));
    out.line(t('cli:sync.counts', { received: report.received, added: report.added, updated: report.updated, conflicts: report.conflicts, sent: report.sent }));
    if (report.skipped) out.line(t('cli:sync.skipped', { count: report.skipped }));
    if (report.corrected) out.line(t('cli:sync.corrected', { count: report.corrected }));
    const renamed = Object.keys(report.renamed).length;
    if (renamed) out.line(t('cli:sync.renamed', { count: renamed }));
    if (report.textConflicts) out.line(t('cli:sync.textConflicts', { count: report.textConflicts }));
    if (report.openConflicts) out.line(t('cli:sync.openConflicts', { count: report.openConflicts }));
  },
});
