// The sample articles beside the checkout (../shared/corpus), when this machine has them.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Rafah sample folder, or null (with a note on stderr once) when ../shared is not there. */
export function corpusDir(): string | null {
  const dir = join(repoRoot, '..', 'shared', 'corpus', 'news-2024-rafah');
  if (existsSync(dir)) return dir;
  if (!warned) {
    warned = true;
    console.warn(`Skipping corpus tests: ${dir} is not present on this machine.`);
  }
  return null;
}
let warned = false;
