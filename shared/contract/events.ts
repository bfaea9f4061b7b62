// The events the core pushes to whichever window is open, and their listeners' names on the
// client (gloss.events.onLibraryChanged). Apart from the methods and free of zod, so that a
// renderer can listen and call without bundling every method's input schema.
import type { Progress } from '../model.js';

/** Events pushed from the core to whichever window is open. */
export interface Events {
  'import.progress': Progress;
  'export.progress': Progress;
  /** `ids`, when given, are the only articles that changed (an import): a page updates those rows instead of reloading the list. */
  'library.changed': {
    what: 'articles' | 'annotations' | 'taxonomies' | 'collections' | 'assignments';
    ids?: string[];
    /** Articles that now have another id (a sync: the same text on the hub): old id → new. */
    renamed?: Record<string, string>;
  };
  /** The desktop app: a file the system asked Gloss to open (a double-click), or why it could not be read. */
  'app.openFile': { name: string; dataBase64: string } | { name: string; error: string };
}
export type EventName = keyof Events;
export const eventNames = ['import.progress', 'export.progress', 'library.changed', 'app.openFile'] as const satisfies readonly EventName[];

export type CamelEvent<S extends string> = S extends `${infer A}.${infer B}` ? `${A}${Capitalize<CamelEvent<B>>}` : S;

/** 'import.progress' -> 'onImportProgress' */
export function eventListenerName(event: EventName): string {
  return 'on' + event.split('.').map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}
