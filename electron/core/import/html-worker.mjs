// Entry of the HTML worker thread. From source (CLI under tsx, tests under Vitest) the worker
// must compile TypeScript itself; a build bundles html-worker-main into plain JavaScript.
import { existsSync } from 'node:fs';

const source = new URL('./html-worker-main.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('./html-worker-main.js');
}
