// Parses one HTML page in the HTML worker, then prints what would keep this process alive
// (process.getActiveResourcesInfo()) as JSON. Used by import-exit.test.ts.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { prepareFile } = await import('../../../electron/core/import/index.ts');
await prepareFile('page.html', readFileSync(process.argv[2]));
process.stdout.write(JSON.stringify(process.getActiveResourcesInfo()));
process.exit(0);
