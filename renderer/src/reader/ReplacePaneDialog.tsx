// Four articles are open and a fifth is asked for: which pane gives way.
import { useTranslation } from 'react-i18next';
import { bidiIsolated } from '../../../shared/quote.js';
import { Dialog } from '../ui/Dialog.js';

interface Props {
  title: string;
  open: Array<{ id: string; title: string }>;
  onReplace: (id: string) => void;
  onCancel: () => void;
}

export function ReplacePaneDialog({ title, open, onReplace, onCancel }: Props) {
  const { t } = useTranslation('reader');
  return (
    <Dialog title={t('replace.title')} onClose={onCancel}>
      {/* The title between isolates: a right-to-left title cannot turn the sentence around. */}
      <p>{t('replace.prompt', { title: bidiIsolated(title) })}</p>
      <ul className="replace-list">
        {open.map((a, i) => (
          <li key={a.id}>
            <button type="button" onClick={() => onReplace(a.id)}>
              {t('replace.pane', { number: i + 1 })} <bdi>{a.title}</bdi>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('common:cancel')}
        </button>
      </div>
    </Dialog>
  );
}
