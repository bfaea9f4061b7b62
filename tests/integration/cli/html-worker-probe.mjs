// Parses one HTML page in the HTML worker, then prints the article's title and what would keep
// this process alive (process.getActiveResourcesInfo()) as JSON. With "preload" after the page,
// the parser is preloaded first, as the app does when the file picker opens, and the page is
// asked for while the parser is still loading. Used by import-exit.test.ts.
import { readFileSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
const { prepareFile } = await import('../../../electron/core/import/index.ts');
const { preloadParser } = await import('../../../electron/core/import/html.ts');
if (process.argv[3] === 'preload') preloadParser();
const article = await prepareFile('page.html', readFileSync(process.argv[2]));
process.stdout.write(JSON.stringify({ title: article.title, resources: process.getActiveResourcesInfo() }));
process.exit(0);
