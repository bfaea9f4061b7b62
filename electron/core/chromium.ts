// The installed Chromium that PDF export and the browser tests use (Gloss never downloads one),
// and the flags it runs with: no background traffic, and its sandbox wherever it can have one.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Chromium's sandbox cannot start as root (CI, containers) and Chromium refuses to run there
 * without --no-sandbox; for everyone else the pages it prints stay inside the sandbox. */
export function chromiumFlags(isRoot = process.getuid?.() === 0): string[] {
  return [...(isRoot ? ['--no-sandbox'] : []), ...commonFlags];
}

const commonFlags = [
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH, Debian's /usr/bin/chromium, or chromium / chromium-browser / google-chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, fixed = ['/usr/bin/chromium']): string | null {
  if (env.CHROMIUM_PATH && executable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
  const found = fixed.find(executable);
  if (found) return found;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    for (const dir of (env.PATH ?? '').split(delimiter)) {
      if (dir && executable(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}
