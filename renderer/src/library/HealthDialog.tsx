// Library → Check and restore: a full check of the library (its file and every article's text),
// the backups Gloss keeps, and putting damaged articles back from the latest backup.
import { useCallback, useEffect, useState } from 'react';
import type { BackupInfo, LibraryCheck } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function HealthDialog({ onClose }: { onClose: () => void }) {
  const [check, setCheck] = useState<LibraryCheck | null>(null);
  const [backups, setBackups] = useState<BackupInfo[]>([]);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(async () => {
    setCheck(valueOrToast(await gloss.library.lastCheck({})));
    setBackups(valueOrToast(await gloss.backups.list({})) ?? []);
  }, []);
  useEffect(() => void reload(), [reload]);

  const run = async (label: string, work: () => Promise<void>) => {
    setBusy(label);
    try {
      await work();
    } finally {
      setBusy(null);
    }
  };
  const checkNow = () =>
    run('Checking the library…', async () => {
      const result = valueOrToast(await gloss.library.check({}));
      if (result) setCheck(result);
    });
  const backUpNow = () =>
    run('Taking a backup…', async () => {
      if (valueOrToast(await gloss.backups.create({}))) showToast('Took a backup of the library.');
      await reload();
    });
  const latest = backups[0];
  const damaged = check?.damagedArticles ?? [];
  const restore = () =>
    run('Restoring…', async () => {
      if (!latest) return;
      const result = valueOrToast(await gloss.backups.restoreArticles({ backupId: latest.id, articleIds: damaged.map((a) => a.id) }));
      if (!result) return;
      showToast(
        result.notRestored.length === 0
          ? `Restored ${result.restored.length} article${result.restored.length === 1 ? '' : 's'} from the backup of ${latest.id}.`
          : `Restored ${result.restored.length}; ${result.notRestored.length} not in that backup or damaged there too.`,
        result.notRestored.length === 0 ? 'info' : 'error',
      );
      await reload();
    });

  return (
    <Dialog title="Check and restore" onClose={onClose} className="health-dialog">
      <section aria-labelledby="health-check">
        <h3 id="health-check">Check</h3>
        {check === null ? (
          <p>The library has not been checked yet. A check reads the whole file and every article’s text.</p>
        ) : damaged.length === 0 && check.problems.length === 0 ? (
          <p>Sound when checked on {when(check.checkedAt)}.</p>
        ) : (
          <div role="alert" className="health-damage">
            <p>
              Checked on {when(check.checkedAt)}:{' '}
              {damaged.length > 0
                ? `${damaged.length} damaged article${damaged.length === 1 ? '' : 's'}.`
                : 'the file’s structure is damaged, but no article’s text changed.'}
            </p>
            {damaged.length > 0 && (
              <ul aria-label="Damaged articles">
                {damaged.map((a) => (
                  <li key={a.id}>{a.title}</li>
                ))}
              </ul>
            )}
            {damaged.length > 0 && latest && (
              <button type="button" className="primary" disabled={busy !== null} onClick={restore}>
                Restore {damaged.length === 1 ? 'it' : 'them'} from the backup of {latest.id}
              </button>
            )}
            {check.problems.length > 0 && (
              <p>To replace the whole file with a backup, close Gloss and run <code>gloss backup restore</code>; the damaged file is kept beside it.</p>
            )}
          </div>
        )}
        <button type="button" disabled={busy !== null} onClick={checkNow}>
          Check now
        </button>
      </section>
      <section aria-labelledby="health-backups">
        <h3 id="health-backups">Backups</h3>
        <p className="muted">One a day for a week and one a week for a month, in the library’s folder.</p>
        {backups.length === 0 ? (
          <p>No backups yet: the first is taken when Gloss opens a library with articles in it.</p>
        ) : (
          <ul aria-label="Backups">
            {backups.map((b) => (
              <li key={b.id}>
                {b.id} · {megabytes(b.bytes)}
              </li>
            ))}
          </ul>
        )}
        <button type="button" disabled={busy !== null} onClick={backUpNow}>
          Back up now
        </button>
      </section>
      <p role="status" className="muted">
        {busy ?? ''}
      </p>
    </Dialog>
  );
}
