// The keyboard way to start a claim: type the words as they appear in the article, and the
// first match (after the one found last) opens the claim popover, as a mouse selection would.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog.js';

interface Props {
  body: string;
  onFound: (start: number, end: number) => void;
  onClose: () => void;
}

export function FindToMark({ body, onFound, onClose }: Props) {
  const { t } = useTranslation('annotate');
  const [text, setText] = useState('');
  const [from, setFrom] = useState(0);
  const [missing, setMissing] = useState(false);
  return (
    <Dialog title={t('find.title')} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          const needle = text.trim();
          if (!needle) return;
          const lower = body.toLowerCase();
          let at = lower.indexOf(needle.toLowerCase(), from);
          if (at < 0) at = lower.indexOf(needle.toLowerCase());
          if (at < 0) return setMissing(true);
          setFrom(at + 1);
          onFound(at, at + needle.length);
        }}
      >
        <label>
          {t('find.label')}
          <input type="text" dir="auto" value={text} onChange={(e) => (setText(e.target.value), setMissing(false), setFrom(0))} />
        </label>
        {missing && <p role="alert">{t('find.missing')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary">
            {t('find.mark')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
