// The Export dialog: pick a format, watch the progress, get the file (ui/download.ts), and read
// what the file lacks (a ClaimReview without url, claims without a verdict) when it says so.
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract/index.js';
import type { ExportFormat, Progress } from '../../../shared/model.js';
import { fromBase64 } from '../api/base64.js';
import { gloss } from '../api/client.js';
import { currentLanguage } from '../i18n.js';
import { Dialog } from '../ui/Dialog.js';
import { downloadFile } from '../ui/download.js';
import { showToast } from '../ui/toasts.js';
import { errorText } from '../errorText.js';

export type ExportTarget = { articleId: string } | { articleIds: string[] } | { collectionId: string };

type PdfOf = NonNullable<InputOf<'exports.run'>['pdfOf']>;

// In the order offered; each one's label and hint are exports:format.<format>.
const formats: ExportFormat[] = ['html', 'pdf', 'md', 'csv', 'worksheet', 'answer-key', 'w3c', 'claimreview', 'bundle'];

function legendOf(target: ExportTarget, t: TFunction<'exports'>): string {
  if ('collectionId' in target) return t('legend.collection');
  if ('articleIds' in target) return t('legend.articles', { count: target.articleIds.length });
  return t('legend.article');
}

export function ExportDialog({ target, onClose }: { target: ExportTarget; onClose: () => void }) {
  const { t } = useTranslation('exports');
  const [format, setFormat] = useState<ExportFormat>('html');
  const [pdfOf, setPdfOf] = useState<PdfOf>('report');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ fileName: string; warnings: string[] } | null>(null);

  useEffect(() => (busy ? gloss.events.onExportProgress(setProgress) : undefined), [busy]);

  async function run() {
    setBusy(true);
    setError(null);
    setDone(null);
    setProgress(null);
    const result = await gloss.exports.run({ format, ...target, ...(format === 'pdf' ? { pdfOf } : {}), language: currentLanguage() });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    const { fileName, dataBase64, mimeType, warnings = [] } = result.value;
    downloadFile(fileName, fromBase64(dataBase64), mimeType);
    showToast(t('exported', { fileName }));
    // The file is written either way; what it lacks stays on screen until read.
    if (warnings.length) setDone({ fileName, warnings });
    else onClose();
  }

  return (
    <Dialog title={t('title')} onClose={onClose} className="export-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="stack" disabled={busy} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="muted">{legendOf(target, t)}</legend>
          {formats.map((f) => (
            <label key={f} style={{ flexDirection: 'row', alignItems: 'baseline', gap: 8 }}>
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              <span>
                {t(`format.${f}.label`)} <span className="muted">— {t(`format.${f}.hint`)}</span>
              </span>
            </label>
          ))}
          {format === 'pdf' && (
            <label>
              {t('pdfOf.label')}
              <select value={pdfOf} onChange={(e) => setPdfOf(e.target.value as PdfOf)}>
                <option value="report">{t('pdfOf.report')}</option>
                <option value="worksheet">{t('pdfOf.worksheet')}</option>
                <option value="answer-key">{t('pdfOf.answerKey')}</option>
              </select>
            </label>
          )}
        </fieldset>
        {busy && (
          <div role="status" aria-live="polite">
            <progress max={progress?.total || undefined} value={progress ? progress.done : undefined} style={{ width: '100%' }} />
            <div className="muted">{progress ? t('progress', { done: progress.done, total: progress.total, label: progress.label }) : t('preparing')}</div>
          </div>
        )}
        {done && (
          <div role="status" className="export-warnings">
            <p>{t('warnings', { fileName: done.fileName })}</p>
            <ul>
              {done.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p role="alert" style={{ color: 'var(--danger)' }}>
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {done ? t('done') : t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('exporting') : t('export')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
