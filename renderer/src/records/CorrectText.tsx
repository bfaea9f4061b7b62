// A text correction: the article's text in an editor; on save the core re-anchors every claim,
// and what happened to them (unchanged, shifted, found again with changes, orphaned, and which) is shown before closing.
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { Article, ReanchoredClaim, ReanchorReport } from '../../../shared/model.js';
import { unquoted } from '../../../shared/quote.js';
import { gloss } from '../api/client.js';
import { Dialog } from '../ui/Dialog.js';
import { errorText } from '../errorText.js';
import { FormError } from '../ui/FormError.js';

interface Props {
  article: Article;
  onBack: () => void;
  onClose: () => void;
}

export function CorrectText({ article, onBack, onClose }: Props) {
  const { t } = useTranslation('records');
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
      <Dialog title={t('correct.doneTitle')} onClose={onClose} className="correct-dialog">
        <div className="stack correction-report" role="status">
          <p>
            {t('correct.corrected', { title: article.title })}{' '}
            <Trans
              t={t}
              i18nKey="correct.outcomes"
              values={{ unchanged: report.unchanged, shifted: report.shifted, refound: report.refound, orphaned: report.orphaned }}
              components={{ b: <strong /> }}
            />
          </p>
          {refound.length > 0 && <ClaimList title={t('correct.refound')} claims={refound} />}
          {orphaned.length > 0 && <ClaimList title={t('correct.orphaned')} claims={orphaned} />}
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('correct.done')}
            </button>
          </div>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={t('correct.title')} onClose={onClose} className="correct-dialog">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          {t('correct.textOf', { title: article.title })}
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
          {t('correct.hint')}
        </p>
        {error && <FormError message={error} />}
        <div className="dialog-actions">
          <button type="button" onClick={onBack}>
            {t('correct.back')}
          </button>
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || text.trim() === '' || text === article.body}>
            {busy ? t('correct.saving') : t('correct.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ClaimList({ title, claims }: { title: string; claims: ReanchoredClaim[] }) {
  const { t } = useTranslation('records');
  return (
    <section>
      <h3 className="report-heading">{title}</h3>
      <ul className="correction-claims">
        {claims.map((c) => (
          <li key={c.id} dir="auto">
            {t('correct.quote', { quote: unquoted(c.quote.exact) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
