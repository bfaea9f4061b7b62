// Files the system asks Gloss to open (a double-click on an assignment, an answers file or an
// exchange file): from the command line on Windows and Linux (first start or a second instance)
// and from macOS's open-file event, which can come before the window exists. Plain Node, so the
// rules are tested without Electron; main.ts only wires the events to it.
import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** The kinds of file Gloss is registered for (electron-builder.yml, forge.config.ts). */
export const OPENABLE_SUFFIXES = ['.glossassignment', '.glossanswers', '.gloss'] as const;

/** As large as the window takes an exchange file (renderer/src/library/files.ts); classroom files are far smaller. */
export const MAX_OPENED_BYTES = 200 * 1024 * 1024;

export type OpenedFile = { name: string; dataBase64: string } | { name: string; error: string };

const isOpenable = (path: string) => OPENABLE_SUFFIXES.some((suffix) => path.toLowerCase().endsWith(suffix));

/**
 * The files to open among a command line's arguments: Gloss's own kinds that exist, relative
 * paths taken from `cwd` (a second instance's working folder). The executable, the app's path
 * and switches (Chromium adds its own) are not files and fall out.
 */
export function openablePaths(args: readonly string[], cwd: string): string[] {
  return args.flatMap((arg) => {
    if (arg.startsWith('-') || !isOpenable(arg)) return [];
    const path = resolve(cwd, arg);
    try {
      return statSync(path).isFile() ? [path] : [];
    } catch {
      return [];
    }
  });
}

/** The file's bytes for the window, or why it cannot be opened (gone, too large, unreadable). */
export function readOpenedFile(path: string, maxBytes = MAX_OPENED_BYTES): OpenedFile {
  const name = basename(path);
  if (!isOpenable(path)) return { name, error: `${name} is not a file Gloss opens (${OPENABLE_SUFFIXES.join(', ')}).` };
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { name, error: `${name} is too large to open (${Math.round(size / 1024 / 1024)} MB); import it with \`gloss import\`.` };
    return { name, dataBase64: readFileSync(path).toString('base64') };
  } catch (e) {
    return { name, error: `${name} cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.` };
  }
}

/**
 * Paths wait until the window can take them (`ready`), then go in the order they came; a path
 * asked for twice before then opens once. Reading happens only then, so the window gets the file
 * as it is when it opens it.
 */
export function createOpenQueue(deliver: (file: OpenedFile) => void) {
  let waiting: string[] | null = [];
  return {
    add(...paths: string[]) {
      if (waiting === null) for (const p of paths) deliver(readOpenedFile(p));
      else for (const p of paths) if (!waiting.includes(p)) waiting.push(p);
    },
    ready() {
      const now = waiting ?? [];
      waiting = null;
      for (const p of now) deliver(readOpenedFile(p));
    },
    /** The window closed (macOS keeps the app running): wait for the next one. */
    pause() {
      waiting ??= [];
    },
  };
}
