#!/usr/bin/env node
// `npm run serve`: Gloss in the browser (see electron/host/cli-entry.ts).
import { register } from 'tsx/esm/api';

register();
await import('../electron/host/cli-entry.ts');
