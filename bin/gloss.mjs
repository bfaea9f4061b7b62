#!/usr/bin/env node
// `gloss`: runs the TypeScript command line through tsx's loader.
import { register } from 'tsx/esm/api';

register();
// `gloss list | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
