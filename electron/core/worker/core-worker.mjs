// Development entry of the core worker: lets the thread load TypeScript under tsx and Vitest.
// The build bundles core-worker.ts to dist/electron/core-worker.mjs, which needs no loader.
import { register } from 'tsx/esm/api';

register();
await import('./core-worker.ts');
