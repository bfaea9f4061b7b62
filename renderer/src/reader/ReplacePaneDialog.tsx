// Four articles are open and a fifth is asked for: which pane gives way.
import { Dialog } from '../ui/Dialog.js';

interface Props {
  title: string;
  open: Array<{ id: string; title: string }>;
  onReplace: (id: string) => void;
  onCancel: () => void;
}

export function ReplacePaneDialog({ title, open, onReplace, onCancel }: Props) {
  return (
    <Dialog title="Four articles are open" onClose={onCancel}>
      <p>
        Open “<bdi>{title}</bdi>” in place of:
      </p>
      <ul className="replace-list">
        {open.map((a, i) => (
          <li key={a.id}>
            <button type="button" onClick={() => onReplace(a.id)}>
              Pane {i + 1}: <bdi>{a.title}</bdi>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
