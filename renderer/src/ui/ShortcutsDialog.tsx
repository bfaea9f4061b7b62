// "?": every keyboard shortcut in one list.
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.js';

// Keys are shown as the keyboard labels them; the named ones (Delete, Ctrl…) through the catalogue.
type Key = string | { name: 'ctrl' | 'shift' | 'delete' | 'enter' | 'esc' };

const shortcuts: Array<[keys: Key[], what: string]> = [
  [['/'], 'search'],
  [['?'], 'list'],
  [['1', '…', '9'], 'status'],
  [['L', 'N', 'E', '…'], 'technique'],
  [[{ name: 'delete' }], 'delete'],
  [[{ name: 'ctrl' }, 'Z'], 'undo'],
  [[{ name: 'ctrl' }, { name: 'shift' }, 'Z'], 'redo'],
  [[{ name: 'ctrl' }, { name: 'enter' }], 'saveNote'],
  [[{ name: 'esc' }], 'escape'],
  [['←', '→'], 'divider'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose}>
      <dl className="shortcuts">
        {shortcuts.map(([keys, what]) => (
          <div key={what} className="shortcut">
            <dt>
              {keys.map((k, i) => (
                <span key={i}>{k === '…' ? '…' : <kbd>{typeof k === 'string' ? k : t(`shortcuts.keys.${k.name}`)}</kbd>}</span>
              ))}
            </dt>
            <dd>{t(`shortcuts.do.${what}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </Dialog>
  );
}
