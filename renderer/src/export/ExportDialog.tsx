// The Export dialog: pick a format, watch the progress, get the file (ui/download.ts), and read
// what the file lacks (a ClaimReview without url, claims without a verdict) when it says so.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../shared/contract/index.js';
import type { ExportFormat, Progress } from '../../../shared/model.js';
import { fromBase64 } from '../api/base64.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { downloadFile } from '../ui/download.js';
import { showToast } from '../ui/toasts.js';
import { errorText } from '../errorText.js';

export type ExportTarget = { articleId: string } | { articleIds: string[] } | { collectionId: string };

type PdfOf = NonNullable<InputOf<'exports.run'>['pdfOf']>;

const formats: Array<{ format: ExportFormat; label: string; hint: string }> = [
  { format: 'html', label: 'Report (HTML)', hint: 'One page that opens in any browser and prints well.' },
  { format: 'pdf', label: 'PDF', hint: 'The report, the worksheet or the answer key as PDF.' },
  { format: 'md', label: 'Markdown', hint: 'The report as text, for notes and wikis.' },
  { format: 'csv', label: 'Claims as CSV', hint: 'One row a claim, for spreadsheets.' },
  { format: 'worksheet', label: 'Worksheet (student copy)', hint: 'Claims marked and numbered, without verdicts or notes.' },
  { format: 'answer-key', label: 'Answer key', hint: 'Verdicts, techniques and notes by claim number.' },
  { format: 'w3c', label: 'W3C Web Annotations (JSON-LD)', hint: 'For annotation tools such as Hypothesis.' },
  { format: 'claimreview', label: 'ClaimReview (JSON-LD)', hint: 'schema.org fact-check markup, for claims with a verdict.' },
  { format: 'bundle', label: 'Exchange file (.gloss)', hint: 'Articles, claims and tags, to import into Gloss elsewhere.' },
];

function describe(target: ExportTarget): string {
  if ('collectionId' in target) return 'this collection';
  if ('articleIds' in target) return `${target.articleIds.length} article${target.articleIds.length === 1 ? '' : 's'}`;
  return 'this article';
}

export function ExportDialog({ target, onClose }: { target: ExportTarget; onClose: () => void }) {
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
    const result = await gloss.exports.run({ format, ...target, ...(format === 'pdf' ? { pdfOf } : {}) });
    setBusy(false);
    if (!result.ok) {
      setError(errorText(result.error));
      return;
    }
    const { fileName, dataBase64, mimeType, warnings = [] } = result.value;
    downloadFile(fileName, fromBase64(dataBase64), mimeType);
    showToast(`Exported ${fileName}`);
    // The file is written either way; what it lacks stays on screen until read.
    if (warnings.length) setDone({ fileName, warnings });
    else onClose();
  }

  return (
    <Dialog title="Export" onClose={onClose} className="export-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="stack" disabled={busy} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="muted">Export {describe(target)} as</legend>
          {formats.map((f) => (
            <label key={f.format} style={{ flexDirection: 'row', alignItems: 'baseline', gap: 8 }}>
              <input type="radio" name="export-format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <span>
                {f.label} <span className="muted">— {f.hint}</span>
              </span>
            </label>
          ))}
          {format === 'pdf' && (
            <label>
              PDF of
              <select value={pdfOf} onChange={(e) => setPdfOf(e.target.value as PdfOf)}>
                <option value="report">the report</option>
                <option value="worksheet">the worksheet (student copy)</option>
                <option value="answer-key">the answer key</option>
              </select>
            </label>
          )}
        </fieldset>
        {busy && (
          <div role="status" aria-live="polite">
            <progress max={progress?.total || undefined} value={progress ? progress.done : undefined} style={{ width: '100%' }} />
            <div className="muted">{progress ? `${progress.done} of ${progress.total}: ${progress.label}` : 'Preparing…'}</div>
          </div>
        )}
        {done && (
          <div role="status" className="export-warnings">
            <p>Exported {done.fileName}. Before you use it:</p>
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
            {done ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
