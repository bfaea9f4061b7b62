// Files the desktop app was asked to open (a double-click, or a file dropped on its icon):
// assignment and answers files go to the Classroom view's open flow, as if dropped there;
// exchange files (.gloss) to the library's import.
import { fromBase64 } from '../api/base64.js';
import { gloss } from '../api/client.js';
import { createStore } from '../api/store.js';
import { importFiles } from '../library/importer.js';
import { showToast } from '../ui/toasts.js';
import { ANSWERS_EXTENSION, ASSIGNMENT_EXTENSION } from './files.js';

/** Classroom files waiting for the Classroom view to take them. */
export const classroomInbox = createStore<File[]>([]);

export function isClassroomFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(ASSIGNMENT_EXTENSION) || lower.endsWith(ANSWERS_EXTENSION);
}

/** Listens for opened files; `show` switches the window to the view that takes each. */
export function listenForOpenedFiles(show: (view: 'classroom' | 'library') => void): () => void {
  return gloss.events.onAppOpenFile((opened) => {
    if ('error' in opened) return showToast(opened.error, 'error');
    const file = new File([fromBase64(opened.dataBase64)], opened.name);
    if (isClassroomFile(opened.name)) {
      classroomInbox.set((waiting) => [...waiting, file]);
      show('classroom');
    } else {
      show('library');
      void importFiles([file]);
    }
  });
}
