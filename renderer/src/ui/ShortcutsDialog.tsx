// "?": every keyboard shortcut in one list.
import { Dialog } from './Dialog.js';

const shortcuts: Array<[keys: string[], what: string]> = [
  [['/'], 'Search the library'],
  [['?'], 'Show this list'],
  [['1', '…', '9'], 'Set the status of the open claim (the key shown beside each status)'],
  [['L', 'N', 'E', '…'], 'Toggle a technique on the open claim (the key shown beside each technique)'],
  [['Delete'], 'Delete the open or focused claim'],
  [['Ctrl', 'Z'], 'Undo the last change in this pane’s article'],
  [['Ctrl', 'Shift', 'Z'], 'Redo it'],
  [['Ctrl', 'Enter'], 'Save the note'],
  [['Esc'], 'Close the claim editor, stop linking, close a dialog'],
  [['←', '→'], 'Move a focused pane divider (Shift: further)'],
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <dl className="shortcuts">
        {shortcuts.map(([keys, what]) => (
          <div key={what} className="shortcut">
            <dt>
              {keys.map((k, i) => (
                <span key={i}>{k === '…' ? '…' : <kbd>{k}</kbd>}</span>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
