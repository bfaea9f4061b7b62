// Placeholder until the Export dialog lands (issue 4): the library mounts it with what to export.
// The real dialog keeps these props (target, onClose) and replaces this file.
import { Dialog } from '../ui/Dialog.js';

export type ExportTarget = { articleId: string } | { articleIds: string[] } | { collectionId: string };

export function ExportDialog({ onClose }: { target: ExportTarget; onClose: () => void }) {
  return (
    <Dialog title="Export" onClose={onClose}>
      <p>Exports are not available in this build yet.</p>
    </Dialog>
  );
}
