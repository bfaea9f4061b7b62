// A text correction: the article's text in an editor; on save the core re-anchors every claim,
// and what happened to them (found in place, moved, orphaned, and which) is shown before closing.
import { useState } from 'react';
import type { Article, TextCorrection } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';

interface Props {
  article: Article;
  onBack: () => void;
  onClose: () => void;
}

export function CorrectText({ article, onBack, onClose }: Props) {
  const [text, setText] = useState(article.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<TextCorrection | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await gloss.articles.correctText({ id: article.id, body: text });
    setBusy(false);
    if (result.ok) setReport(result.value);
    else setError(result.error.message);
  };

  if (report) {
    const moved = report.claims.filter((c) => c.outcome === 'moved');
    const orphaned = report.claims.filter((c) => c.outcome === 'orphaned');
    return (
      <Dialog title="Text corrected" onClose={onClose} className="correct-dialog">
        <div className="stack correction-report" role="status">
          <p>
            The text of “{article.title}” was corrected. Its claims: <strong>{report.anchored}</strong> found in place,{' '}
            <strong>{report.moved}</strong> moved, <strong>{report.orphaned}</strong> orphaned.
          </p>
          {moved.length > 0 && <ClaimList title="Moved (found again where the text changed)" claims={moved} />}
          {orphaned.length > 0 && (
            <ClaimList title="Orphaned (their words are no longer in the text; they keep their quote and show in the claims list)" claims={orphaned} />
          )}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="Correct the text" onClose={onClose} className="correct-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          Text of “{article.title}”
          <textarea
            className="correct-text"
            dir={article.direction}
            lang={article.language ?? undefined}
            value={text}
            rows={16}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="correct-hint"
          />
        </label>
        <p id="correct-hint" className="muted hint">
          Paragraphs are separated by a blank line. Claims are found again in the corrected text; those whose words are gone
          are kept as orphaned.
        </p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onBack}>
            Back to details
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim() === '' || text === article.body}>
            {busy ? 'Saving…' : 'Save correction'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ClaimList({ title, claims }: { title: string; claims: TextCorrection['claims'] }) {
  return (
    <section>
      <h3 className="report-heading">{title}</h3>
      <ul className="correction-claims">
        {claims.map((c) => (
          <li key={c.id} dir="auto">
            “{c.exact}”
          </li>
        ))}
      </ul>
    </section>
  );
}
