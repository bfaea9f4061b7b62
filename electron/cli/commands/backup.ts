import { defineCommand } from '../command.js';
import { fail, UsageError } from '../errors.js';
import { plural, shortId, table } from '../output.js';

const actions = ['list', 'create', 'check', 'restore'] as const;

export const backupCommand = defineCommand({
  name: 'backup',
  summary: 'list, take or restore backups of the library, and check it for damage',
  usage: [
    'backup list|create|check [--data-dir DIR] [--json]',
    '       backup restore [DAY] [--damaged] [--data-dir DIR] [--json]',
    '',
    '  list       the backups in the data folder (one a day for a week, one a week for a month)',
    '  create     a backup now (replacing today\'s)',
    '  check      a full check: the file\'s structure and every article\'s text; exit 1 on damage',
    '  restore    replace the library with the backup of DAY (default: the latest); the file it',
    '             replaces is kept beside it. Close the app first.',
    '  --damaged  restore only the articles a check finds damaged, from the backup of DAY',
  ],
  options: { damaged: { type: 'boolean' } },
  positionals: [1, 2],
  async run({ values, positionals, out, call, dataDir }) {
    const [action, day] = positionals as [string, string | undefined];
    if (!(actions as readonly string[]).includes(action)) throw new UsageError(`Unknown action "${action}"; use ${actions.join(', ')}.`, 'backup');
    if (day !== undefined && action !== 'restore') throw new UsageError(`Unexpected argument "${day}".`, 'backup');
    if (values.damaged && action !== 'restore') throw new UsageError('--damaged goes with restore.', 'backup');

    if (action === 'list') {
      const backups = await call('backups.list', {});
      if (out.json) return out.value(backups);
      if (backups.length === 0) return out.line('No backups yet: one is taken on the first start of each day once the library has articles.');
      for (const row of table(backups.map((b) => [b.id, `${(b.bytes / 1024 / 1024).toFixed(1)} MB`, `taken ${b.takenAt.slice(0, 16).replace('T', ' ')}`]))) out.line(row);
      return;
    }
    if (action === 'create') {
      const backup = await call('backups.create', {});
      if (out.json) return out.value(backup);
      return out.line(`Took the backup of ${backup.id} (${(backup.bytes / 1024 / 1024).toFixed(1)} MB).`);
    }
    if (action === 'check') {
      const check = await call('library.check', {});
      if (out.json) out.value(check);
      else if (check.problems.length === 0 && check.damagedArticles.length === 0) out.line('The library is sound.');
      else printDamage(out.line, check);
      return check.problems.length > 0 || check.damagedArticles.length > 0 ? 1 : 0;
    }
    if (values.damaged) {
      const check = await call('library.check', {});
      if (check.damagedArticles.length === 0) {
        if (out.json) return out.value({ restored: [], notRestored: [] });
        return out.line('No article is damaged; nothing to restore.');
      }
      const backupId = day ?? (await call('backups.list', {}))[0]?.id;
      if (!backupId) fail('not_found', 'There is no backup to restore from.');
      const result = await call('backups.restoreArticles', { backupId, articleIds: check.damagedArticles.map((a) => a.id) });
      if (out.json) return out.value(result);
      out.line(`Restored ${plural(result.restored.length, 'article')} from the backup of ${backupId}.`);
      if (result.notRestored.length > 0) out.warn(`Not in that backup, or damaged there too: ${result.notRestored.map(shortId).join(', ')}`);
      return result.notRestored.length > 0 ? 1 : 0;
    }
    // The whole file: the library may be too damaged to open, so the core is not opened.
    const [{ listBackups, restoreLibraryFile }, { otherOpeners }] = await Promise.all([
      import('../../core/backups.js'),
      import('../../core/open-marker.js'),
    ]);
    const others = otherOpeners(dataDir);
    if (others.length > 0) fail('busy', `Gloss has this library open (process ${others.join(', ')}); close it, then restore.`);
    const backupId = day ?? listBackups(dataDir)[0]?.id;
    if (!backupId) fail('not_found', 'There is no backup to restore from.');
    const { keptAs } = restoreLibraryFile(dataDir, backupId);
    if (out.json) return out.value({ restored: backupId, keptAs });
    out.line(`Restored the library from the backup of ${backupId}. The file it replaced is kept as ${keptAs}.`);
  },
});

function printDamage(line: (text: string) => void, check: { problems: string[]; damagedArticles: Array<{ id: string; title: string }> }): void {
  if (check.damagedArticles.length > 0) {
    line(`${plural(check.damagedArticles.length, 'damaged article')}:`);
    for (const row of table(check.damagedArticles.map((a) => [`  ${shortId(a.id)}`, a.title]))) line(row);
  }
  if (check.problems.length > 0) line(`The file's structure is damaged: ${check.problems.slice(0, 3).join('; ')}`);
  line('Restore with `gloss backup restore --damaged` (those articles) or `gloss backup restore` (the whole library).');
}
