// `gloss sync`: push this library's changes to a hub workspace and pull everyone else's.
import { defineCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { plural } from '../output.js';

export const syncCommand = defineCommand({
  name: 'sync',
  summary: 'sync the library with a team hub workspace (send changes, receive others\')',
  usage: [
    'sync --hub URL --workspace NAME [--data-dir DIR] [--json]',
    '',
    '  --hub URL         postgres://USER@HOST[:PORT]/DATABASE[?sslmode=require]; the password comes',
    '                    from PGPASSWORD or ~/.pgpass, as libpq does, and is never stored',
    '  --workspace NAME  the workspace an administrator added you to',
    '',
    'Safe to run again or to interrupt: the next sync finishes the job. A claim changed here and',
    'on the hub since the last sync is kept as a conflict to settle. Exit status 1 when the hub',
    'cannot be reached or refuses.',
  ],
  options: { hub: { type: 'string' }, workspace: { type: 'string' } },
  positionals: [0, 0],
  async run({ values, out, call }) {
    if (!values.hub || !values.workspace) throw new UsageError('Give --hub URL and --workspace NAME.', 'sync');
    const report = await call('hub.sync', { url: values.hub, workspace: values.workspace });
    if (out.json) return out.value(report);
    out.line(`Synced with "${report.workspace}" as ${report.user} (${report.role}).`);
    out.line(
      `Received ${plural(report.received, 'record')}: ${report.added} claims added, ${report.updated} updated, ${plural(report.conflicts, 'new conflict')}; sent ${plural(report.sent, 'record')}.`,
    );
    if (report.skipped) out.line(`${plural(report.skipped, 'record')} from the hub could not be merged and were left there.`);
    if (report.openConflicts) out.line(`${plural(report.openConflicts, 'claim')} with a conflict to settle (see the reader or \`gloss show\`).`);
  },
});
