// A text correction: the article's text in an editor; on save the core re-anchors every claim,
// and what happened to them (unchanged, shifted, found again with changes, orphaned, and which) is shown before closing.
import { useState } from 'react';
import type { Article, ReanchoredClaim, ReanchorReport } from '../../../shared/model.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { errorText } from '../errorText.js';

interface Props {
  article: Article;
  onBack: () => void;
  onClose: () => void;
}

export function CorrectText({ article, onBack, onClose }: Props) {
  const [text, setText] = useState(article.body);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<ReanchorReport | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await gloss.articles.correctText({ id: article.id, body: text });
    setBusy(false);
    if (result.ok) setReport(result.value);
    else setError(errorText(result.error));
  };

  if (report) {
    const refound = report.claims.filter((c) => c.outcome === 'refound');
    const orphaned = report.claims.filter((c) => c.outcome === 'orphaned');
    return (
      <Dialog title="Text corrected" onClose={onClose} className="correct-dialog">
        <div className="stack correction-report" role="status">
          <p>
            The text of “{article.title}” was corrected. Its claims: <strong>{report.unchanged}</strong> unchanged,{' '}
            <strong>{report.shifted}</strong> shifted with the text, <strong>{report.refound}</strong> found again with changed words,{' '}
            <strong>{report.orphaned}</strong> orphaned.
          </p>
          {refound.length > 0 && <ClaimList title="Found again where their words changed (check them)" claims={refound} />}
          {orphaned.length > 0 && (
            <ClaimList title="Orphaned (not found surely in the new text; they keep their old quote and context and show in the claims list)" claims={orphaned} />
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

function ClaimList({ title, claims }: { title: string; claims: ReanchoredClaim[] }) {
  return (
    <section>
      <h3 className="report-heading">{title}</h3>
      <ul className="correction-claims">
        {claims.map((c) => (
          <li key={c.id} dir="auto">
            “{c.quote.exact}”
          </li>
        ))}
      </ul>
    </section>
  );
}
