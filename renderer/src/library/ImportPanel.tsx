// Import controls: a file picker, a paste dialog, the progress bar, and the import report.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.js';
import { ACCEPTED } from './files.js';
import { dismissReport, importFiles, importStore, importText, preloadImport } from './importer.js';
import { errorText } from '../errorText.js';
import { namesItself } from '../../../shared/result.js';

export function ImportButtons({ collectionId }: { collectionId?: string }) {
  const { t } = useTranslation('library');
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          preloadImport();
          input.current?.click();
        }}
      >
        {t('import.files')}
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED.join(',')}
        hidden
        aria-label={t('import.choose')}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void importFiles(files, collectionId);
        }}
      />
      <button type="button" onClick={() => setPasting(true)}>
        {t('import.paste')}
      </button>
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
    </>
  );
}

function PasteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('library');
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={t('import.pasteTitle')} onClose={onClose}>
      <form
        className="stack"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          const ok = await importText(text, title);
          setBusy(false);
          if (ok) onClose();
        }}
      >
        <label>
          {t('import.title')}
          <input type="text" dir="auto" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          {t('import.text')}
          <textarea rows={12} dir="auto" required value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            {t('import.import')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ImportStatus() {
  const { t } = useTranslation('library');
  const { running, done, total, label, report, merged } = importStore.use();
  if (running) {
    return (
      <div className="import-status" role="status">
        <label>
          {label ? t('import.progressOf', { done, total, label }) : t('import.progress', { done, total })}
          <progress max={total} value={done} />
        </label>
      </div>
    );
  }
  if (!report) return null;
  const { imported, duplicates, failed } = report;
  const encodings = report.encodings ?? [];
  const leftOut = report.leftOut ?? [];
  const notes = encodings.length + leftOut.length + duplicates.length + failed.length + merged.reduce((n, m) => n + m.report.textsTaken.length + m.report.textsKept.length, 0);
  return (
    <div className={`import-report${failed.length ? ' has-failures' : ''}`} role="status">
      <div className="import-summary">
        {(merged.length === 0 || imported.length + duplicates.length + failed.length > 0) && (
          <p>
            {t('import.imported', { count: imported.length })}
            {duplicates.length > 0 && t('import.alreadyHere', { count: duplicates.length })}
            {failed.length > 0 && t('import.notImported', { count: failed.length })}.
          </p>
        )}
        {merged.map(({ name, report: m }) => (
          <p key={`merged-${name}`}>
            {t('import.merged')} <strong>{name}</strong>:{' '}
            {t('import.mergedReport', { added: m.articlesAdded, existing: m.articlesExisting, claimsAdded: m.annotationsAdded, claimsUpdated: m.annotationsUpdated })}
            {m.conflicts > 0 && t('import.conflicts', { count: m.conflicts })}.
          </p>
        ))}
        <button type="button" onClick={dismissReport}>
          {t('import.dismiss')}
        </button>
      </div>
      {/* One line for the report; the file-by-file notes open on demand, or at once when a file failed. */}
      {notes > 0 && (
        <details open={failed.length > 0}>
          <summary>{t('import.showDetails')}</summary>
          <ul>
            {merged.flatMap(({ name, report: m }) => [
              ...m.textsTaken.map((title, i) => (
                <li key={`taken-${name}-${i}`}>
                  <bdi>{title}</bdi>: {t('import.textTaken')}.
                </li>
              )),
              ...m.textsKept.map((title, i) => (
                <li key={`kept-${name}-${i}`}>
                  <bdi>{title}</bdi>: {t('import.textKept')}.
                </li>
              )),
            ])}
            {encodings.map((e) => (
              <li key={`enc-${e.name}`}>
                <strong>{e.name}</strong>: {t('import.encoding', { encoding: e.encoding })}
              </li>
            ))}
            {leftOut.map((l) => (
              <li key={`left-${l.name}`}>
                <strong>{l.name}</strong>: {t('import.leftOut', { comments: l.comments, struck: l.struck })}
              </li>
            ))}
            {duplicates.map((d) => (
              <li key={`dup-${d.name}`}>
                <strong>{d.name}</strong>: {t('import.duplicate', { title: d.title })}
              </li>
            ))}
            {failed.map((f) => (
              <li key={`fail-${f.name}`} className="failure">
                {namesItself(f) ? (
                  errorText(f)
                ) : (
                  <>
                    <strong>{f.name}</strong>: {errorText(f)}
                  </>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
