import { defineCommand } from '../command.js';
import { num, t } from '../i18n.js';
import { fail, UsageError } from '../errors.js';
import { shortId, table } from '../output.js';

const actions = ['list', 'create', 'check', 'restore'] as const;

export const backupCommand = defineCommand({
  name: 'backup',
  get summary() {
    return t('cli:backup.summary');
  },
  usage: [
    'backup list|create|check [--data-dir DIR] [--json]',
    '       backup restore [DAY] [--damaged] [--data-dir DIR] [--json]',
  ],
  get help() {
    return t('cli:backup.help');
  },
  options: { damaged: { type: 'boolean' } },
  positionals: [1, 2],
  async run({ values, positionals, out, call, dataDir }) {
    const [action, day] = positionals as [string, string | undefined];
    if (!(actions as readonly string[]).includes(action)) {
      throw new UsageError({ key: 'usage.unknownAction', params: { action, actions: actions.join(', ') } }, 'backup');
    }
    if (day !== undefined && action !== 'restore') throw new UsageError({ key: 'usage.unexpectedArgument', params: { argument: day } }, 'backup');
    if (values.damaged && action !== 'restore') throw new UsageError({ key: 'usage.damagedWithRestore' }, 'backup');

    if (action === 'list') {
      const backups = await call('backups.list', {});
      if (out.json) return out.value(backups);
      if (backups.length === 0) return out.line(t('cli:backup.none'));
      const rows = backups.map((b) => [b.id, t('cli:backup.megabytes', { mb: megabytes(b.bytes) }), t('cli:backup.taken', { at: b.takenAt.slice(0, 16).replace('T', ' ') })]);
      for (const row of table(rows)) out.line(row);
      return;
    }
    if (action === 'create') {
      const backup = await call('backups.create', {});
      if (out.json) return out.value(backup);
      return out.line(t('cli:backup.took', { id: backup.id, mb: megabytes(backup.bytes) }));
    }
    if (action === 'check') {
      const check = await call('library.check', {});
      if (out.json) out.value(check);
      else if (check.problems.length === 0 && check.damagedArticles.length === 0) out.line(t('cli:backup.sound'));
      else printDamage(out.line, check);
      return check.problems.length > 0 || check.damagedArticles.length > 0 ? 1 : 0;
    }
    if (values.damaged) {
      const check = await call('library.check', {});
      if (check.damagedArticles.length === 0) {
        if (out.json) return out.value({ restored: [], notRestored: [] });
        return out.line(t('cli:backup.nothingDamaged'));
      }
      const backupId = day ?? (await call('backups.list', {}))[0]?.id;
      if (!backupId) fail('not_found', 'cli.noBackup');
      const result = await call('backups.restoreArticles', { backupId, articleIds: check.damagedArticles.map((a) => a.id) });
      if (out.json) return out.value(result);
      out.line(t('cli:backup.restoredArticles', { count: result.restored.length, id: backupId }));
      if (result.notRestored.length > 0) out.warn(t('cli:backup.notRestored', { ids: result.notRestored.map(shortId).join(', ') }));
      return result.notRestored.length > 0 ? 1 : 0;
    }
    // The whole file: the library may be too damaged to open, so the core is not opened.
    const [{ listBackups, restoreLibraryFile }, { otherOpeners }] = await Promise.all([
      import('../../core/backups.js'),
      import('../../core/open-marker.js'),
    ]);
    const others = otherOpeners(dataDir);
    if (others.length > 0) fail('busy', 'cli.libraryOpen', { processes: others.join(', ') });
    const backupId = day ?? listBackups(dataDir)[0]?.id;
    if (!backupId) fail('not_found', 'cli.noBackup');
    const { keptAs } = restoreLibraryFile(dataDir, backupId);
    if (out.json) return out.value({ restored: backupId, keptAs });
    out.line(t('cli:backup.restoredLibrary', { id: backupId, keptAs }));
  },
});

function printDamage(line: (text: string) => void, check: { problems: string[]; damagedArticles: Array<{ id: string; title: string }> }): void {
  if (check.damagedArticles.length > 0) {
    line(t('cli:backup.damagedArticles', { count: check.damagedArticles.length }));
    for (const row of table(check.damagedArticles.map((a) => [`  ${shortId(a.id)}`, a.title]))) line(row);
  }
  if (check.problems.length > 0) line(t('cli:backup.structureDamaged', { problems: check.problems.slice(0, 3).join('; ') }));
  line(t('cli:backup.howToRestore'));
}

function megabytes(bytes: number): string {
  return num(Math.round((bytes / 1024 / 1024) * 10) / 10, { minimumFractionDigits: 1 });
}
