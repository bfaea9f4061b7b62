// Development entry of the preparing helper: lets the thread load TypeScript under tsx and Vitest.
// The build bundles prepare-worker-main.ts to dist/electron/prepare-worker.mjs, which needs no loader.
import { register } from 'tsx/esm/api';

register();
await import('./prepare-worker-main.ts');
