// Library → Check and restore: a full check of the library (its file and every article's text),
// the backups Gloss keeps, and putting damaged articles back from the latest backup.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../../../shared/i18n/format.js';
import type { BackupInfo, LibraryCheck } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { useLanguage } from '../i18n.js';
import { Dialog } from '../ui/Dialog.js';
import { showToast, valueOrToast } from '../ui/toasts.js';

const RESTORE_COMMAND = 'gloss backup restore';

export function HealthDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('library');
  const language = useLanguage();
  const when = (iso: string) => formatMoment(iso, language);
  const megabytes = (bytes: number) => t('health.megabytes', { size: (bytes / 1024 / 1024).toFixed(1) });
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
    run(t('health.checking'), async () => {
      const result = valueOrToast(await gloss.library.check({}));
      if (result) setCheck(result);
    });
  const backUpNow = () =>
    run(t('health.backingUp'), async () => {
      if (valueOrToast(await gloss.backups.create({}))) showToast(t('health.tookBackup'));
      await reload();
    });
  const latest = backups[0];
  const damaged = check?.damagedArticles ?? [];
  const restore = () =>
    run(t('health.restoring'), async () => {
      if (!latest) return;
      const result = valueOrToast(await gloss.backups.restoreArticles({ backupId: latest.id, articleIds: damaged.map((a) => a.id) }));
      if (!result) return;
      showToast(
        result.notRestored.length === 0
          ? t('health.restored', { count: result.restored.length, backup: latest.id })
          : t('health.restoredPart', { restored: result.restored.length, missing: result.notRestored.length }),
        result.notRestored.length === 0 ? 'info' : 'error',
      );
      await reload();
    });

  return (
    <Dialog title={t('health.title')} onClose={onClose} className="health-dialog">
      <section aria-labelledby="health-check">
        <h3 id="health-check">{t('health.check')}</h3>
        {check === null ? (
          <p>{t('health.notChecked')}</p>
        ) : damaged.length === 0 && check.problems.length === 0 ? (
          <p>{t('health.sound', { when: when(check.checkedAt) })}</p>
        ) : (
          <div role="alert" className="health-damage">
            <p>
              {t('health.checkedOn', { when: when(check.checkedAt) })} {damaged.length > 0 ? t('health.damaged', { count: damaged.length }) : t('health.structure')}
            </p>
            {damaged.length > 0 && (
              <ul aria-label={t('health.damagedList')}>
                {damaged.map((a) => (
                  <li key={a.id}>{a.title}</li>
                ))}
              </ul>
            )}
            {damaged.length > 0 && latest && (
              <button type="button" className="primary" disabled={busy !== null} onClick={restore}>
                {t('health.restore', { count: damaged.length, backup: latest.id })}
              </button>
            )}
            {check.problems.length > 0 && (
              <p>
                {t('health.wholeFileBefore')} <code>{RESTORE_COMMAND}</code>
                {t('health.wholeFileAfter')}
              </p>
            )}
          </div>
        )}
        <button type="button" disabled={busy !== null} onClick={checkNow}>
          {t('health.checkNow')}
        </button>
      </section>
      <section aria-labelledby="health-backups">
        <h3 id="health-backups">{t('health.backups')}</h3>
        <p className="muted">{t('health.backupsAbout')}</p>
        {backups.length === 0 ? (
          <p>{t('health.noBackups')}</p>
        ) : (
          <ul aria-label={t('health.backups')}>
            {backups.map((b) => (
              <li key={b.id}>
                {b.id} · {megabytes(b.bytes)}
              </li>
            ))}
          </ul>
        )}
        <button type="button" disabled={busy !== null} onClick={backUpNow}>
          {t('health.backUpNow')}
        </button>
      </section>
      <p role="status" className="muted">
        {busy ?? ''}
      </p>
    </Dialog>
  );
}
