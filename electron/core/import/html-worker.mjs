// Development entry of the HTML worker: lets the thread load TypeScript under tsx and Vitest.
// The build bundles html-worker-main.ts to dist/electron/html-worker.mjs, which needs no loader.
import { register } from 'tsx/esm/api';

register();
await import('./html-worker-main.ts');
