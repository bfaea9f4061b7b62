// Import controls: a file picker, a paste dialog, the progress bar, and the import report.
import { useRef, useState } from 'react';
import { Dialog } from '../ui/Dialog.js';
import { ACCEPTED } from './files.js';
import { dismissReport, importFiles, importStore, importText } from './importer.js';
import { errorText } from '../errorText.js';

export function ImportButtons({ collectionId }: { collectionId?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [pasting, setPasting] = useState(false);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Import files…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPTED.join(',')}
        hidden
        aria-label="Choose article files to import"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void importFiles(files, collectionId);
        }}
      />
      <button type="button" onClick={() => setPasting(true)}>
        Paste text…
      </button>
      {pasting && <PasteDialog onClose={() => setPasting(false)} />}
    </>
  );
}

function PasteDialog({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title="Paste an article" onClose={onClose}>
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
          Title (optional: otherwise the first line)
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
        <label>
          Article text
          <textarea rows={12} required value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || !text.trim()}>
            Import
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function ImportStatus() {
  const { running, done, total, label, report, merged } = importStore.use();
  if (running) {
    return (
      <div className="import-status" role="status">
        <label>
          Importing {done} of {total}
          {label && `: ${label}`}
          <progress max={total} value={done} />
        </label>
      </div>
    );
  }
  if (!report) return null;
  const { imported, duplicates, failed } = report;
  const encodings = report.encodings ?? [];
  return (
    <div className={`import-report${failed.length ? ' has-failures' : ''}`} role="status">
      {(merged.length === 0 || imported.length + duplicates.length + failed.length > 0) && (
        <p>
          Imported {imported.length} {imported.length === 1 ? 'article' : 'articles'}
          {duplicates.length > 0 && `; ${duplicates.length} already in the library`}
          {failed.length > 0 && `; ${failed.length} could not be imported`}.
        </p>
      )}
      {merged.map(({ name, report: m }) => (
        <p key={`merged-${name}`}>
          Merged <strong>{name}</strong>: {m.articlesAdded} new {m.articlesAdded === 1 ? 'article' : 'articles'} ({m.articlesExisting} already here),{' '}
          {m.annotationsAdded} new and {m.annotationsUpdated} updated claims
          {m.conflicts > 0 && `; ${m.conflicts} changed on both sides — open the article to choose which version to keep`}.
        </p>
      ))}
      {(duplicates.length > 0 || failed.length > 0 || encodings.length > 0) && (
        <ul>
          {encodings.map((e) => (
            <li key={`enc-${e.name}`}>
              <strong>{e.name}</strong>: not UTF-8; read as {e.encoding}. If letters look wrong, save the file as UTF-8 and import it again.
            </li>
          ))}
          {duplicates.map((d) => (
            <li key={`dup-${d.name}`}>
              <strong>{d.name}</strong>: already in the library as “{d.title}”.
            </li>
          ))}
          {failed.map((f) => (
            <li key={`fail-${f.name}`} className="failure">
              <strong>{f.name}</strong>: {errorText(f)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={dismissReport}>
        Dismiss
      </button>
    </div>
  );
}
